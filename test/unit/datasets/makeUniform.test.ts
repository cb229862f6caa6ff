import {describe, expect, it} from "vitest";
import {makeUniform} from "../../../src/index.js";

describe("makeUniform", () => {
  it("makeUniform({n}) fills the unit square evenly, all in group 0", () => {
    const {X, y} = makeUniform({n: 4000, seed: 9});
    expect(y.every((g) => g === 0)).toBe(true);
    expect(X.every(([a, b]) => a >= 0 && a < 1 && b >= 0 && b < 1)).toBe(true);
    // Each quarter of the square holds about a quarter of the points.
    const quarters = [0, 0, 0, 0];
    for (const [a, b] of X) quarters[(a < 0.5 ? 0 : 1) + (b < 0.5 ? 0 : 2)] += 1;
    for (const q of quarters) expect(Math.abs(q - 1000)).toBeLessThan(100);
  });

  it("makeUniform is deterministic per seed", () => {
    expect(makeUniform({seed: 1})).toEqual(makeUniform({seed: 1}));
    expect(makeUniform({seed: 1}).X).not.toEqual(makeUniform({seed: 2}).X);
  });
});
