import {describe, expect, it} from "vitest";
import {dbscan, dbscanPredict} from "../../../src/index.js";
import {randomBlobs} from "../randomBlobs.js";

describe("dbscanPredict(model, X)", () => {
  it("dbscanPredict({core, coreLabels, eps}, X) gives the cluster of the nearest core row within eps, across chunks of new rows", () => {
    const X = randomBlobs(600, 3, 11);
    const fresh = randomBlobs(2500, 3, 12);
    const eps = 0.6;
    const fit = dbscan(X, {eps, minSamples: 6});
    const core = X.filter((_, i) => fit.core[i]);
    const coreLabels = fit.labels.filter((_, i) => fit.core[i]);
    const brute = fresh.map((x) => {
      let best = -1;
      let bestD = eps * eps;
      core.forEach((c, j) => {
        const s = c.reduce((t, v, k) => t + (v - x[k]) ** 2, 0);
        if (s < bestD || (s === bestD && best < 0)) {
          bestD = s;
          best = j;
        }
      });
      return best < 0 ? -1 : coreLabels[best];
    });
    const labels = dbscanPredict({core, coreLabels, eps}, fresh);
    expect(labels).toEqual(brute);
    expect(new Set(labels).size).toBeGreaterThan(2);
    expect(labels).toContain(-1);
  });
  it("dbscanPredict with no core rows calls every row noise, and rejects eps ≤ 0", () => {
    expect(dbscanPredict({core: [], coreLabels: [], eps: 1}, [[0, 0]])).toEqual([-1]);
    expect(() => dbscanPredict({core: [[0, 0]], coreLabels: [0], eps: 0}, [[0, 0]])).toThrow("dbscanPredict: eps = 0; it must be a positive number");
  });
});
