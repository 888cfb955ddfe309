import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

// Offline checks of manifest.xml (the online `npm run validate` needs the internet).
const xml = readFileSync(path.join(__dirname, "..", "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, commentPropName: "#comment" });
type Node = Record<string, unknown> & { ":@"?: Record<string, string> };
const tree = parser.parse(xml) as Node[];
const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ":@" && k !== "#comment");
const officeApp = tree.find((n) => nameOf(n) === "OfficeApp")!;
const children = (officeApp.OfficeApp as Node[]).map(nameOf).filter(Boolean);

/** Every element below a node, depth first, with its attributes. */
function* walk(nodes: Node[]): Generator<{ name: string; attrs: Record<string, string> }> {
  for (const n of nodes) {
    const name = nameOf(n);
    if (!name || name === "#text") continue;
    yield { name, attrs: n[":@"] ?? {} };
    if (Array.isArray(n[name])) yield* walk(n[name] as Node[]);
  }
}
const elements = [...walk(officeApp.OfficeApp as Node[])];

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("lists the OfficeApp elements in the order the schema requires", () => {
    expect(children).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
  });

  it("defines every resid it uses, once", () => {
    const used = new Set(elements.map((e) => e.attrs["@_resid"]).filter(Boolean));
    const defined = elements
      .filter((e) => e.name.startsWith("bt:") && e.attrs["@_id"])
      .map((e) => e.attrs["@_id"]);
    expect(new Set(defined).size).toBe(defined.length);
    for (const id of used) expect(defined).toContain(id);
  });

  it("uses only https URLs", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"|<AppDomain>([^<]+)</g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it("speaks Vietnamese first with English overrides, asks for ReadWriteDocument and declares ExcelApi", () => {
    expect(xml).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(
      elements.filter((e) => e.name.endsWith("Override")).every((e) => e.attrs["@_Locale"] === "en-US"),
    ).toBe(true);
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(elements.find((e) => e.name === "Set")?.attrs).toMatchObject({
      "@_Name": "ExcelApi",
      "@_MinVersion": "1.7",
    });
    expect(elements.find((e) => e.name === "OfficeTab")?.attrs["@_id"]).toBe("TabHome");
  });

  it("points every icon at a file in assets/", () => {
    for (const m of xml.matchAll(/assets\/(icon-\d+\.png)/g))
      expect(() => readFileSync(path.join(__dirname, "..", "assets", m[1]))).not.toThrow();
  });

  it("opens the pane with ?host=office, so the page knows it is inside Office without waiting for office.js", () => {
    const pane = elements.filter(
      (e) => (e.name === "SourceLocation" && e.attrs["@_DefaultValue"]) || e.attrs["@_id"] === "Taskpane.Url",
    );
    expect(pane.map((e) => e.attrs["@_DefaultValue"])).toEqual([
      "https://localhost:3000/taskpane.html?host=office",
      "https://localhost:3000/taskpane.html?host=office",
    ]);
  });

  it("names the ribbon group after the add-in, in both languages", () => {
    const display = /<DisplayName DefaultValue="([^"]+)">\s*<Override Locale="en-US" Value="([^"]+)"/.exec(
      xml,
    )!;
    const group =
      /<bt:String id="Group.Label" DefaultValue="([^"]+)">\s*<bt:Override Locale="en-US" Value="([^"]+)"/.exec(
        xml,
      )!;
    expect([group[1], group[2]]).toEqual([display[1], display[2]]);
  });

  it("is rewritten by the build for the address a federation hosts it at (CANBO_URL), sub-path included", async () => {
    const before = process.env.CANBO_URL;
    process.env.CANBO_URL = "https://intranet.ldld.example.vn/canbo/";
    try {
      const config = await require("../webpack.config.js")({}, { mode: "production" });
      const copy = config.plugins.find((p: { patterns?: unknown }) => Array.isArray(p.patterns));
      const pattern = copy.patterns.find((p: { to: string }) => p.to === "manifest.xml");
      const built: string = pattern.transform(Buffer.from(xml)).toString();
      expect(built).not.toContain("localhost");
      expect(built).toContain(
        '<SourceLocation DefaultValue="https://intranet.ldld.example.vn/canbo/taskpane.html?host=office"/>',
      );
      expect(built).toContain("<AppDomain>https://intranet.ldld.example.vn/canbo</AppDomain>");
      expect(built).toContain('DefaultValue="https://intranet.ldld.example.vn/canbo/assets/icon-32.png"');
    } finally {
      if (before === undefined) delete process.env.CANBO_URL;
      else process.env.CANBO_URL = before;
    }
  });
});
