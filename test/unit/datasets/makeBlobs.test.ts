import {describe, expect, it} from "vitest";
import {makeBlobs} from "../../../src/index.js";
import {groupMean, groupSizes, groupStd} from "./helpers.js";

describe("makeBlobs", () => {
  it("makeBlobs({n: 10, centers: 3}) shares the points out as scikit-learn does: 4, 3, 3", () => {
    expect(groupSizes(makeBlobs({n: 10, centers: 3}).y)).toEqual([4, 3, 3]);
  });

  it("makeBlobs({centers, clusterStd}) centres each blob on its centre with its own spread", () => {
    const centers = [[-5, 0], [5, 5], [0, -6]];
    const clusterStd = [0.5, 1, 2];
    const {X, y} = makeBlobs({n: 9000, centers, clusterStd, seed: 4});
    for (let g = 0; g < 3; ++g) {
      const m = groupMean(X, y, g);
      expect(m[0]).toBeCloseTo(centers[g][0], 0);
      expect(m[1]).toBeCloseTo(centers[g][1], 0);
      for (const j of [0, 1]) expect(Math.abs(groupStd(X, y, g, j) / clusterStd[g] - 1)).toBeLessThan(0.06);
    }
  });

  it("makeBlobs({centers: 4}) draws the centres inside centerBox", () => {
    const {X, y} = makeBlobs({n: 4000, centers: 4, clusterStd: 0.01, centerBox: [2, 3]});
    for (let g = 0; g < 4; ++g) for (const v of groupMean(X, y, g)) expect(v > 2 && v < 3).toBe(true);
  });

  it("makeBlobs is deterministic per seed; shuffle: false keeps the groups in order", () => {
    expect(makeBlobs({seed: 5})).toEqual(makeBlobs({seed: 5}));
    expect(makeBlobs({seed: 5}).X).not.toEqual(makeBlobs({seed: 6}).X);
    expect(makeBlobs({n: 6, shuffle: false}).y).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it("makeBlobs rejects centres, spreads and boxes that do not fit", () => {
    expect(() => makeBlobs({centers: 0})).toThrow(/centers = 0/);
    expect(() => makeBlobs({centers: [[1, 2, 3]]})).toThrow(/two finite numbers/);
    expect(() => makeBlobs({centers: 2, clusterStd: [1, 2, 3]})).toThrow(/3 values but there are 2 blobs/);
    expect(() => makeBlobs({clusterStd: -1})).toThrow(/clusterStd/);
    expect(() => makeBlobs({centerBox: [3, 1]})).toThrow(/centerBox/);
  });
});
