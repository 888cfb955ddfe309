import { connectOffice, insideOffice, paneLanguage } from "./officeBoot";

/** A document whose script elements "load" by running `onLoad` (or fail when it is absent). */
function page(onLoad?: () => void) {
  const added: string[] = [];
  const document = {
    createElement: () => ({}) as HTMLScriptElement,
    head: {
      appendChild: (s: HTMLScriptElement) => {
        added.push(s.src);
        setTimeout(() => (onLoad ? (onLoad(), s.onload?.(new Event("load"))) : s.onerror?.("error")), 10);
      },
    },
  } as unknown as Document;
  return { document, added };
}

describe("the pane's boot", () => {
  it("knows from the address alone whether it runs inside Office", () => {
    expect(insideOffice("?host=office")).toBe(true);
    expect(insideOffice("?_host_Info=Excel$Win32$16.01$vi-VN$$$$0")).toBe(true);
    expect(insideOffice("")).toBe(false);
    expect(insideOffice("?host=other")).toBe(false);
  });

  it("speaks Vietnamese unless English is asked for or Office runs in English", () => {
    expect(paneLanguage("")).toBe("vi");
    expect(paneLanguage("", "vi-VN")).toBe("vi");
    expect(paneLanguage("", "en-US")).toBe("en");
    expect(paneLanguage("?lang=en")).toBe("en");
    expect(paneLanguage("?lang=vi", "en-GB")).toBe("vi");
  });

  it("works on files when office.js cannot load (no internet)", async () => {
    const { document, added } = page();
    const win: Parameters<typeof connectOffice>[0] = { document };
    expect(await connectOffice(win, 200)).toEqual({ mode: "file" });
    expect(added).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  });

  it("works on files when office.js reports no host or never becomes ready", async () => {
    const plain = { onReady: async () => ({ host: null }), HostType: { Excel: "Excel" } };
    expect(await connectOffice({ document: page().document, Office: plain }, 200)).toEqual({ mode: "file" });
    const stuck = { onReady: () => new Promise<{ host: string }>(() => undefined) };
    expect(await connectOffice({ document: page().document, Office: stuck }, 100)).toEqual({ mode: "file" });
  });

  it("runs in Excel mode once office.js loads and Excel answers, in Office's language", async () => {
    const win: Parameters<typeof connectOffice>[0] = { document: page().document };
    win.document = page(() => {
      win.Office = {
        onReady: async () => ({ host: "Excel" }),
        HostType: { Excel: "Excel" },
        context: { displayLanguage: "en-US" },
      };
    }).document;
    expect(await connectOffice(win, 1000)).toEqual({ mode: "excel", language: "en-US" });
  });
});
