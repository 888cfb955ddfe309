import { detectMode } from "./officeBoot";

const nav = { language: "vi-VN" };

describe("detectMode", () => {
  it("works on files when office.js never arrives (no internet)", async () => {
    expect(await detectMode({ navigator: nav }, 100)).toEqual({ mode: "file", language: "vi-VN" });
  });
  it("works on files in a plain browser, where office.js reports no host", async () => {
    const Office = { onReady: async () => ({ host: null }), HostType: { Excel: "Excel" } };
    expect(await detectMode({ Office, navigator: nav }, 100)).toEqual({ mode: "file", language: "vi-VN" });
  });
  it("works on files when office.js never becomes ready", async () => {
    const Office = {
      onReady: () => new Promise<{ host: string }>(() => undefined),
      HostType: { Excel: "Excel" },
    };
    expect((await detectMode({ Office, navigator: nav }, 100)).mode).toBe("file");
  });
  it("runs in Excel mode inside Excel, in Office's display language", async () => {
    const Office = {
      onReady: async () => ({ host: "Excel" }),
      HostType: { Excel: "Excel" },
      context: { displayLanguage: "en-US" },
    };
    expect(await detectMode({ Office, navigator: nav }, 100)).toEqual({ mode: "excel", language: "en-US" });
  });
  it("waits for office.js that arrives late", async () => {
    const win: Parameters<typeof detectMode>[0] = { navigator: nav };
    setTimeout(
      () => (win.Office = { onReady: async () => ({ host: "Excel" }), HostType: { Excel: "Excel" } }),
      60,
    );
    expect((await detectMode(win, 1000)).mode).toBe("excel");
  });
});
