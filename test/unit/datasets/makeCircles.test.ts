import {describe, expect, it} from "vitest";
import {makeCircles} from "../../../src/index.js";
import {groupSizes, sklearnShapes} from "./helpers.js";

describe("makeCircles", () => {
  it("makeCircles({n, factor, shuffle: false}) equals scikit-learn's make_circles(n, factor=factor, shuffle=False)", () => {
    for (const [key, ref] of Object.entries(sklearnShapes.circles)) {
      const [n, factor] = key.split(":").map(Number);
      const {X, y} = makeCircles({n, factor, shuffle: false});
      expect(y).toEqual(ref.y);
      X.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ref.X[i][j], 12)));
    }
  });

  it("makeCircles({n: 300, factor: 0.3}) puts half on the unit circle (group 0) and half on radius 0.3 (group 1)", () => {
    const {X, y} = makeCircles({n: 300, factor: 0.3});
    expect(groupSizes(y)).toEqual([150, 150]);
    X.forEach((r, i) => expect(Math.hypot(r[0], r[1])).toBeCloseTo(y[i] === 0 ? 1 : 0.3, 12));
  });

  it("makeCircles({noise: 0.05}) keeps the radii on average and spreads them by about the noise", () => {
    const {X, y} = makeCircles({n: 4000, noise: 0.05, seed: 2});
    const radii = (g: number) => X.filter((_, i) => y[i] === g).map((r) => Math.hypot(r[0], r[1]));
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const outer = radii(0);
    const m = mean(outer);
    expect(m).toBeCloseTo(1, 2);
    expect(mean(radii(1))).toBeCloseTo(0.5, 2);
    const sd = Math.sqrt(mean(outer.map((r) => (r - m) ** 2)));
    expect(sd).toBeGreaterThan(0.045);
    expect(sd).toBeLessThan(0.055);
  });

  it("makeCircles is deterministic per seed and rejects a factor outside (0, 1)", () => {
    expect(makeCircles({noise: 0.1, seed: 1})).toEqual(makeCircles({noise: 0.1, seed: 1}));
    expect(() => makeCircles({factor: 1})).toThrow(/factor = 1/);
    expect(() => makeCircles({factor: 0})).toThrow(/strictly between 0 and 1/);
  });
});
