import { parseYear } from "./parseYear";

describe("parseYear", () => {
  it.each([
    ["2019", { year: 2019 }],
    [" 1950 ", { year: 1950 }],
    ["2100", { year: 2100 }],
    ["", { problem: "empty" }],
    ["   ", { problem: "empty" }],
    ["0", { problem: "not-a-year" }],
    ["19", { problem: "not-a-year" }],
    ["2019.5", { problem: "not-a-year" }],
    ["20 19", { problem: "not-a-year" }],
    ["năm", { problem: "not-a-year" }],
    ["1949", { problem: "out-of-range" }],
    ["2101", { problem: "out-of-range" }],
  ])("%j → %j", (text, expected) => expect(parseYear(text)).toEqual(expected));
});
