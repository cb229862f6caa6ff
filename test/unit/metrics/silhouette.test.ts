import {describe, expect, it} from "vitest";
import {silhouette, silhouetteSamples} from "../../../src/index.js";
import {randomSource} from "../../../src/core/random.js";
import {close, inputOf, loadFixtures} from "../fixtures.js";

const fixtures = loadFixtures();

describe("silhouette against scikit-learn", () => {
  for (const fx of fixtures) {
    for (const entry of fx.kmeans) {
      const X = inputOf(fx, entry);
      it(`silhouetteSamples(X, labels) matches scikit-learn's silhouette_samples on ${fx.name}, k = ${entry.k}`, () => {
        const s = silhouetteSamples(X, entry.labels);
        expect(s).toHaveLength(fx.n);
        const bad = s.map((v, i) => [i, v, entry.silhouette_samples[i]]).filter(([, v, w]) => !close(v, w));
        expect(bad).toEqual([]);
      });
      it(`silhouette(X, labels) matches scikit-learn's silhouette_score on ${fx.name}, k = ${entry.k}`, () => {
        const s = silhouette(X, entry.labels);
        expect(close(s, entry.silhouette), `${s} vs ${entry.silhouette}`).toBe(true);
      });
    }
  }
});

describe("silhouette by hand", () => {
  it("silhouetteSamples(X, labels) follows (b − a) / max(a, b) on two pairs", () => {
    // Point 0: a = 1 (to point 1), b = mean(10, 11) = 10.5. Point 1: a = 1, b = mean(9, 10) = 9.5.
    const s = silhouetteSamples([[0], [1], [10], [11]], [0, 0, 1, 1]);
    expect(s[0]).toBeCloseTo(9.5 / 10.5, 15);
    expect(s[1]).toBeCloseTo(8.5 / 9.5, 15);
    expect(s[2]).toBeCloseTo(8.5 / 9.5, 15);
    expect(s[3]).toBeCloseTo(9.5 / 10.5, 15);
    expect(silhouette([[0], [1], [10], [11]], [0, 0, 1, 1])).toBeCloseTo((2 * 9.5) / 10.5 / 4 + (2 * 8.5) / 9.5 / 4, 15);
  });

  it("silhouetteSamples(X, labels) gives 0 to a point alone in its cluster", () => {
    const s = silhouetteSamples([[0], [1], [5]], [0, 0, 1]);
    expect(s[2]).toBe(0);
    expect(s[0]).toBeCloseTo((5 - 1) / 5, 15);
  });

  it("silhouette(X, labels) is negative when the labels swap two far-apart groups' members", () => {
    expect(silhouette([[0], [10], [1], [11]], [0, 0, 1, 1])).toBeLessThan(0);
  });

  it("silhouetteSamples(X, labels) gives 0 when a and b are both 0 (duplicate points in different clusters)", () => {
    expect(silhouetteSamples([[0], [0], [0], [0]], [0, 0, 1, 1])).toEqual([0, 0, 0, 0]);
  });

  it("silhouette(X, labels) does not depend on the names of the clusters (numbers, −1, strings)", () => {
    const X = [[0, 0], [0, 1], [4, 4], [4, 5], [9, 0], [9, 1]];
    const s = silhouette(X, [0, 0, 1, 1, 2, 2]);
    expect(silhouette(X, [7, 7, -1, -1, 3, 3])).toBe(s);
    expect(silhouette(X, ["a", "a", "b", "b", "c", "c"])).toBe(s);
  });

  it("silhouette(X, labels) treats −1 as an ordinary cluster, as scikit-learn does", () => {
    // silhouette_score / silhouette_samples of these points in scikit-learn 1.2.1.
    const X = [[0], [1], [10], [11], [5], [30]];
    const labels = [0, 0, 1, 1, -1, -1];
    expect(close(silhouette(X, labels), 0.426499582289056, 1e-12)).toBe(true);
    const expected = [0.9047619047619048, 0.8947368421052632, 0.8947368421052632, 0.9047619047619048, -0.82, -0.22];
    silhouetteSamples(X, labels).forEach((v, i) => expect(close(v, expected[i], 1e-12), `row ${i}: ${v}`).toBe(true));
  });

  it("silhouetteSamples(X, labels) stays in [−1, 1] on random data and labels", () => {
    const random = randomSource(7);
    const X = Array.from({length: 200}, () => [random(), random(), random()]);
    const labels = X.map(() => Math.floor(random() * 5));
    for (const v of silhouetteSamples(X, labels)) {
      expect(v).toBeGreaterThanOrEqual(-1);
      expect(v).toBeLessThanOrEqual(1);
    }
  });
});

describe("silhouette options", () => {
  const fx = fixtures.find((f) => f.name.startsWith("blobs") || f.n >= 300)!;
  const entry = fx.kmeans[2];
  const X = inputOf(fx, entry);

  it("silhouette(X, labels, {sampleSize}) is seeded: same seed twice, same score", () => {
    expect(silhouette(X, entry.labels, {sampleSize: 100, seed: 3})).toBe(silhouette(X, entry.labels, {sampleSize: 100, seed: 3}));
    expect(silhouette(X, entry.labels, {sampleSize: 100, seed: 3})).not.toBe(silhouette(X, entry.labels, {sampleSize: 100, seed: 4}));
  });

  it("silhouette(X, labels, {sampleSize}) estimates the full score", () => {
    const s = silhouette(X, entry.labels, {sampleSize: 150});
    expect(s).not.toBe(entry.silhouette);
    expect(Math.abs(s - entry.silhouette)).toBeLessThan(0.05);
  });

  it("silhouette(X, labels, {sampleSize ≥ n}) uses every row", () => {
    expect(silhouette(X, entry.labels, {sampleSize: fx.n})).toBe(silhouette(X, entry.labels));
    expect(silhouette(X, entry.labels, {sampleSize: 10 * fx.n})).toBe(silhouette(X, entry.labels));
  });

  it("silhouette(X, labels, {excludeNoise: true}) scores the rows not labelled −1", () => {
    const X = [[0], [1], [10], [11], [5], [30]];
    const labels = [0, 0, 1, 1, -1, -1];
    expect(silhouette(X, labels, {excludeNoise: true})).toBe(silhouette(X.slice(0, 4), labels.slice(0, 4)));
    expect(silhouette(X, labels)).not.toBe(silhouette(X.slice(0, 4), labels.slice(0, 4)));
  });
});

describe("silhouette errors", () => {
  it("silhouette(X, labels) rejects labels of the wrong length", () => {
    expect(() => silhouette([[0], [1], [2]], [0, 1])).toThrow(/2 labels for 3 rows/);
    expect(() => silhouetteSamples([[0], [1], [2]], [0, 1, 1, 0])).toThrow(RangeError);
  });

  it("silhouette(X, labels) needs between 2 and n − 1 clusters", () => {
    expect(() => silhouette([[0], [1], [2]], [0, 0, 0])).toThrow(/silhouette needs between 2 and n−1 clusters; got 1/);
    expect(() => silhouetteSamples([[0], [1], [2]], [0, 1, 2])).toThrow(/got 3/);
    expect(() => silhouette([[0], [1], [2], [3]], [0, 0, -1, -1], {excludeNoise: true})).toThrow(/got 1/);
  });

  it("silhouette(X, labels) rejects bad data and bad labels with toMatrix's messages", () => {
    expect(() => silhouette([[0], [NaN], [2]], [0, 1, 1])).toThrow(/row 1, column 0 is NaN/);
    expect(() => silhouette([], [])).toThrow(/empty/);
    expect(() => silhouette([[0], [1], [2]], [0, null as unknown as number, 1])).toThrow(TypeError);
  });

  it("silhouette(X, labels, {sampleSize}) rejects a sample size that is not a whole number ≥ 2", () => {
    expect(() => silhouette([[0], [1], [2]], [0, 1, 1], {sampleSize: 1.5})).toThrow(/sampleSize = 1.5/);
    expect(() => silhouette([[0], [1], [2]], [0, 1, 1], {sampleSize: 0})).toThrow(RangeError);
  });
});
