import {describe, expect, it} from "vitest";
import {makeAnisotropic, makeBlobs, makeVariedBlobs} from "../../../src/index.js";
import {groupSizes, groupStd} from "./helpers.js";

describe("makeAnisotropic", () => {
  it("makeAnisotropic() is makeBlobs({seed: 170}) times scikit-learn's matrix [[0.6, −0.6], [−0.4, 0.8]]", () => {
    const blobs = makeBlobs({seed: 170});
    const aniso = makeAnisotropic();
    expect(aniso.y).toEqual(blobs.y);
    aniso.X.forEach(([a, b], i) => {
      const [x, y] = blobs.X[i];
      expect(a).toBeCloseTo(0.6 * x - 0.4 * y, 12);
      expect(b).toBeCloseTo(-0.6 * x + 0.8 * y, 12);
    });
  });

  it("makeAnisotropic({transform}) stretches the blobs: spread 3 along x and 0.3 along y", () => {
    const {X, y} = makeAnisotropic({n: 5000, centers: [[0, 0]], transform: [[3, 0], [0, 0.3]]});
    expect(groupStd(X, y, 0, 0)).toBeCloseTo(3, 0);
    expect(groupStd(X, y, 0, 1)).toBeCloseTo(0.3, 1);
    expect(() => makeAnisotropic({transform: [[NaN, 0], [0, 1]]})).toThrow(/transform/);
  });
});

describe("makeVariedBlobs", () => {
  it("makeVariedBlobs() makes 3 blobs with spreads 1, 2.5 and 0.5", () => {
    const {X, y} = makeVariedBlobs({n: 6000});
    expect(groupSizes(y)).toEqual([2000, 2000, 2000]);
    [1, 2.5, 0.5].forEach((s, g) => expect(Math.abs(groupStd(X, y, g, 0) / s - 1)).toBeLessThan(0.06));
  });

  it("makeVariedBlobs({clusterStd: [0.2, 2]}) makes as many blobs as spreads", () => {
    expect(groupSizes(makeVariedBlobs({n: 10, clusterStd: [0.2, 2]}).y)).toEqual([5, 5]);
  });
});
