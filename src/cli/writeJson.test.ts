import { Writable } from "node:stream";
import { JsonText, writeJson } from "./writeJson";

/** A stream that keeps what it is given and asks the writer to wait now and then, as a slow pipe does. */
function sink(): { stream: Writable; text: () => string } {
  const parts: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, done) {
      parts.push(chunk.toString("utf8"));
      setImmediate(done);
    },
  });
  return { stream, text: () => parts.join("") };
}

describe("writing JSON piece by piece", () => {
  it.each([
    [
      "a check document",
      {
        files: [{ path: "a.xlsx", sheets: [] }],
        findings: [{ cell: "B2", value: null, n: 1 }, { cell: null }],
        summary: { cadres: 1 },
      },
    ],
    [
      "empty lists and objects, undefined members, nested lists",
      { a: [], b: {}, c: undefined, d: [[1, [2, []]], { e: [3] }], f: "x\ny" },
    ],
    ["a bare list", [1, "hai", { ba: [3] }, undefined]],
    ["a scalar", "Nguyễn"],
  ])("writes %s exactly as JSON.stringify(value, null, 2)", async (_what, value) => {
    const out = sink();
    await writeJson(out.stream, value);
    expect(out.text()).toBe(JSON.stringify(value, null, 2) + "\n");
  });

  it("puts values written ahead (JsonText) in their place as they are, at their depth", async () => {
    const value = {
      files: [{ path: "a.xlsx", sheets: [{ name: "DS", headerRows: [6, 7] }] }],
      findings: [
        { cell: "B2", value: null },
        { cell: "C3", params: { name: "Lan\nAn" } },
      ],
      summary: { cadres: 1 },
    };
    const ahead = {
      files: value.files.map((f) => new JsonText(f, 2)),
      findings: [value.findings[0], new JsonText(value.findings[1], 2)],
      summary: new JsonText(value.summary, 1),
    };
    const out = sink();
    await writeJson(out.stream, ahead);
    expect(out.text()).toBe(JSON.stringify(value, null, 2) + "\n");
  });

  it("writes a long list without building it as one string", async () => {
    const findings = Array.from({ length: 50_000 }, (_, i) => ({
      row: i,
      message: `Ô B${i} chưa có họ và tên.`,
    }));
    const out = sink();
    await writeJson(out.stream, { findings });
    expect(out.text()).toBe(JSON.stringify({ findings }, null, 2) + "\n");
  });
});
