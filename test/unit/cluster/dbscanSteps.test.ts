import {describe, expect, it} from "vitest";
import {dbscan, dbscanSteps, randomSource, standardize} from "../../../src/index.js";

// The seed's cooking log: cooking time, temperature, customer rating, cost.
const cooking = [
  [25, 180, 4.5, 12], [30, 175, 4.7, 14], [28, 185, 4.3, 13], [45, 200, 4.8, 18], [50, 195, 4.6, 20], [48, 205, 4.9, 19],
  [15, 160, 4.2, 8], [12, 155, 4.4, 9], [10, 150, 4.1, 7], [90, 220, 2.1, 25], [5, 300, 1.8, 30], [120, 100, 3.8, 5]
];

describe("dbscanSteps(X, {eps, minSamples})", () => {
  it("dbscanSteps(X, {eps, minSamples}) ends with dbscan's labels and core flags on the cooking log", () => {
    const Z = standardize(cooking).data;
    for (const minSamples of [1, 2, 3, 4, 5]) {
      for (const eps of [0.2, 0.4, 0.5, 0.8, 1, 1.5, 3]) {
        const replay = dbscanSteps(Z, {eps, minSamples});
        const direct = dbscan(Z, {eps, minSamples});
        expect(replay.labels).toEqual(direct.labels);
        expect(replay.core).toEqual(direct.core);
        const last = replay.steps.at(-1)!.state;
        expect(last).toEqual(direct.labels);
      }
    }
  });

  it("dbscanSteps(blobs, …) matches dbscan on random blobs, where border points sit between clusters", () => {
    const random = randomSource(7);
    const X = Array.from({length: 150}, (_, i) => {
      const c = i % 3;
      return [c * 3 + random() * 2.5, (c % 2) * 2 + random() * 2.5];
    });
    for (const [eps, minSamples] of [[0.3, 3], [0.5, 4], [0.8, 6], [1.2, 10]]) {
      const replay = dbscanSteps(X, {eps, minSamples});
      expect(replay.labels).toEqual(dbscan(X, {eps, minSamples}).labels);
    }
  });

  it("dbscanSteps(X, …) labels each row once, starting clusters only at core rows, with snapshots that only move forward", () => {
    const Z = standardize(cooking).data;
    const {steps, core} = dbscanSteps(Z, {eps: 0.8, minSamples: 2});
    expect(steps[0].kind).toBe("start");
    expect(steps[0].point).toBe(0);
    expect(steps[0].state.filter((s) => s === -2)).toHaveLength(11);
    const labelled = steps.filter((s) => s.kind !== "noise").map((s) => s.point);
    expect(new Set(labelled).size).toBe(labelled.length);
    for (const s of steps) {
      if (s.kind === "start" || s.kind === "spread") expect(core[s.point]).toBe(true);
      if (s.kind === "border" || s.kind === "noise") expect(core[s.point]).toBe(false);
      expect(s.neighbours).toContain(s.point);
    }
    for (let i = 1; i < steps.length; ++i) {
      steps[i].state.forEach((v, j) => {
        const before = steps[i - 1].state[j];
        if (before >= 0) expect(v).toBe(before); // a cluster label never changes
      });
    }
    // The three odd dishes are met by the scan and stay noise.
    expect(steps.filter((s) => s.kind === "noise").map((s) => s.point)).toEqual([9, 10, 11]);
  });

  it("dbscanSteps(X, {eps}) throws a RangeError for a bad eps or minSamples", () => {
    expect(() => dbscanSteps(cooking, {eps: 0})).toThrow("eps = 0");
    expect(() => dbscanSteps(cooking, {eps: 1, minSamples: 0})).toThrow("minSamples = 0");
  });
});
