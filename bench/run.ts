// Runs every benchmark section in order and writes the Markdown report: `npm run bench [-- --quick] [-- --only kmeans,pca]`.
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {cpus, loadavg, platform, release, totalmem} from "node:os";
import {dirname, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {pythonVersions} from "./python.js";
import {rVersions} from "./r.js";
import {formatSeconds} from "./time.js";

type Section = {bench: (options: {quick: boolean}) => Promise<string>};

const SECTIONS = ["kmeans", "hierarchical", "pca", "dbscan", "metrics", "mixture", "hdbscan", "kmedoids", "umap", "applyModel"] as const;

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = optionValue("--only")?.split(",").map((s) => s.trim()).filter(Boolean);
const out = optionValue("--out");
if (only) {
  const unknown = only.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new RangeError(`--only: unknown section ${unknown.join(", ")}; sections are ${SECTIONS.join(", ")}`);
}
// A full run writes bench/RESULTS.md; quick or partial runs go to bench/out/ (ignored by git) so they never overwrite it.
const target = out
  ? resolve(process.cwd(), out)
  : fileURLToPath(new URL(quick ? "./out/RESULTS-quick.md" : only ? "./out/RESULTS-partial.md" : "./RESULTS.md", import.meta.url));

function optionValue(flag: string): string | undefined {
  const i = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
  if (i < 0) return undefined;
  return args[i].includes("=") ? args[i].slice(flag.length + 1) : args[i + 1];
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function main(): Promise<void> {
  const started = Date.now();
  const py = pythonVersions();
  const rv = rVersions();
  const cpu = cpus();
  const header = [
    `# Benchmark results${quick ? " (quick: smallest sizes only)" : ""}`,
    "",
    `- Date: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    `- Machine: ${cpu[0]?.model.trim() ?? "unknown CPU"} × ${cpu.length} logical cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()} ${release()}`,
    `- Node ${process.version}; ${
      py ? `Python ${py.python} with scikit-learn ${py.sklearn}, scipy ${py.scipy}, numpy ${py.numpy}` : "scikit-learn not available (reference columns are empty)"
    }${rv ? `; R ${rv.R} with dbscan ${rv.dbscan}` : ""}`,
    `- Load average at start (1, 5, 15 min): ${loadavg().map((x) => x.toFixed(1)).join(", ")} on ${cpu.length} cores${loadavg()[0] > cpu.length ? " — the machine was busy: timings are inflated and noisy" : ""}`,
    "- Data: seeded Gaussian blobs (4 centres, cluster std 1, columns z-scored; `bench/data.ts`), identical float64 values on both sides.",
    "- Only the fit is timed (median of 3 runs unless a section says otherwise); npm peers run in this same Node process, scikit-learn/scipy in `/usr/bin/python3`.",
    ""
  ];
  const parts: string[] = [];
  for (const name of SECTIONS) {
    if (only && !only.includes(name)) continue;
    const file = new URL(`./${name}.ts`, import.meta.url);
    if (!existsSync(file)) {
      log(`${name}: bench/${name}.ts does not exist yet; skipped`);
      parts.push(`## ${name}\n\nNot run: \`bench/${name}.ts\` does not exist yet.\n`);
      continue;
    }
    log(`${name}: running${quick ? " (quick)" : ""}…`);
    const t0 = Date.now();
    try {
      const section = (await import(`./${name}.js`)) as Section;
      if (typeof section.bench !== "function") throw new TypeError(`bench/${name}.ts does not export bench({quick})`);
      parts.push((await section.bench({quick})).trim() + "\n");
      log(`${name}: done in ${formatSeconds((Date.now() - t0) / 1000)}`);
    } catch (error) {
      const message = error instanceof Error ? error.stack ?? error.message : String(error);
      log(`${name}: FAILED after ${formatSeconds((Date.now() - t0) / 1000)}\n${message}`);
      parts.push(`## ${name}\n\nFailed: \`${(error instanceof Error ? error.message : String(error)).replace(/`/g, "'")}\`\n`);
    }
  }
  const report = [
    ...header,
    ...parts,
    `_Total benchmark time: ${formatSeconds((Date.now() - started) / 1000)}; load average at the end: ${loadavg().map((x) => x.toFixed(1)).join(", ")}._`,
    ""
  ].join("\n");
  mkdirSync(dirname(target), {recursive: true});
  writeFileSync(target, report);
  log(`wrote ${target}`);
}

await main();
