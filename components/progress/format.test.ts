import { describe, expect, it } from "vitest";
import { tableRows, tableText } from "./format";

describe("tableText", () => {
  it("puts a row on a line and its cells between tabs, as DataTable reads them", () => {
    expect(
      tableText([
        ["Mon 3 Mar 2025", "2"],
        ["Tue 4 Mar 2025", "1,024"],
      ]),
    ).toBe("Mon 3 Mar 2025\t2\nTue 4 Mar 2025\t1,024");
    expect(tableText([])).toBe("");
  });

  it("turns a tab or line break inside a cell into a space, so it cannot split a row or a cell", () => {
    expect(tableText([["a\tb", "c\nd\r"]])).toBe("a b\tc d ");
  });
});

describe("tableRows", () => {
  it("reads tableText's rows back, cell for cell", () => {
    const rows = [
      ["Mon 3 Mar 2025", "2"],
      ["Tue 4 Mar 2025", "—", "1,024"],
    ];
    expect(tableRows(tableText(rows))).toEqual(rows);
    expect(tableRows(tableText([]))).toEqual([]);
  });
});
