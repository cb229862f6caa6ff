import {describe, expect, it} from "vitest";
import {contrastSentence, segmentContrast, tQuantile975} from "../../../docs/components/segmentation/methods/segmentContrast.js";
import {profileClusters} from "../../../src/index.js";

describe("tQuantile975(df)", () => {
  // scipy.stats.t.ppf(0.975, df), Debian's python3-scipy.
  const scipy: [number, number][] = [[1, 12.706204736432095], [2, 4.302652729911275], [3, 3.182446305284263], [5, 2.5705818366147395], [10, 2.2281388519649385], [30, 2.0422724563012373], [100, 1.9839715184496334], [1000, 1.9623390808264074]];
  for (const [df, q] of scipy) it(`tQuantile975(${df}) equals scipy's t.ppf(0.975, ${df})`, () => expect(tQuantile975(df)).toBeCloseTo(q, 8));
  it("tQuantile975(0) throws", () => expect(() => tQuantile975(0)).toThrow(/at least 1/));
});

describe("segmentContrast(profile, {features})", () => {
  // Three segments; x separates them, y barely; one missing x.
  const rows = Array.from({length: 60}, (_, i) => ({x: i === 7 ? null : (i % 3) * 10 + ((i * 7) % 5), y: (i * 13) % 9}));
  const labels = rows.map((_, i) => i % 3);
  const profile = profileClusters(rows, labels, {columns: ["x", "y"]});
  const result = segmentContrast(profile, {features: ["x", "y"]});
  const brute = (name: "x" | "y", label: number) => {
    const inside = rows.filter((r, i) => labels[i] === label && r[name] !== null).map((r) => r[name] as number);
    const rest = rows.filter((r, i) => labels[i] !== label && r[name] !== null).map((r) => r[name] as number);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const ss = (v: number[]) => v.reduce((a, b) => a + (b - mean(v)) ** 2, 0);
    const pooled = Math.sqrt((ss(inside) + ss(rest)) / (inside.length + rest.length - 2));
    const half = (tQuantile975(inside.length - 1) * Math.sqrt(ss(inside) / (inside.length - 1))) / Math.sqrt(inside.length);
    return {n: inside.length, mean: mean(inside), d: (mean(inside) - mean(rest)) / pooled, low: mean(inside) - half, high: mean(inside) + half};
  };
  it("segmentContrast gives each segment's mean, 95% interval and Cohen's d against the rest as computed from the rows", () => {
    for (const seg of result.segments) {
      for (const f of seg.features) {
        const b = brute(f.name as "x" | "y", seg.label);
        expect(f.n).toBe(b.n);
        expect(f.mean).toBeCloseTo(b.mean, 10);
        expect(f.low!).toBeCloseTo(b.low, 10);
        expect(f.high!).toBeCloseTo(b.high, 10);
        expect(f.d!).toBeCloseTo(b.d, 10);
      }
    }
  });
  it("segmentContrast ranks features by η² (between-segment share of the variance) and each segment's features by |d|", () => {
    const values = rows.flatMap((r, i) => (r.x === null ? [] : [{v: r.x, l: labels[i]}]));
    const m = values.reduce((a, b) => a + b.v, 0) / values.length;
    const total = values.reduce((a, b) => a + (b.v - m) ** 2, 0);
    const between = [0, 1, 2].reduce((a, l) => {
      const g = values.filter((v) => v.l === l).map((v) => v.v);
      return a + g.length * (g.reduce((s, v) => s + v, 0) / g.length - m) ** 2;
    }, 0);
    expect(result.features[0].name).toBe("x");
    expect(result.features[0].eta2!).toBeCloseTo(between / total, 10);
    expect(result.features[1].eta2!).toBeLessThan(0.2);
    for (const seg of result.segments) expect(Math.abs(seg.features[0].d!)).toBeGreaterThanOrEqual(Math.abs(seg.features[1].d!));
  });
  it("contrastSentence(segment) states the top features with the numbers computed", () => {
    const seg = result.segments.find((s) => s.label === 2)!;
    const x = seg.features[0];
    expect(x.name).toBe("x");
    const text = contrastSentence(seg);
    expect(text.startsWith(`Segment 3 stands apart most on x (mean ${+x.mean.toPrecision(3)}, 95% interval ${+x.low!.toPrecision(3)}–${+x.high!.toPrecision(3)}; d = ${x.d!.toFixed(2)} against the rest, large), then y (`)).toBe(true);
    expect(contrastSentence({label: -1, features: []})).toBe("Noise: no feature can be compared with the rest.");
    expect(contrastSentence({label: 0, features: [{name: "z", n: 1, mean: 5, low: null, high: null, d: 0.1}]})).toBe("Segment 1 stands apart most on z (mean 5; d = 0.10 against the rest, negligible).");
  });
});
