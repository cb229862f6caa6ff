// CSV parsing at 1,000,000 rows × 9 columns (~57 MB): our scanner (src/io/delimited.ts) against the
// splitter it replaced, d3-dsv and Arquero's fromCSV, each to typed columns where it can. Each method
// runs in its own Node process (so heaps don't mix): time to parse, and memory held by the result.
//
// Usage: npx tsx bench/csvParse.ts [rows] [runs]   → a Markdown table on stdout (figures in bench/README.md)
import {execFileSync} from "node:child_process";
import {performance} from "node:perf_hooks";
import {fileURLToPath} from "node:url";
import {csvParse, csvParseRows, autoType} from "d3-dsv";
import * as aq from "arquero";
import {ColumnTyper, classifyString, parseTable} from "../src/index.js";
import {benchCsv} from "./io/millionRows.js";
import {legacyParseDelimited} from "./io/legacyParseDelimited.js";

const methods: Record<string, {label: string; run: (text: string) => unknown}> = {
  ours: {label: "ours: parseTable (field offsets, typed from the text)", run: (text) => parseTable(text)},
  legacy: {
    label: "before: parseDelimited rows of strings, then typed",
    run: (text) => typeRows(legacyParseDelimited(text, ",").rows)
  },
  d3rows: {label: "d3-dsv csvParseRows, then typed", run: (text) => typeRows(csvParseRows(text))},
  d3auto: {label: "d3-dsv csvParse + autoType (row objects)", run: (text) => csvParse(text, autoType)},
  arquero: {label: "Arquero fromCSV (columns, autoType)", run: (text) => aq.fromCSV(text)}
};

/** Rows of string fields (header first) typed into columns the way parseTable types them. */
function typeRows(rows: string[][]): unknown {
  const [header, ...body] = rows;
  return header.map((name, j) => {
    const typer = new ColumnTyper(body.length);
    for (let i = 0; i < body.length; ++i) typer.add(i, classifyString(body[i][j]));
    return typer.finish(name, (i) => body[i][j], []);
  });
}

function heap(): number {
  (globalThis as {gc?: () => void}).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

if (process.argv[2] === "--child") {
  const [, , , method, rowsArg] = process.argv;
  const text = benchCsv(Number(rowsArg));
  const before = heap();
  const t0 = performance.now();
  const result = methods[method].run(text);
  const seconds = (performance.now() - t0) / 1000;
  const held = heap() - before;
  process.stdout.write(JSON.stringify({seconds, held, keep: result ? 1 : 0}));
} else {
  const rows = Number(process.argv[2] ?? 1_000_000);
  const repeats = Number(process.argv[3] ?? 3);
  const bytes = benchCsv(rows).length;
  const self = fileURLToPath(import.meta.url);
  const lines = [`${rows.toLocaleString("en-US")} rows × 9 columns, ${(bytes / 1024 / 1024).toFixed(1)} MB of CSV; median of ${repeats} run${repeats === 1 ? "" : "s"}, each in a fresh process; load average ${(await import("node:os")).loadavg().map((x) => x.toFixed(1)).join(", ")} on 2 cores.`, "", "| method | parse | memory held by the result |", "| --- | ---: | ---: |"];
  for (const [key, {label}] of Object.entries(methods)) {
    const runs = Array.from({length: repeats}, () => JSON.parse(execFileSync("npx", ["tsx", "--expose-gc", self, "--child", key, String(rows)], {encoding: "utf8", maxBuffer: 1 << 20, env: {...process.env, NODE_OPTIONS: "--max-old-space-size=8000"}})) as {seconds: number; held: number});
    runs.sort((a, b) => a.seconds - b.seconds);
    const m = runs[runs.length >> 1];
    lines.push(`| ${label} | ${m.seconds.toFixed(2)} s | ${(m.held / 1024 / 1024).toFixed(0)} MB |`);
    process.stderr.write(`${key}: ${m.seconds.toFixed(2)} s\n`);
  }
  process.stdout.write(lines.join("\n") + "\n");
}
