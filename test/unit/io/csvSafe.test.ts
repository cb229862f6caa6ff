import {describe, expect, it} from "vitest";
import {csvSafe, csvSafeCell, csvSafeTable, parseTable, tableFingerprint, parseJsonTable} from "../../../src/index.js";

describe("csvSafe", () => {
  it("csvSafeCell(value) neutralises formulas and quotes when needed", () => {
    expect(csvSafeCell("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvSafeCell("+1")).toBe("'+1");
    expect(csvSafeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvSafeCell(-2)).toBe("-2");
    expect(csvSafeCell("a,b")).toBe('"a,b"');
    expect(csvSafeCell(null)).toBe("");
  });
  it("csvSafe(rows, columns) writes a header and one line per row", () => {
    expect(csvSafe([{a: 1, b: "x"}], ["a", "b"])).toBe("a,b\r\n1,x\r\n");
  });
  it("csvSafeTable(table, {extra}) writes every column, dates as ISO text, and renames an extra column that collides", () => {
    const t = parseTable("segment,x,s\n1,2,=cmd\n3,,y\n");
    t.types[1] = "date";
    (t.data[1] as Float64Array)[0] = Date.UTC(2024, 0, 2);
    const {parts, columns} = csvSafeTable(t, {extra: [{name: "segment", values: Int32Array.from([1, 2])}]});
    expect(columns).toEqual(["segment", "x", "s", "segment_2"]);
    expect(parts.join("")).toBe("segment,x,s,segment_2\r\n1,2024-01-02T00:00:00.000Z,'=cmd,1\r\n3,,y,2\r\n");
  });
  it("tableFingerprint(table) changes with any cell, and is the same for the same data from CSV and JSON", () => {
    const f = tableFingerprint(parseTable("a,b\n1,x\n2,y\n"));
    expect(f).toMatch(/^[0-9a-f]{16}$/);
    expect(tableFingerprint(parseJsonTable('[{"a":1,"b":"x"},{"a":2,"b":"y"}]'))).toBe(f);
    expect(tableFingerprint(parseTable("a,b\n1,x\n3,y\n"))).not.toBe(f);
    expect(tableFingerprint(parseTable("a,b\n1,x\n2,z\n"))).not.toBe(f);
  });
});
