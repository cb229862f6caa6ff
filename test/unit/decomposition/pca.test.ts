import {describe, expect, it} from "vitest";
import {pca, projectPca, toMatrix} from "../../../src/index.js";
import {close, inputOf, loadFixtures} from "../fixtures.js";
import type {PcaFixture} from "../fixtures.js";

// The fixtures are rounded to 12 decimal places, so every comparison allows 1e-12 absolute on top
// of 1e-9 relative. Components whose singular value is negligible (rank-deficient data) are not
// unique and are compared only through their invariants (finite, orthonormal).
const fixtures = loadFixtures();

/** Components whose two largest |loadings| tie (e.g. ±1/√2 for any standardised 2-D data) have no defined sign. */
function signTied(component: number[]): boolean {
  const m = component.map(Math.abs).sort((a, b) => b - a);
  return m.length > 1 && m[0] - m[1] < 1e-9;
}

function expectOrthonormal(components: number[][]): void {
  for (let a = 0; a < components.length; ++a) {
    for (let b = a; b < components.length; ++b) {
      const dot = components[a].reduce((s, v, j) => s + v * components[b][j], 0);
      expect(Math.abs(dot - (a === b ? 1 : 0))).toBeLessThan(1e-12);
    }
  }
}

function mismatches(actual: number[], expected: number[], rel: number, abs: number): string[] {
  const bad: string[] = [];
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; ++i) {
    if (!Number.isFinite(actual[i]) || !close(actual[i], expected[i], rel, abs)) bad.push(`[${i}] ${actual[i]} ≠ ${expected[i]}`);
  }
  return bad;
}

for (const solver of ["auto", "svd", "covariance"] as const) {
  describe(`pca(X, {components, solver: "${solver}"})`, () => {
    for (const fx of fixtures) {
      fx.pca.forEach((e: PcaFixture) => {
        it(`pca(X, {components: ${e.n_components}, solver: "${solver}"}) matches scikit-learn on ${fx.name} (${e.input})`, () => {
          const X = inputOf(fx, e);
          const r = pca(X, {components: e.n_components, solver});
          const scale = Math.max(...X.flat().map(Math.abs));
          const sigma0 = e.singular_values[0];
          const kept = e.singular_values.map((s, c) => c).filter((c) => e.singular_values[c] > 1e-8 * sigma0);
          expect(kept.length).toBeGreaterThan(0);
          expect(r.nComponents).toBe(e.n_components);
          expect(mismatches(r.mean, e.mean, 1e-9, 1e-12 * Math.max(1, scale))).toEqual([]);
          const at = (xs: number[]) => kept.map((c) => xs[c]);
          expect(mismatches(at(r.singularValues), at(e.singular_values), 1e-9, 1e-12)).toEqual([]);
          expect(mismatches(at(r.explainedVariance), at(e.explained_variance), 1e-9, 1e-12)).toEqual([]);
          expect(mismatches(at(r.explainedVarianceRatio), at(e.explained_variance_ratio), 1e-9, 1e-12)).toEqual([]);
          for (const c of kept) {
            const flip = signTied(e.components[c]) && r.components[c].reduce((s, v, j) => s + v * e.components[c][j], 0) < 0 ? -1 : 1;
            expect(mismatches(r.components[c].map((v) => flip * v), e.components[c], 1e-9, 1e-12), `component ${c}`).toEqual([]);
            // Scores near zero are compared on the data's scale, not relatively.
            const scores = r.scores.map((row) => flip * row[c]);
            expect(mismatches(scores, e.scores.map((row) => row[c]), 1e-9, 1e-12 * Math.max(1, sigma0)), `scores ${c}`).toEqual([]);
          }
          expectOrthonormal(r.components);
          expect(r.scores.flat().every(Number.isFinite)).toBe(true);
          // All min(n, d) components together account for the whole variance.
          const full = pca(X, {solver});
          expect(close(full.explainedVarianceRatio.reduce((a, b) => a + b, 0), 1, 1e-12)).toBe(true);
          expect(close(full.explainedVariance.reduce((a, b) => a + b, 0), r.totalVariance, 1e-12)).toBe(true);
        });
      });
    }
  });
}

describe("pca", () => {
  const cooking = fixtures.find((f) => f.name === "cooking")!;

  it("pca(X) makes each component's largest-magnitude loading positive", () => {
    for (const fx of fixtures) {
      for (const component of pca(fx.standardized).components) {
        if (signTied(component)) continue;
        const top = component.reduce((b, v) => (Math.abs(v) > Math.abs(b) ? v : b), 0);
        expect(top).toBeGreaterThan(0);
      }
    }
  });

  it("pca(X) keeps min(n, d) components by default and returns orthonormal ones even for rank-deficient data", () => {
    const fx = fixtures.find((f) => f.name === "recipe_profiles")!; // 8 rows × 9 columns: centred rank ≤ 7
    const r = pca(fx.X);
    expect(r.nComponents).toBe(8);
    expect(r.components).toHaveLength(8);
    expect(r.scores[0]).toHaveLength(8);
    expect(r.singularValues[7]).toBeLessThan(1e-10 * r.singularValues[0]);
    expectOrthonormal(r.components);
    expect(r.components.flat().every(Number.isFinite)).toBe(true);
  });

  it("projectPca(model, X) reproduces the scores of the fitted rows", () => {
    for (const fx of fixtures) {
      const r = pca(fx.X, {components: Math.min(2, fx.d)});
      const projected = projectPca(r, fx.X);
      const scale = Math.max(1, r.singularValues[0]);
      projected.forEach((row, i) => row.forEach((v, c) => expect(Math.abs(v - r.scores[i][c])).toBeLessThan(1e-12 * scale)));
    }
  });

  it("projectPca(model, rows) rejects rows of the wrong width", () => {
    const r = pca(cooking.X);
    expect(() => projectPca(r, [[1, 2, 3]])).toThrow(/rows have 3 columns, but the model was fitted on 4/);
  });

  it("pca(X) accepts a Matrix and gives the same result as for rows", () => {
    expect(pca(toMatrix(cooking.X))).toEqual(pca(cooking.X));
  });

  it("pca(X) is deterministic: the same input twice gives equal results", () => {
    const X = fixtures.find((f) => f.name === "blobs-300x5")!.X;
    expect(pca(X, {solver: "covariance"})).toEqual(pca(X, {solver: "covariance"}));
    expect(pca(X, {solver: "svd"})).toEqual(pca(X, {solver: "svd"}));
  });

  it("pca(X, {solver: \"svd\"}) and pca(X, {solver: \"covariance\"}) agree on larger data", () => {
    const X = fixtures.find((f) => f.name === "blobs-300x5")!.X;
    const a = pca(X, {solver: "svd"}), b = pca(X, {solver: "covariance"});
    expect(mismatches(b.singularValues, a.singularValues, 1e-10, 0)).toEqual([]);
    for (let c = 0; c < 5; ++c) expect(mismatches(b.components[c], a.components[c], 1e-8, 1e-12)).toEqual([]);
  });

  it("pca(X, {center: false}) reports zero means and works on uncentred data", () => {
    const X = [[1, 2], [2, 4.5], [3, 5.5], [4, 8]];
    const r = pca(X, {center: false});
    expect(r.mean).toEqual([0, 0]);
    // The first axis of uncentred data points at the data's centre of mass, not along its spread.
    const raw = r.singularValues[0] ** 2 + r.singularValues[1] ** 2;
    expect(close(raw, X.flat().reduce((s, v) => s + v * v, 0), 1e-12)).toBe(true);
    expect(close(r.totalVariance * 3, raw, 1e-12)).toBe(true);
    const projected = projectPca(r, X);
    projected.forEach((row, i) => row.forEach((v, c) => expect(close(v, r.scores[i][c], 1e-12, 1e-12)).toBe(true)));
    // Both solvers agree on uncentred data too.
    const blobs = fixtures.find((f) => f.name === "blobs-300x5")!.X;
    const a = pca(blobs, {center: false, solver: "svd"}), b = pca(blobs, {center: false, solver: "covariance"});
    expect(b.mean).toEqual([0, 0, 0, 0, 0]);
    expect(mismatches(b.singularValues, a.singularValues, 1e-10, 0)).toEqual([]);
    expect(close(a.totalVariance, b.totalVariance, 1e-12)).toBe(true);
  });

  it("pca(X) handles constant columns and duplicate rows", () => {
    const X = [[1, 5, 2], [2, 5, 4], [2, 5, 4], [4, 5, 1], [1, 5, 2]];
    const r = pca(X);
    expect(r.components[0][1]).toBe(0); // the constant column carries no weight
    expect(r.explainedVariance.every(Number.isFinite)).toBe(true);
    expect(r.explainedVarianceRatio[2]).toBeLessThan(1e-15);
    expectOrthonormal(r.components);
  });

  it("pca(X) rejects bad inputs with messages for a person", () => {
    const X4 = [[1, 2, 3, 4, 5, 6, 7, 8, 9], [2, 1, 3, 4, 5, 6, 7, 8, 0], [3, 3, 3, 4, 5, 6, 7, 8, 1], [0, 1, 2, 3, 4, 5, 6, 7, 8]];
    expect(() => pca(X4, {components: 5})).toThrow("components = 5, but 4 rows × 9 columns allow at most 4");
    expect(() => pca(X4, {components: 0})).toThrow(RangeError);
    expect(() => pca(X4, {components: 1.5})).toThrow(TypeError);
    expect(() => pca([[1, 2, 3]])).toThrow(/single row/);
    expect(() => pca([])).toThrow(/empty/);
    expect(() => pca([[1, 2], [3]])).toThrow(/ragged/);
    expect(() => pca([[1, NaN], [3, 4]])).toThrow(/NaN/);
    expect(() => pca([[1, 2], [1, 2], [1, 2]])).toThrow("all rows are identical: there is no variance to explain");
    expect(() => pca(X4, {solver: "qr" as "svd"})).toThrow("unknown solver: qr");
  });
});
