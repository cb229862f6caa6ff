import type {Graph} from "./fuzzySimplicialSet.js";
import {tridiagonalEigen} from "./tridiagonalEigen.js";

/** Options of {@link spectralLayout}. */
export interface SpectralLayoutOptions {
  /** Number of output coordinates; defaults to 2. */
  dim?: number;
  /** Lanczos steps, all taken; defaults to up to min(n − 1, 300, 8,000,000 / n), stopping once converged. */
  steps?: number;
  /** Residual below which a Ritz pair counts as converged; defaults to 1e-4. */
  tolerance?: number;
  /** Random numbers in [0, 1) for the start vector. */
  random: () => number;
}

/**
 * The spectral start of umap-learn (`spectral_layout`): the eigenvectors of the normalised graph
 * Laplacian L = I − D^(−1/2) W D^(−1/2) with the smallest eigenvalues after the trivial one, i.e.
 * the largest of N = D^(−1/2) W D^(−1/2) orthogonal to D^(1/2)·1. Found by Lanczos with full
 * reorthogonalisation (the trivial vector projected out at every step) from a seeded random start,
 * and the Ritz vectors of the tridiagonal matrix (implicit QL). Returns `n × dim` row-major, or null
 * when the graph is too small (fewer than dim + 2 rows) or an isolated row leaves no basis.
 *
 * umap-learn lays out each connected component separately when the graph falls apart; here the
 * whole graph is decomposed at once. Then eigenvalue 1 repeats, and a single Lanczos run sees one
 * direction of a repeated eigenvalue unless the Krylov space is exhausted (then it restarts from a
 * fresh vector, which finds the other copies on small graphs): a coarser start that the epochs
 * refine — the quality tests against uwot run on such graphs.
 */
export function spectralLayout(graph: Graph, {dim = 2, steps, tolerance = 1e-4, random}: SpectralLayoutOptions): Float64Array | null {
  const {n, head, tail, weight} = graph;
  if (n < dim + 2) return null;
  // Up to 300 steps, within 64 MB of basis vectors (160 steps at 50,000 rows); stops early once the
  // wanted Ritz pairs have converged. umap-learn's eigsh uses ⌈√n⌉ vectors with implicit restarts;
  // a single run of ⌈√n⌉ steps was measured too few (two moons: folded start, torn curves).
  const m = Math.max(dim + 1, Math.min(n - 1, steps ?? Math.max(2 * dim + 1, Math.min(300, Math.floor(8e6 / n)))));
  const degree = new Float64Array(n);
  for (let e = 0; e < head.length; ++e) degree[head[e]] += weight[e];
  const scale = new Float64Array(n);
  for (let i = 0; i < n; ++i) scale[i] = degree[i] > 0 ? 1 / Math.sqrt(degree[i]) : 0;
  const normed = new Float64Array(weight.length);
  for (let e = 0; e < head.length; ++e) normed[e] = weight[e] * scale[head[e]] * scale[tail[e]];
  // The trivial eigenvector D^(1/2)·1, normalised.
  const trivial = new Float64Array(n);
  let norm = 0;
  for (let i = 0; i < n; ++i) norm += degree[i];
  for (let i = 0; i < n; ++i) trivial[i] = Math.sqrt(degree[i] / norm);
  const V = new Float64Array((m + 1) * n);
  const alpha = new Float64Array(m), beta = new Float64Array(m);
  let v = V.subarray(0, n);
  for (let i = 0; i < n; ++i) v[i] = random() - 0.5;
  orthogonalise(v, trivial);
  if (normalise(v) === 0) return null;
  const w = new Float64Array(n);
  let steps_ = m;
  for (let j = 0; j < m; ++j) {
    w.fill(0);
    for (let e = 0; e < head.length; ++e) w[head[e]] += normed[e] * v[tail[e]];
    alpha[j] = dot(w, v);
    reorthogonalise(w, trivial, V, j + 1);
    if (j + 1 === m) break;
    let b = normalise(w);
    if (steps === undefined && b >= 1e-10 && (j + 1) % 20 === 0 && converged(alpha, beta, j + 1, b, dim, tolerance)) {
      steps_ = j + 1;
      break;
    }
    if (b < 1e-10) {
      // An invariant subspace is exhausted (an eigenvalue's other copies are not in it, e.g. a
      // ring's cos and sin): go on from a fresh random vector, with a zero coupling.
      for (let i = 0; i < n; ++i) w[i] = random() - 0.5;
      reorthogonalise(w, trivial, V, j + 1);
      reorthogonalise(w, trivial, V, j + 1);
      if (normalise(w) < 1e-10) {
        steps_ = j + 1;
        break;
      }
      b = 0;
    }
    beta[j] = b;
    v = V.subarray((j + 1) * n, (j + 2) * n);
    v.set(w);
  }
  if (steps_ < dim) return null;
  const {values, vectors} = tridiagonalEigen(alpha.subarray(0, steps_), beta.subarray(0, steps_ - 1));
  const order = Array.from(values, (_, i) => i).sort((a, b) => values[b] - values[a] || a - b);
  const out = new Float64Array(n * dim);
  for (let c = 0; c < dim; ++c) {
    const s = order[c];
    for (let l = 0; l < steps_; ++l) {
      const y = vectors[l * steps_ + s];
      if (y === 0) continue;
      const basis = V.subarray(l * n, (l + 1) * n);
      for (let i = 0; i < n; ++i) out[i * dim + c] += y * basis[i];
    }
  }
  return out;
}

// The Ritz pairs of the j-step tridiagonal matrix have residuals ‖N y − θ y‖ = b·|last component of y|:
// converged when the `dim` largest are below `tolerance` (scipy's eigsh tolerance in umap-learn: 1e-4).
function converged(alpha: Float64Array, beta: Float64Array, j: number, b: number, dim: number, tolerance: number): boolean {
  const {values, vectors} = tridiagonalEigen(alpha.subarray(0, j), beta.subarray(0, j - 1));
  const order = Array.from(values, (_, i) => i).sort((x, y) => values[y] - values[x]);
  return order.slice(0, dim).every((s) => Math.abs(b * vectors[(j - 1) * j + s]) < tolerance);
}

// Full reorthogonalisation against the trivial vector and the first `count` basis vectors; a
// second pass when the first removed most of w (Kahan–Parlett: "twice is enough").
function reorthogonalise(w: Float64Array, trivial: Float64Array, V: Float64Array, count: number): void {
  const n = w.length;
  for (let pass = 0; pass < 2; ++pass) {
    const before = Math.sqrt(dot(w, w));
    orthogonalise(w, trivial);
    for (let l = 0; l < count; ++l) orthogonalise(w, V.subarray(l * n, (l + 1) * n));
    if (Math.sqrt(dot(w, w)) > 0.7 * before) return;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; ++i) s += a[i] * b[i];
  return s;
}

function orthogonalise(w: Float64Array, u: Float64Array): void {
  const p = dot(w, u);
  for (let i = 0; i < w.length; ++i) w[i] -= p * u[i];
}

function normalise(w: Float64Array): number {
  const s = Math.sqrt(dot(w, w));
  if (s > 0) for (let i = 0; i < w.length; ++i) w[i] /= s;
  return s;
}
