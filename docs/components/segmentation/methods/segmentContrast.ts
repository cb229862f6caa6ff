// "What sets a segment apart" (issue 18): from a result's profile (per segment and numeric column:
// count, mean and population std), each segment's mean with a 95% interval (Student's t), each
// feature's η² (share of its variance between segments) and each segment's Cohen's d against the
// rest of the rows, with the sentence the page shows. No row is read: the sums come from the profile.

/** The per-column summary a profile gives (src/explain/profileClusters.ts). */
export interface ColumnSummary {
  mean: number | null;
  /** Population standard deviation. */
  std: number | null;
  missing: number;
}

/** The profile fields used here. */
export interface ProfileInput {
  clusters: {label: number; size: number; numeric: Record<string, ColumnSummary>}[];
}

export interface SegmentFeature {
  name: string;
  n: number;
  mean: number;
  /** 95% interval of the mean (t with n − 1 degrees of freedom); null below 2 values. */
  low: number | null;
  high: number | null;
  /** Cohen's d against every other row (pooled standard deviation); null when undefined. */
  d: number | null;
}

export interface SegmentContrast {
  /** Features by η² (largest first). */
  features: {name: string; eta2: number | null}[];
  /** Per segment, its features by |d| (largest first). */
  segments: {label: number; features: SegmentFeature[]}[];
}

/** Student's t CDF for t ≥ 0 by the regularised incomplete beta function (continued fraction). */
function tCdf(t: number, df: number): number {
  const x = df / (df + t * t);
  return 1 - 0.5 * incompleteBeta(x, df / 2, 0.5);
}

function logGamma(z: number): number {
  const c = [676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
  z -= 1;
  let a = 0.99999999999980993;
  const t = z + 7.5;
  for (let i = 0; i < 8; ++i) a += c[i] / (z + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  // Lentz's continued fraction (Numerical Recipes' betacf).
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = Math.abs(d) < 1e-300 ? 1e-300 : d;
  d = 1 / d;
  let f = d;
  for (let m = 1; m <= 300; ++m) {
    for (const num of [(m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)), -((a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))]) {
      d = 1 + num * d;
      d = Math.abs(d) < 1e-300 ? 1e-300 : d;
      c = 1 + num / c;
      c = Math.abs(c) < 1e-300 ? 1e-300 : c;
      d = 1 / d;
      f *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return (front * f) / a;
}

/** The 0.975 quantile of Student's t with `df` degrees of freedom (bisection on the CDF, 1e-12). */
export function tQuantile975(df: number): number {
  if (!(df >= 1)) throw new RangeError(`tQuantile975: ${df} degrees of freedom; at least 1 is needed`);
  let lo = 0;
  let hi = 20;
  while (tCdf(hi, df) < 0.975) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * hi; ++i) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < 0.975) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Means with 95% intervals, η² per feature and Cohen's d per segment and feature, from a profile. */
export function segmentContrast(profile: ProfileInput, {features}: {features: string[]}): SegmentContrast {
  const eta: {name: string; eta2: number | null}[] = [];
  const perSegment = new Map(profile.clusters.map((c) => [c.label, [] as SegmentFeature[]]));
  for (const name of features) {
    const groups = profile.clusters.flatMap((c) => {
      const s = c.numeric[name];
      const n = c.size - (s?.missing ?? c.size);
      return s && n > 0 && s.mean !== null && s.std !== null ? [{label: c.label, n, mean: s.mean, ss: n * s.std * s.std}] : [];
    });
    const N = groups.reduce((a, g) => a + g.n, 0);
    if (N === 0) continue;
    const M = groups.reduce((a, g) => a + g.n * g.mean, 0) / N;
    const between = groups.reduce((a, g) => a + g.n * (g.mean - M) ** 2, 0);
    const total = between + groups.reduce((a, g) => a + g.ss, 0);
    eta.push({name, eta2: total > 0 ? between / total : null});
    for (const g of groups) {
      const sd = g.n > 1 ? Math.sqrt(g.ss / (g.n - 1)) : null;
      const half = sd === null ? null : (tQuantile975(g.n - 1) * sd) / Math.sqrt(g.n);
      const nRest = N - g.n;
      let d: number | null = null;
      if (nRest > 0 && N > 2) {
        const restMean = (N * M - g.n * g.mean) / nRest;
        const ssRest = total - g.ss - g.n * (g.mean - M) ** 2 - nRest * (restMean - M) ** 2;
        const pooled = Math.sqrt(Math.max(0, g.ss + ssRest) / (N - 2));
        d = pooled > 0 ? (g.mean - restMean) / pooled : null;
      }
      perSegment.get(g.label)!.push({name, n: g.n, mean: g.mean, low: half === null ? null : g.mean - half, high: half === null ? null : g.mean + half, d});
    }
  }
  eta.sort((a, b) => (b.eta2 ?? -1) - (a.eta2 ?? -1));
  const segments = [...perSegment].map(([label, list]) => ({label, features: list.sort((a, b) => Math.abs(b.d ?? 0) - Math.abs(a.d ?? 0))}));
  return {features: eta, segments};
}

const num = (x: number): string => (Math.abs(x) >= 1000 ? Math.round(x).toLocaleString("en-US") : (+x.toPrecision(3)).toString());

/** "Segment 2 stands apart on spend (mean 81.2, 95% interval 79.9–82.5; d = 2.10 against the rest), then visits (…)." */
export function contrastSentence(segment: {label: number; features: SegmentFeature[]}, {top = 2}: {top?: number} = {}): string {
  const who = segment.label === -1 ? "Noise" : `Segment ${segment.label + 1}`;
  const shown = segment.features.filter((f) => f.d !== null).slice(0, top);
  if (shown.length === 0) return `${who}: no feature can be compared with the rest.`;
  const part = (f: SegmentFeature) => `${f.name} (mean ${num(f.mean)}${f.low === null ? "" : `, 95% interval ${num(f.low)}–${num(f.high!)}`}; d = ${f.d!.toFixed(2)} against the rest, ${Math.abs(f.d!) >= 0.8 ? "large" : Math.abs(f.d!) >= 0.5 ? "medium" : Math.abs(f.d!) >= 0.2 ? "small" : "negligible"})`;
  return `${who} stands apart most on ${part(shown[0])}${shown.length > 1 ? `, then ${part(shown[1])}` : ""}.`;
}
