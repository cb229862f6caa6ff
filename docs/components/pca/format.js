// Number formatting shared by the PCA page and its charts (true minus signs, fixed decimals).
export function fixed(x, digits = 2) {
  const s = Math.abs(x).toFixed(digits);
  return Number(s) === 0 ? s : `${x < 0 ? "−" : ""}${s}`;
}

export function pct(x, digits = 1) {
  return `${(100 * x).toFixed(digits)}%`;
}
