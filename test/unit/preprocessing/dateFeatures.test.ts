import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {dateFeature, dateFeatureName, dateFeatures, parseIsoDate, type ColumnTable} from "../../../src/index.js";

// pandas on the same texts (test/unit/reference/date-features.py): days since the latest date, month, dayofweek + 1.
const reference = JSON.parse(readFileSync(new URL("../reference/date-features-cases.json", import.meta.url), "utf8")) as {
  texts: (string | null)[];
  latest: number;
  daysSince: (number | null)[];
  month: (number | null)[];
  weekday: (number | null)[];
};
const values = Float64Array.from(reference.texts, (t) => (t === null ? NaN : parseIsoDate(t)));
const orNaN = (xs: (number | null)[]) => xs.map((x) => (x === null ? NaN : x));

describe("dateFeature", () => {
  it("dateFeature(values, 'daysSince') counts days back from the latest date, as pandas does (missing stays missing)", () => {
    expect(Array.from(dateFeature(values, "daysSince"))).toEqual(orNaN(reference.daysSince));
  });
  it("dateFeature(values, 'month') is 1–12 and dateFeature(values, 'weekday') 1 (Monday) – 7, in UTC, as pandas", () => {
    expect(Array.from(dateFeature(values, "month"))).toEqual(orNaN(reference.month));
    expect(Array.from(dateFeature(values, "weekday"))).toEqual(orNaN(reference.weekday));
  });
  it("dateFeature(values, 'month') takes an offset time in UTC: 2024-03-31T23:30-02:00 is April, 2024-01-01T00:30+05:30 December", () => {
    const [a, b] = dateFeature([parseIsoDate("2024-03-31T23:30:00-02:00"), parseIsoDate("2024-01-01T00:30:00+05:30")], "month");
    expect([a, b]).toEqual([4, 12]);
  });
  it("dateFeature(values, 'daysSince', {reference}) counts from the given date; all-missing values give all NaN", () => {
    expect(Array.from(dateFeature([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 11)], "daysSince", {reference: Date.UTC(2024, 0, 21)}))).toEqual([20, 10]);
    expect(Array.from(dateFeature([NaN, NaN], "daysSince"))).toEqual([NaN, NaN]);
    expect(Array.from(dateFeature([NaN], "weekday"))).toEqual([NaN]);
  });
  it("dateFeature(values, 'month' | 'weekday') equal Date's UTC month and day on every day from 1600 to 2400", () => {
    const days = Float64Array.from({length: 292_193}, (_, i) => Date.UTC(1600, 0, 1) + i * 86_400_000 + (i % 7) * 3_600_000);
    const month = dateFeature(days, "month");
    const weekday = dateFeature(days, "weekday");
    const wrong = Array.from(days).findIndex((t, i) => month[i] !== new Date(t).getUTCMonth() + 1 || weekday[i] !== ((new Date(t).getUTCDay() + 6) % 7) + 1);
    expect(wrong).toBe(-1);
  });
  it("dateFeature(values, part) refuses an unknown part", () => {
    expect(() => dateFeature([0], "year" as never)).toThrow(/unknown date part: year/);
  });
});

describe("dateFeatures", () => {
  const table: ColumnTable = {
    n: 3,
    columns: ["order_date", "spend", "city"],
    types: ["date", "number", "string"],
    data: [Float64Array.of(Date.UTC(2024, 0, 1), NaN, Date.UTC(2024, 0, 8)), Float64Array.of(1, 2, 3), ["a", "b", null]],
    notes: []
  };
  it("dateFeatures(table, features) adds one named number column per feature after the table's own, once each", () => {
    const {table: t, names, latest} = dateFeatures(table, [{column: "order_date", part: "daysSince"}, {column: "order_date", part: "weekday"}, {column: "order_date", part: "daysSince"}]);
    expect(names).toEqual(["order_date: days since", "order_date: weekday"]);
    expect(t.columns).toEqual(["order_date", "spend", "city", "order_date: days since", "order_date: weekday"]);
    expect(t.types.slice(3)).toEqual(["number", "number"]);
    expect(Array.from(t.data[3] as Float64Array)).toEqual([7, NaN, 0]);
    expect(Array.from(t.data[4] as Float64Array)).toEqual([1, NaN, 1]); // 2024-01-01 and 01-08 were Mondays
    expect(latest.order_date).toBe(Date.UTC(2024, 0, 8));
    expect(t.data[0]).toBe(table.data[0]); // shared, not copied
    expect(table.columns).toHaveLength(3); // the table itself is left alone
  });
  it("dateFeatures(table, []) is the table's columns unchanged", () => {
    expect(dateFeatures(table).table.columns).toEqual(table.columns);
  });
  it("dateFeatures(table, features) refuses a column that is missing or isn't a date, and a name already taken, with a message", () => {
    expect(() => dateFeatures(table, [{column: "when", part: "month"}])).toThrow(/There is no column “when” to derive “month” from/);
    expect(() => dateFeatures(table, [{column: "spend", part: "month"}])).toThrow(/Column “spend” is not a date column/);
    const taken = {...table, columns: ["order_date", "order_date: month", "city"]};
    expect(() => dateFeatures(taken, [{column: "order_date", part: "month"}])).toThrow(/already has a column named “order_date: month”/);
  });
  it("dateFeatureName({column, part}) names the column and the part", () => {
    expect(dateFeatureName({column: "order_date", part: "daysSince"})).toBe("order_date: days since");
    expect(dateFeatureName({column: "__proto__", part: "month"})).toBe("__proto__: month");
  });
});
