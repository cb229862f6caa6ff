import {describe, expect, it} from "vitest";
import {makeMoons} from "../../../src/index.js";
import {groupSizes, groupStd, sklearnShapes} from "./helpers.js";

describe("makeMoons", () => {
  it("makeMoons({n, noise: 0, shuffle: false}) equals scikit-learn's make_moons(n, shuffle=False)", () => {
    for (const [n, ref] of Object.entries(sklearnShapes.moons)) {
      const {X, y} = makeMoons({n: Number(n), shuffle: false});
      expect(y).toEqual(ref.y);
      X.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(ref.X[i][j], 12)));
    }
  });

  it("makeMoons({n: 301}) puts ⌊n/2⌋ points on the upper moon and the rest on the lower one, on the unit arcs", () => {
    const {X, y} = makeMoons({n: 301});
    expect(groupSizes(y)).toEqual([150, 151]);
    for (let i = 0; i < X.length; ++i) {
      const [cx, cy] = y[i] === 0 ? [0, 0] : [1, 0.5];
      expect(Math.hypot(X[i][0] - cx, X[i][1] - cy)).toBeCloseTo(1, 12);
      expect(y[i] === 0 ? X[i][1] >= -1e-12 : X[i][1] <= 0.5 + 1e-12).toBe(true);
    }
  });

  it("makeMoons({noise}) scatters points around the arcs with that standard deviation", () => {
    const clean = makeMoons({n: 4000, shuffle: false});
    const noisy = makeMoons({n: 4000, noise: 0.1, shuffle: false, seed: 3});
    const dx = noisy.X.map((r, i) => [r[0] - clean.X[i][0], r[1] - clean.X[i][1]]);
    expect(groupStd(dx, clean.y.map(() => 0), 0, 0)).toBeCloseTo(0.1, 2);
    expect(groupStd(dx, clean.y.map(() => 0), 0, 1)).toBeCloseTo(0.1, 2);
  });

  it("makeMoons({seed}) gives the same points for the same seed and others for another seed", () => {
    expect(makeMoons({noise: 0.1, seed: 7})).toEqual(makeMoons({noise: 0.1, seed: 7}));
    expect(makeMoons({noise: 0.1, seed: 7}).X).not.toEqual(makeMoons({noise: 0.1, seed: 8}).X);
  });

  it("makeMoons rejects a bad n, noise or seed with a message naming it", () => {
    expect(() => makeMoons({n: 0})).toThrow(/n = 0/);
    expect(() => makeMoons({n: 2.5})).toThrow(/whole number/);
    expect(() => makeMoons({noise: -1})).toThrow(/noise = -1/);
    expect(() => makeMoons({seed: NaN})).toThrow(/seed = NaN/);
  });
});
