import {describe, expect, it} from "vitest";
import {parseJsonTable, tableRows} from "../../../src/index.js";

describe("parseJsonTable", () => {
  it("parseJsonTable(text) reads arrays of records and rejects other JSON", () => {
    expect(tableRows(parseJsonTable('[{"a":1,"b":"x"},{"a":2}]'))).toEqual([{a: 1, b: "x"}, {a: 2, b: null}].map((r) => Object.assign(Object.create(null), r)));
    expect(tableRows(parseJsonTable('{"data":[["a","b"],[1,2]]}'))[0].b).toBe(2);
    expect(() => parseJsonTable("{oops")).toThrow(/valid JSON/);
    expect(() => parseJsonTable("[]")).toThrow(/empty/);
  });
  it("parseJsonTable(text) keeps keys named __proto__ and toString as columns", () => {
    const t = parseJsonTable('[{"__proto__": 1, "toString": "a", "valueOf": 2}, {"__proto__": 3, "toString": "b", "valueOf": 4}]');
    expect(t.columns).toEqual(["__proto__", "toString", "valueOf"]);
    expect(Array.from(t.data[0] as Float64Array)).toEqual([1, 3]);
    expect(t.data[1]).toEqual(["a", "b"]);
  });
  it("parseJsonTable(text) says what a one-object JSON with 1,000,000 keys is, at once", () => {
    const text = "{" + Array.from({length: 1_000_000}, (_, i) => `"k${i}": ${i}`).join(",") + "}";
    expect(() => parseJsonTable(text)).toThrow(/one object with 1,000,000 keys, not a table/);
    expect(() => parseJsonTable('{"a": [1], "b": {"c": [2]}, "d": "[x]"}')).not.toThrow(/not a table/);
    expect(() => parseJsonTable('{"a": [1], "b": [2]}')).toThrow(/2 keys and 2 arrays \(“a”, “b”\)/);
  }, 30_000);
  it("parseJsonTable(text, {maxColumns}) refuses records with more columns than the page segments", () => {
    const record = Object.fromEntries(Array.from({length: 1500}, (_, i) => [`c${i}`, i]));
    expect(() => parseJsonTable(JSON.stringify([record, record]))).toThrow(/1,500 columns; this page segments tables of up to 1,000 columns/);
  });
  it("parseJsonTable(text) names the item that isn't a record", () => {
    expect(() => parseJsonTable('[{"a":1}, 5]')).toThrow(/item 2 is number/);
  });
});
