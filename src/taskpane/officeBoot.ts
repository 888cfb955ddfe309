/** Where the pane runs: inside Excel (office.js ready, host Excel) or as a plain page working on files. */
export type PaneMode = { mode: "excel"; language: string } | { mode: "file"; language: string };

/** The parts of office.js the boot looks at. */
interface OfficeGlobal {
  onReady: () => Promise<{ host: string | null }>;
  HostType?: { Excel: string };
  context?: { displayLanguage?: string };
}

/** How long to wait for office.js to arrive and get ready before working on files instead. */
export const OFFICE_TIMEOUT_MS = 3000;

/**
 * Decides the mode: Excel when office.js loads and reports Excel as host within the timeout; file mode when it is
 * absent, failed to load (no internet), never becomes ready, or reports no host (a plain browser).
 *
 * @example await detectMode(window) // { mode: "file", language: "vi-VN" } in a browser
 */
export async function detectMode(
  win: { Office?: OfficeGlobal; navigator: { language: string } },
  timeoutMs = OFFICE_TIMEOUT_MS,
): Promise<PaneMode> {
  const file: PaneMode = { mode: "file", language: win.navigator.language };
  const deadline = Date.now() + timeoutMs;
  // office.js is loaded async so a missing network never blocks the page: wait for it to appear.
  while (!win.Office && Date.now() < deadline) await sleep(50);
  const office = win.Office;
  if (!office) return file;
  const info = await Promise.race([
    office.onReady().catch(() => undefined),
    sleep(Math.max(0, deadline - Date.now())).then(() => undefined),
  ]);
  if (!info || info.host !== (office.HostType?.Excel ?? "Excel")) return file;
  return { mode: "excel", language: office.context?.displayLanguage ?? win.navigator.language };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
