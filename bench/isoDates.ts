// Dates at a million rows: ISO 8601 text typed as dates by parseTable (src/io/typing.ts + parseIsoDate)
// against the same column when it isn't dates, and the features derived from them in the worker
// (src/preprocessing/dateFeatures.ts). Best of `runs` on this machine, in milliseconds.
//
// Usage: npx tsx bench/isoDates.ts [rows=1000000] [runs=3]   → a Markdown table on stdout
import {performance} from "node:perf_hooks";
import {dateFeature, parseIsoDate, parseTable} from "../src/index.js";

const rows = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 3);
const dayMs = 86_400_000;
const days = Array.from({length: rows}, (_, i) => new Date(Date.UTC(2020, 0, 1) + (i % 1500) * dayMs).toISOString().slice(0, 10));
const stamps = days.map((d, i) => `${d}T${String(i % 24).padStart(2, "0")}:30:00+02:00`);

function best(run: () => unknown): number {
  let ms = Infinity;
  for (let r = 0; r < runs; ++r) {
    const t = performance.now();
    run();
    ms = Math.min(ms, performance.now() - t);
  }
  return ms;
}

const parsed = Float64Array.from(days, parseIsoDate);
const lines: [string, number][] = [
  ["parseIsoDate, YYYY-MM-DD", best(() => days.forEach(parseIsoDate))],
  ["parseIsoDate, timestamp with zone", best(() => stamps.forEach(parseIsoDate))],
  ["parseTable, a date column + a number column", best(() => parseTable(`d,x\n${days.map((d, i) => `${d},${i}`).join("\n")}`))],
  ["parseTable, the same text not dates (x2020-…)", best(() => parseTable(`d,x\n${days.map((d, i) => `x${d},${i}`).join("\n")}`))],
  ["dateFeature daysSince", best(() => dateFeature(parsed, "daysSince"))],
  ["dateFeature month", best(() => dateFeature(parsed, "month"))],
  ["dateFeature weekday", best(() => dateFeature(parsed, "weekday"))]
];
console.log(`| ${rows.toLocaleString("en-US")} rows | ms (best of ${runs}) |\n|---|---:|`);
for (const [name, ms] of lines) console.log(`| ${name} | ${ms.toFixed(0)} |`);
