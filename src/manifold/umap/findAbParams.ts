/**
 * The a, b of the map's similarity curve 1 / (1 + a·x^(2b)), fitted as umap-learn's
 * `find_ab_params`: least squares against the target exp(−(x − minDist) / spread) (1 below
 * minDist) at 300 points evenly spaced in [0, 3·spread], by Levenberg–Marquardt from a = b = 1
 * (scipy's `curve_fit` default). For minDist = 0.1, spread = 1 it gives a ≈ 1.577, b ≈ 0.895.
 */
export function findAbParams(spread: number, minDist: number): {a: number; b: number} {
  const m = 300;
  const x = new Float64Array(m), y = new Float64Array(m);
  for (let i = 0; i < m; ++i) {
    x[i] = (3 * spread * i) / (m - 1);
    y[i] = x[i] < minDist ? 1 : Math.exp(-(x[i] - minDist) / spread);
  }
  const cost = (a: number, b: number): number => {
    let s = 0;
    for (let i = 0; i < m; ++i) s += (1 / (1 + a * x[i] ** (2 * b)) - y[i]) ** 2;
    return s;
  };
  let a = 1, b = 1, lambda = 1e-3;
  let current = cost(a, b);
  for (let it = 0; it < 200; ++it) {
    // Normal equations JᵀJ δ = −Jᵀr with analytic derivatives of f = 1 / (1 + a·x^(2b)).
    let jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0;
    for (let i = 0; i < m; ++i) {
      if (x[i] === 0) continue; // f = 1 whatever a, b: no gradient
      const p = x[i] ** (2 * b), f = 1 / (1 + a * p), r = f - y[i];
      const da = -p * f * f, db = -a * p * 2 * Math.log(x[i]) * f * f;
      jaa += da * da;
      jab += da * db;
      jbb += db * db;
      ga += da * r;
      gb += db * r;
    }
    let improved = false;
    while (lambda < 1e12) {
      const A = jaa * (1 + lambda), B = jbb * (1 + lambda), det = A * B - jab * jab;
      const sa = (-ga * B + gb * jab) / det, sb = (-gb * A + ga * jab) / det;
      const next = cost(a + sa, b + sb);
      if (Number.isFinite(next) && next < current) {
        const step = Math.abs(sa) + Math.abs(sb);
        a += sa;
        b += sb;
        const gain = current - next;
        current = next;
        lambda = Math.max(lambda / 10, 1e-12);
        improved = step > 1e-12 && gain > 1e-15 * current;
        break;
      }
      lambda *= 10;
    }
    if (!improved) break;
  }
  return {a, b};
}
