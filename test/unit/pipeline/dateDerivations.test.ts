import {describe, expect, it} from "vitest";
import {applyModel, checkModel, deriveColumns, fitDerivations, fitPreparation, kmeans, prepareRows, segmentModelOf} from "../../../src/index.js";
import type {ColumnTable, SegmentModel} from "../../../src/index.js";

const dayMs = 86_400_000;
const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** A typed table as src/io reads a file: dates as epoch ms in Float64Arrays (NaN = missing). */
function orders(dates: (string | null)[], spend: number[]): ColumnTable {
  return {
    n: dates.length,
    columns: ["id", "spend", "order_date"],
    types: ["string", "number", "date"],
    data: [dates.map((_, i) => `c${i}`), Float64Array.from(spend), Float64Array.from(dates, (d) => (d === null ? NaN : at(d)))],
    notes: []
  };
}

// Two groups: recent big spenders and old small ones.
const trainDates = ["2024-01-31", "2024-01-30", "2024-01-29", "2023-10-01", "2023-10-05", "2023-10-10"];
const train = orders(trainDates, [900, 950, 1000, 100, 120, 90]);
const reference = at("2024-01-31");
const daysSince = {numeric: ["spend", "order_date: days since"], derived: [{column: "order_date", part: "daysSince" as const}], scaling: "none" as const};

describe("fitPreparation(data, {derived}) keeps each date feature with its reference", () => {
  it("records days since with the training column's latest date, and derives the column it prepares", () => {
    const {prepared, preparation} = fitPreparation(train, daysSince);
    expect(preparation.derived).toEqual([{column: "order_date", part: "daysSince", reference}]);
    expect(prepared.features).toEqual(["spend", "order_date: days since"]);
    expect(prepared.X.map((x) => x[1])).toEqual(trainDates.map((d) => (reference - at(d)) / dayMs));
  });
  it("fitDerivations(data, features) lists a feature once; month and weekday have no reference", () => {
    expect(fitDerivations(train, [{column: "order_date", part: "month"}, {column: "order_date", part: "weekday"}, {column: "order_date", part: "month"}])).toEqual([
      {column: "order_date", part: "month", reference: null},
      {column: "order_date", part: "weekday", reference: null}
    ]);
  });
});

describe("applyModel(model, rows) derives the model's date features on the new rows", () => {
  const model = segmentModelOf(train, daysSince, (p) => ({kind: "kmeans", centers: kmeans(p.X, {k: 2, seed: 3}).centers}));
  const own = kmeans(fitPreparation(train, daysSince).prepared.X, {k: 2, seed: 3}).labels;

  it("gives every training row its own segment back", () => {
    expect(applyModel(model, train).labels).toEqual(Array.from(own));
  });
  it("counts days since back from the saved reference, not from the new rows' latest date", () => {
    const later = orders(["2024-03-01", "2024-02-10", "2023-12-01"], [500, 950, 100]);
    const {X} = prepareRows(model.preparation, later);
    expect(X).toEqual([
      [500, -30],
      [950, -10],
      [100, 61]
    ]);
    // Against their own latest date (2024-03-01) these would be 0, 20 and 91 days.
    const derived = deriveColumns(model.preparation.derived!, later);
    expect(Array.from(derived.data[3] as Float64Array)).toEqual([-30, -10, 61]);
    expect(derived.columns).toEqual(["id", "spend", "order_date", "order_date: days since"]);
  });
  it("survives JSON: a saved and reread model places rows the same way", () => {
    const reread = checkModel(JSON.parse(JSON.stringify(model)));
    const fresh = orders(["2024-02-15", "2023-09-01"], [970, 80]);
    expect(applyModel(reread, fresh).labels).toEqual(applyModel(model, fresh).labels);
    expect(applyModel(reread, fresh).labels).toEqual([own[0], own[3]]);
  });
  it("reads untyped rows: Date objects or epoch milliseconds", () => {
    const records = [{spend: 500, order_date: new Date(at("2024-03-01"))}, {spend: 100, order_date: at("2023-12-01")}];
    expect(prepareRows(model.preparation, records).X).toEqual([
      [500, -30],
      [100, 61]
    ]);
  });
  it("drops or fills a row whose date is missing, as the missing-value rule says", () => {
    const gaps = orders(["2024-01-31", null], [900, 100]);
    expect(applyModel(model, gaps).labels).toEqual([own[0], -2]);
    const filling = segmentModelOf(train, {...daysSince, missing: "median"}, (p) => ({kind: "kmeans", centers: kmeans(p.X, {k: 2, seed: 3}).centers}));
    const {X, filled} = prepareRows(filling.preparation, gaps);
    expect(X[1]).toEqual([100, filling.preparation.fill[1]]);
    expect(filled).toEqual({"order_date: days since": 1});
  });
});

describe("applyModel with month and weekday", () => {
  const parts = {numeric: ["order_date: month", "order_date: weekday"], derived: [{column: "order_date", part: "month" as const}, {column: "order_date", part: "weekday" as const}], scaling: "none" as const};
  const model = segmentModelOf(train, parts, (p) => ({kind: "kmeans", centers: kmeans(p.X, {k: 2, seed: 1}).centers}));
  it("derives the month (1–12) and the ISO weekday (1 = Monday) of each new date", () => {
    // 2024-02-29 was a Thursday, 2025-12-28 a Sunday, 1969-12-29 a Monday.
    expect(prepareRows(model.preparation, orders(["2024-02-29", "2025-12-28", "1969-12-29"], [1, 2, 3])).X).toEqual([
      [2, 4],
      [12, 7],
      [12, 1]
    ]);
    expect(model.preparation.derived).toEqual([
      {column: "order_date", part: "month", reference: null},
      {column: "order_date", part: "weekday", reference: null}
    ]);
  });
});

describe("applyModel(model, rows) without the date column", () => {
  const model = segmentModelOf(train, daysSince, (p) => ({kind: "kmeans", centers: kmeans(p.X, {k: 2, seed: 3}).centers}));
  it("names the missing date column, the feature and the reference date", () => {
    expect(() => applyModel(model, [{spend: 10}])).toThrow("The new rows have no column “order_date”; the model derives “order_date: days since” from it (days before 2024-01-31, the latest date it was fitted on).");
  });
  it("says when the column is not read as dates", () => {
    const text: ColumnTable = {...orders(["2024-01-01"], [1]), types: ["string", "number", "string"], data: [["c0"], Float64Array.of(1), ["soon"]]};
    expect(() => applyModel(model, text)).toThrow("Column “order_date” of the new rows is not read as dates (it holds text), so “order_date: days since” can't be derived from it; write its dates as ISO dates (2024-06-29) or as spreadsheet dates.");
    expect(() => applyModel(model, [{spend: 1, order_date: "soon"}])).toThrow("Column “order_date” of the new rows holds text (row 1: “soon”), not dates, so “order_date: days since” can't be derived from it.");
  });
});

describe("checkModel(model) and date features", () => {
  const model = segmentModelOf(train, daysSince, (p) => ({kind: "kmeans", centers: kmeans(p.X, {k: 2, seed: 3}).centers}));
  it("rejects a damaged derivation", () => {
    const broken = (derived: unknown) => ({...model, preparation: {...model.preparation, derived}}) as unknown as SegmentModel;
    const message = "its preparation's date features (column, part and the date days are counted back from) are damaged";
    expect(() => checkModel(broken([{column: "order_date", part: "daysSince", reference: "2024-01-31"}]))).toThrow(message);
    expect(() => checkModel(broken([{column: "order_date", part: "quarter", reference: null}]))).toThrow(message);
    expect(() => checkModel(broken({column: "order_date"}))).toThrow(message);
    expect(checkModel(broken([{column: "order_date", part: "daysSince", reference: null}])).preparation.derived).toHaveLength(1);
  });
  it("a model without date features has no derived field, and one saved before them still loads and applies", () => {
    const plain = segmentModelOf(train, {numeric: ["spend"], scaling: "none"}, (p) => ({kind: "kmeans", centers: kmeans(p.X, {k: 2, seed: 3}).centers}));
    expect(Object.keys(plain.preparation)).toEqual(["numeric", "categorical", "categories", "missing", "fill", "categoryFill", "scaling", "center", "scale", "features"]);
    expect(fitPreparation(train, {numeric: ["spend"], scaling: "none", derived: []}).preparation).toEqual(plain.preparation);
    const old = checkModel(JSON.parse(JSON.stringify(plain)));
    expect(applyModel(old, orders(["2024-01-01", "2024-01-02"], [950, 95])).labels).toEqual(applyModel(plain, [{spend: 950}, {spend: 95}]).labels);
  });
});
