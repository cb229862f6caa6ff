// Wall-clock timing and the few formatting helpers every section's table needs.
import {performance} from "node:perf_hooks";

/** Options of {@link time}. */
export interface TimeOptions {
  /** Number of timed runs; the median is reported. Defaults to 3; use 1 for slow cases. */
  repeats?: number;
}

/**
 * Runs `fn` `repeats` times and returns the median wall-clock time in seconds and the value of
 * the last run. Only `fn` is timed: prepare the input (and convert it for a peer) outside it.
 */
export function time<T>(fn: () => T, {repeats = 3}: TimeOptions = {}): {seconds: number; value: T} {
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`repeats = ${repeats}; must be a positive integer`);
  const times: number[] = [];
  let value!: T;
  for (let r = 0; r < repeats; ++r) {
    const t0 = performance.now();
    value = fn();
    times.push((performance.now() - t0) / 1000);
  }
  return {seconds: median(times), value};
}

/** {@link time} for a function returning a promise (e.g. a worker-based peer). */
export async function timeAsync<T>(fn: () => Promise<T>, {repeats = 3}: TimeOptions = {}): Promise<{seconds: number; value: T}> {
  if (!Number.isInteger(repeats) || repeats < 1) throw new RangeError(`repeats = ${repeats}; must be a positive integer`);
  const times: number[] = [];
  let value!: T;
  for (let r = 0; r < repeats; ++r) {
    const t0 = performance.now();
    value = await fn();
    times.push((performance.now() - t0) / 1000);
  }
  return {seconds: median(times), value};
}

/** A duration for a table: "840 µs", "12.3 ms", "1.62 s"; "–" for null/undefined. */
export function formatSeconds(s: number | null | undefined): string {
  if (s === null || s === undefined || !Number.isFinite(s)) return "–";
  if (s < 1e-3) return `${(s * 1e6).toPrecision(3)} µs`;
  if (s < 1) return `${(s * 1e3).toPrecision(3)} ms`;
  return `${s.toPrecision(3)} s`;
}

/** A ratio a ÷ b for a table: "3.2×", "0.45×"; "–" when either side is missing. */
export function formatRatio(a: number | null | undefined, b: number | null | undefined): string {
  if (a === null || a === undefined || b === null || b === undefined || !(b > 0) || !Number.isFinite(a)) return "–";
  const r = a / b;
  return `${r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(1) : r.toPrecision(2)}×`;
}

/** A row count with thousands separators: 10000 → "10,000". */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** A Markdown table; numeric-looking columns are right-aligned. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const align = header.map((_, j) => (rows.length > 0 && rows.every((r) => /^[-–\d.,]/.test(String(r[j] ?? ""))) ? "---:" : "---"));
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(header), line(align), ...rows.map(line)].join("\n");
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
