/**
 * Eigenvalues and eigenvectors of a symmetric tridiagonal matrix (diagonal `diagonal`, m values;
 * off-diagonal `offDiagonal`, m − 1 values) by the implicit QL method with Wilkinson-style shifts
 * (EISPACK's tql2, as in JAMA). `vectors` is m × m row-major with eigenvector s in column s.
 */
export function tridiagonalEigen(diagonal: ArrayLike<number>, offDiagonal: ArrayLike<number>): {values: Float64Array; vectors: Float64Array} {
  const m = diagonal.length;
  const d = Float64Array.from(diagonal);
  const e = new Float64Array(m);
  for (let i = 0; i < m - 1; ++i) e[i] = offDiagonal[i];
  const V = new Float64Array(m * m);
  for (let i = 0; i < m; ++i) V[i * m + i] = 1;
  let f = 0, tst1 = 0;
  const eps = 2 ** -52;
  for (let l = 0; l < m; ++l) {
    tst1 = Math.max(tst1, Math.abs(d[l]) + Math.abs(e[l]));
    let mm = l;
    while (mm < m && Math.abs(e[mm]) > eps * tst1) ++mm;
    if (mm >= m) mm = m - 1;
    if (mm > l) {
      for (let iter = 0; iter < 60 && Math.abs(e[l]) > eps * tst1; ++iter) {
        let g = d[l];
        let p = (d[l + 1] - g) / (2 * e[l]);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        const dl1 = d[l + 1];
        let h = g - d[l];
        for (let i = l + 2; i < m; ++i) d[i] -= h;
        f += h;
        p = d[mm];
        let c = 1, c2 = 1, c3 = 1, s = 0, s2 = 0;
        const el1 = e[l + 1];
        for (let i = mm - 1; i >= l; --i) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i];
          h = c * p;
          r = Math.hypot(p, e[i]);
          e[i + 1] = s * r;
          s = e[i] / r;
          c = p / r;
          p = c * d[i] - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]);
          for (let k = 0; k < m; ++k) {
            h = V[k * m + i + 1];
            V[k * m + i + 1] = s * V[k * m + i] + c * h;
            V[k * m + i] = c * V[k * m + i] - s * h;
          }
        }
        p = (-s * s2 * c3 * el1 * e[l]) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      }
    }
    d[l] += f;
    e[l] = 0;
  }
  return {values: d, vectors: V};
}
