import {describe, expect, it} from "vitest";
import * as Arrow from "apache-arrow";
import {arrowToTable, type ArrowLike} from "../../../src/index.js";

describe("arrowToTable", () => {
  it("arrowToTable(table) keeps dates and timestamps as dates, nulls as missing, and a column named __proto__", () => {
    // Object.fromEntries makes "__proto__" an own key (an object literal would set the prototype).
    const arrow = new Arrow.Table(
      Object.fromEntries([
        ["__proto__", Arrow.vectorFromArray([1.5, null, 3], new Arrow.Float64())],
        ["day", Arrow.vectorFromArray([new Date(Date.UTC(2024, 0, 1)), new Date(Date.UTC(2024, 0, 2)), null], new Arrow.DateMillisecond())],
        ["at", Arrow.vectorFromArray([Date.UTC(2024, 0, 1, 12), Date.UTC(2024, 0, 2, 13), Date.UTC(2024, 0, 3)], new Arrow.TimestampMillisecond())],
        ["city", Arrow.vectorFromArray(["a", "b", null], new Arrow.Dictionary(new Arrow.Utf8(), new Arrow.Int32()))]
      ]) as never
    );
    const t = arrowToTable(arrow as unknown as ArrowLike);
    expect(t.columns).toEqual(["__proto__", "day", "at", "city"]);
    expect(t.types).toEqual(["number", "date", "date", "string"]);
    expect(Array.from(t.data[0] as Float64Array)).toEqual([1.5, NaN, 3]);
    expect(Array.from(t.data[1] as Float64Array)).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2), NaN]);
    expect(Array.from(t.data[2] as Float64Array)).toEqual([Date.UTC(2024, 0, 1, 12), Date.UTC(2024, 0, 2, 13), Date.UTC(2024, 0, 3)]);
    expect(t.data[3]).toEqual(["a", "b", null]);
  });
  it("arrowToTable(table) keeps int64 beyond 2^53 as exact text with a note, and smaller int64 as numbers", () => {
    const arrow = new Arrow.Table({
      id: Arrow.vectorFromArray([9007199254740993n, 2n], new Arrow.Int64()),
      n: Arrow.vectorFromArray([5n, -7n], new Arrow.Int64())
    });
    const t = arrowToTable(arrow as unknown as ArrowLike);
    expect(t.types).toEqual(["string", "number"]);
    expect(t.data[0]).toEqual(["9007199254740993", "2"]);
    expect(Array.from(t.data[1] as Float64Array)).toEqual([5, -7]);
    expect(t.notes.join(" ")).toMatch(/“id” holds whole numbers beyond 2\^53/);
  });
  it("arrowToTable(table) refuses a table with no rows", () => {
    const arrow = new Arrow.Table({x: Arrow.vectorFromArray([] as number[], new Arrow.Float64())});
    expect(() => arrowToTable(arrow as unknown as ArrowLike)).toThrow(/no rows/);
  });
});
