import type { Lang } from "./state";

/** The parts of office.js the boot looks at. */
interface OfficeGlobal {
  onReady: () => Promise<{ host: string | null }>;
  HostType?: { Excel: string };
  context?: { displayLanguage?: string };
}

export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** How long to wait for office.js to load and get ready before working on files instead. */
export const OFFICE_TIMEOUT_MS = 8000;

/**
 * Whether the page runs inside Office, known from its address alone so the pane draws at once: the manifest
 * opens it with `?host=office`, and Office adds `_host_Info` to the address of the pages it hosts. A plain
 * browser has neither, and then office.js is never requested.
 *
 * @example insideOffice("?host=office") // true
 */
export function insideOffice(search: string): boolean {
  const q = new URLSearchParams(search);
  return q.get("host") === "office" || q.has("_host_Info");
}

/**
 * The pane's language: Vietnamese, the product's language, unless the address asks for English (`?lang=en`)
 * or, inside Office, Office itself runs in English.
 */
export function paneLanguage(search: string, officeLanguage?: string): Lang {
  const asked = new URLSearchParams(search).get("lang");
  if (asked === "en" || asked === "vi") return asked;
  return officeLanguage?.toLowerCase().startsWith("en") ? "en" : "vi";
}

/**
 * Loads office.js and waits for Office to answer: Excel mode when it reports Excel as host within the timeout;
 * file mode when it fails to load (no internet), never becomes ready, or reports another host.
 */
export async function connectOffice(
  win: { Office?: OfficeGlobal; document: Document },
  timeoutMs = OFFICE_TIMEOUT_MS,
): Promise<{ mode: "excel" | "file"; language?: string }> {
  const file = { mode: "file" as const };
  if (!win.Office) {
    const loaded = await new Promise<boolean>((resolve) => {
      const script = win.document.createElement("script");
      script.src = OFFICE_JS;
      script.onload = () => resolve(true);
      script.onerror = () => resolve(false);
      win.document.head.appendChild(script);
      setTimeout(() => resolve(false), timeoutMs);
    });
    if (!loaded || !win.Office) return file;
  }
  const office = win.Office;
  const info = await Promise.race([
    office.onReady().catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs)),
  ]);
  if (!info || info.host !== (office.HostType?.Excel ?? "Excel")) return file;
  return { mode: "excel", language: office.context?.displayLanguage };
}
