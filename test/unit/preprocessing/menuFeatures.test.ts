import {describe, expect, it} from "vitest";
import {menuFeatures, unusualFeatures} from "../../../src/index.js";
import {restaurantMenu} from "../../../loaders/restaurantMenu.js";

const menu = restaurantMenu();
const index = (name: string) => menu.findIndex((m) => m.name === name);
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, j) => v - b[j]));

describe("menuFeatures(menu, options)", () => {
  it("menuFeatures(menu, {cuisine: \"code\"}) puts French 4× as far from Italian as Indian is, on cuisine alone", () => {
    const {X, columns} = menuFeatures(menu, {features: [], cuisine: "code"});
    expect(columns).toEqual(["cuisine_code"]);
    const italian = X[index("Italian Pasta")];
    expect(distance(italian, X[index("Coq au Vin")]) / distance(italian, X[index("Indian Curry")])).toBeCloseTo(4, 12);
  });

  it("menuFeatures(menu, {cuisine: \"onehot\"}) puts every two different cuisines exactly 1 apart", () => {
    const {X, columns} = menuFeatures(menu, {features: [], cuisine: "onehot"});
    expect(columns).toHaveLength(7);
    for (let i = 0; i < menu.length; ++i) {
      for (let j = 0; j < menu.length; ++j) {
        expect(distance(X[i], X[j])).toBeCloseTo(menu[i].cuisine === menu[j].cuisine ? 0 : 1, 12);
      }
    }
  });

  it("menuFeatures(menu, {features: [\"price\"], cuisine: \"none\"}) is the z-scored price", () => {
    const {X} = menuFeatures(menu, {features: ["price"], cuisine: "none"});
    const z = X.map((r) => r[0]);
    expect(z.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(z.reduce((a, b) => a + b * b, 0) / z.length).toBeCloseTo(1, 12);
  });

  it("menuFeatures(menu, {features: [], cuisine: \"none\"}) throws, asking for a feature", () => {
    expect(() => menuFeatures(menu, {features: [], cuisine: "none"})).toThrow(/choose at least one feature/);
  });
});

describe("unusualFeatures(records, index, columns)", () => {
  it("unusualFeatures(menu, Chef's Challenge) names its prep time (2.48 SD), price, calories and spice, largest first", () => {
    const reasons = unusualFeatures(menu, index("Chef's Challenge"), ["price", "prep_time", "calories", "spice_level"]);
    expect(reasons.map((r) => r.column)).toEqual(["prep_time", "price", "calories", "spice_level"])
    expect(reasons[0].z).toBeCloseTo(2.478, 3);;
    for (const r of reasons) expect(r.z).toBeGreaterThan(1.5);
    const price = reasons.find((r) => r.column === "price")!;
    const prices = menu.map((m) => m.price);
    const mean = prices.reduce((a, b) => a + b, 0) / prices.length;
    expect(price.mean).toBeCloseTo(mean, 12);
    expect(price.z).toBeCloseTo((45 - mean) / Math.sqrt(prices.reduce((a, p) => a + (p - mean) ** 2, 0) / prices.length), 12);
  });

  it("unusualFeatures(menu, an ordinary dish) still gives its single most unusual feature", () => {
    const reasons = unusualFeatures(menu, index("Margherita Pizza"), ["price", "prep_time"]);
    expect(reasons).toHaveLength(1);
  });
});
