import {describe, expect, it} from "vitest";
import {describeColumn, segmentName, segmentNames} from "../../../src/index.js";

describe("segmentNames", () => {
  // cars.json, Ward k = 3 (z of each cluster's mean): the 14.6 mpg cluster's three traits are taken by
  // larger differences, so the 19.2 mpg cluster must not be the one called "low miles per gallon".
  const cars = [
    {Miles_per_Gallon: -1.14, Cylinders: 1.49, Displacement: 1.5, Horsepower: 1.52, Weight: 1.4},
    {Miles_per_Gallon: -0.55, Cylinders: 0.3, Displacement: 0.2, Horsepower: -0.1, Weight: 0.35},
    {Miles_per_Gallon: 1.0, Cylinders: -0.85, Displacement: -0.88, Horsepower: -0.8, Weight: -0.9}
  ];

  it("segmentNames(profiles) never calls a segment low on a column when another, lower still, is not", () => {
    const names = segmentNames(cars);
    expect(segmentName(cars[1])).toBe("Low Miles per Gallon");
    expect(names[0]).toBe("High Horsepower · high Displacement · high Cylinders");
    expect(names[1]).toBe("Typical");
    expect(names[2]).toBe("High Miles per Gallon · low Weight · low Displacement");
  });

  it("segmentNames(profiles) keeps a trait every more extreme segment also names", () => {
    const names = segmentNames([{spend: 2, age: 0.1}, {spend: 0.8, age: 0.2}, {spend: -1.5, age: -0.3}]);
    expect(names).toEqual(["High spend (1)", "High spend (2)", "Low spend"]);
  });

  it("segmentNames(profiles) gives a milder segment its next trait when one is dropped", () => {
    const names = segmentNames([{a: -2, b: 3, c: 3.5}, {a: -1, b: 0.1, c: 0.2, d: 0.7}], {maxTraits: 2});
    expect(names).toEqual(["High c · high b", "High d"]);
  });

  it("segmentNames(profiles) with no differences names every segment Typical", () => {
    expect(segmentNames([{x: 0.1}, {x: -0.1}])).toEqual(["Typical (1)", "Typical (2)"]);
  });

  it("segmentNames(profiles, {threshold}) with one segment is its segmentName", () => {
    expect(segmentNames([{x: 0.6}], {threshold: 0.5})).toEqual(["High x"]);
  });
});

describe("describeColumn", () => {
  it("describeColumn(name) words features derived from a date by their part, before any rule on the date's own name", () => {
    expect(describeColumn("order_date: days since")).toEqual(["old order date", "recent order date"]);
    expect(describeColumn("last_order: month")).toEqual(["last order late in the year", "last order early in the year"]);
    expect(describeColumn("signup-date: weekday")).toEqual(["signup date late in the week", "signup date early in the week"]);
    expect(describeColumn("last_order")).toEqual(["lapsed", "recent"]);
    expect(segmentName({"order_date: days since": -1.2, total_spending: 0.8})).toBe("Recent order date · high spend");
  });
});
