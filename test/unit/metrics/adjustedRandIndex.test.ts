import {describe, expect, it} from "vitest";
import {adjustedRandIndex} from "../../../src/index.js";
import {randomSource} from "../../../src/core/random.js";
import {close} from "../fixtures.js";

describe("adjustedRandIndex", () => {
  it("adjustedRandIndex(a, b) is 1 for the same partition under other names", () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2], [5, 5, -1, -1, 3])).toBe(1);
    expect(adjustedRandIndex([0, 0, 1, 1, 2], ["b", "b", "a", "a", "c"])).toBe(1);
  });

  it("adjustedRandIndex(a, b) is 1 when both put every row in one cluster, and when both make every row its own", () => {
    expect(adjustedRandIndex([3, 3, 3], [-1, -1, -1])).toBe(1);
    expect(adjustedRandIndex([0, 1, 2], [2, 0, 1])).toBe(1);
    expect(adjustedRandIndex([0], [4])).toBe(1);
    expect(adjustedRandIndex([], [])).toBe(1);
  });

  it("adjustedRandIndex(a, b) is 0 when one labeling is a single cluster and the other is not", () => {
    expect(adjustedRandIndex([0, 0, 0], [1, 2, 3])).toBe(0);
  });

  it("adjustedRandIndex(a, b) follows the contingency-table formula on a small case", () => {
    // Cells (0,0)=2, (1,1)=1, (1,2)=1: index Σ C(nᵢⱼ, 2) = 1, rows Σ C(aᵢ, 2) = 2, columns Σ C(bⱼ, 2) = 1,
    // expected 2·1 / C(4, 2) = 1/3, maximum (2 + 1)/2: ARI = (1 − 1/3) / (3/2 − 1/3) = 4/7.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 15);
    // Pairs together in one are always apart in the other: (0 − 1/3) / (1 − 1/3) = −1/2.
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 15);
  });

  it("adjustedRandIndex(a, b) matches scikit-learn's adjusted_rand_score", () => {
    // Values printed by sklearn.metrics.adjusted_rand_score (scikit-learn 1.2.1).
    const cases: [number[], number[], number][] = [
      [[0, 0, 1, 1], [0, 0, 1, 2], 0.5714285714285714],
      [[0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2], 0.24242424242424243],
      [[0, 1, 2, 0, 1, 2, 0, 1, 2, 0], [0, 0, 0, 1, 1, 1, 2, 2, 2, -1], -0.2962962962962963],
      [[-1, -1, 0, 0, 1, 1, -1], [0, 0, 1, 1, 2, 2, 2], 0.475],
      [[0, 0, 1, 1], [0, 1, 0, 1], -0.5]
    ];
    for (const [a, b, expected] of cases) {
      expect(close(adjustedRandIndex(a, b), expected, 1e-12), `${a} / ${b}`).toBe(true);
      expect(close(adjustedRandIndex(b, a), expected, 1e-12), `${b} / ${a}`).toBe(true);
    }
    // numpy RandomState(0): a = randint(0, 5, 200); b keeps a with probability 0.7, else randint(0, 5).
    expect(close(adjustedRandIndex(A200, B200), 0.4747990410799284, 1e-12)).toBe(true);
  });

  it("adjustedRandIndex(a, b) stays exact at a million rows (no cancellation in the pair counts)", () => {
    const random = randomSource(1);
    const a = new Int32Array(1_000_000).map(() => Math.floor(random() * 4));
    expect(adjustedRandIndex(a, a)).toBe(1);
    const b = a.map((v, i) => (i % 1000 === 0 ? (v + 1) % 4 : v));
    const v = adjustedRandIndex(a, b);
    expect(v).toBeGreaterThan(0.99);
    expect(v).toBeLessThan(1);
    const c = new Int32Array(1_000_000).map(() => Math.floor(random() * 4));
    expect(Math.abs(adjustedRandIndex(a, c))).toBeLessThan(1e-3);
  });

  it("adjustedRandIndex(a, b) rejects labelings of different lengths and non-labels", () => {
    expect(() => adjustedRandIndex([0, 1, 1], [0, 1])).toThrow(/adjustedRandIndex: there are 2 second labels for 3 first labels/);
    expect(() => adjustedRandIndex([0, NaN], [0, 1])).toThrow(TypeError);
    expect(() => adjustedRandIndex(null as unknown as number[], [0, 1])).toThrow(TypeError);
  });
});

const A200 = [4, 0, 3, 3, 3, 1, 3, 2, 4, 0, 0, 4, 2, 1, 0, 1, 1, 0, 1, 4, 3, 0, 3, 0, 2, 3, 0, 1, 3, 3, 3, 0, 1, 1, 1, 0, 2, 4, 3, 3, 2, 4, 2, 0, 0, 4, 0, 4, 1, 4, 1, 2, 2, 0, 1, 1, 1, 1, 3, 3, 2, 3, 0, 3, 4, 1, 2, 4, 3, 4, 4, 4, 3, 4, 4, 4, 0, 4, 3, 2, 0, 1, 1, 3, 0, 0, 1, 2, 4, 2, 0, 3, 2, 2, 0, 1, 0, 2, 2, 3, 2, 3, 2, 1, 2, 3, 3, 3, 2, 3, 4, 1, 2, 3, 1, 2, 1, 4, 2, 3, 0, 3, 2, 3, 0, 0, 0, 3, 2, 3, 0, 4, 0, 0, 2, 3, 2, 3, 0, 0, 0, 3, 0, 2, 2, 0, 4, 3, 4, 0, 4, 3, 3, 4, 1, 3, 0, 0, 0, 1, 0, 4, 1, 3, 1, 0, 0, 4, 3, 3, 1, 0, 0, 1, 2, 0, 3, 1, 1, 4, 0, 0, 3, 2, 3, 2, 4, 3, 3, 0, 3, 0, 4, 2, 3, 4, 0, 2, 3, 3];
const B200 = [4, 1, 3, 3, 3, 1, 4, 2, 4, 0, 0, 4, 2, 2, 3, 1, 1, 0, 1, 4, 3, 0, 0, 4, 2, 3, 0, 1, 3, 3, 3, 0, 1, 1, 1, 2, 2, 4, 3, 3, 2, 4, 2, 0, 0, 4, 0, 0, 2, 4, 1, 2, 0, 0, 1, 1, 0, 1, 3, 0, 2, 3, 4, 3, 4, 1, 2, 4, 3, 4, 4, 4, 3, 4, 4, 4, 1, 4, 3, 2, 0, 1, 0, 3, 0, 0, 2, 2, 4, 2, 0, 2, 2, 2, 0, 1, 0, 1, 2, 2, 2, 3, 1, 0, 2, 3, 3, 3, 2, 3, 4, 2, 1, 1, 1, 2, 1, 1, 2, 3, 0, 2, 2, 4, 0, 2, 0, 4, 2, 0, 4, 1, 2, 4, 3, 3, 2, 3, 0, 0, 0, 3, 2, 2, 2, 0, 4, 3, 4, 0, 4, 2, 2, 4, 2, 3, 0, 0, 1, 1, 0, 4, 1, 1, 4, 0, 0, 4, 3, 3, 1, 0, 0, 1, 2, 0, 2, 1, 1, 4, 0, 2, 3, 2, 3, 2, 1, 3, 2, 3, 4, 0, 4, 3, 3, 4, 0, 2, 3, 3];
