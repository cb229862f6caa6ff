// Browser benchmark of /segmentation (issue 15): for each size and format of the benchmark table
// (bench/io/millionRows.ts: n rows × 8 numeric + 1 text column), upload it, wait for the analysis
// (k-means, k = 4, the page's defaults) to be drawn, and report: load s (choosing the file → "Loaded"),
// analysis s ("Loaded" → result drawn, every chart piece included), the longest main-thread task, and the tab's memory (peak RSS
// of the tab's renderer process), and the tab's CPU time over both (page and workers, all threads:
// less dependent on what else the machine runs than the wall times). A script, not a test: it prints a Markdown table.
//
// Usage: npx tsx bench/browser-segmentation.ts [--rows 10000,100000,1000000] [--formats csv,parquet] [--base URL]
// Without --base it serves dist/ (run `npm run build` first).
import {chromium, type Browser} from "playwright-core";
import {readFileSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {chromiumArgs} from "../test/browser/chromium.js";
import {serve} from "../test/browser/server.js";
import {writeBenchFiles} from "./io/writeBenchFiles.js";

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg("rows", "10000,100000,1000000").split(",").map(Number);
const formats = arg("formats", "csv,parquet").split(",") as ("csv" | "parquet")[];

/** CPU seconds (user + system, every thread: the page and its workers) used so far by the renderer process with the most resident memory under `root`, the tab's. */
function rendererCpu(root: number): number {
  const pid = tabPid(root);
  if (pid === null) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 per second)
}

function tabPid(root: number): number | null {
  let best: number | null = null;
  let rss = -1;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, "utf8").includes("--type=renderer") || !descends(Number(entry), root)) continue;
      const r = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1] ?? 0);
      if (r > rss) [best, rss] = [Number(entry), r];
    } catch {
      // The process ended while we read it.
    }
  }
  return best;
}

function descends(pid: number, root: number): boolean {
  for (let p = pid, guard = 0; p > 1 && guard < 50; ++guard) {
    if (p === root) return true;
    p = Number(readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1].split(" ")[1]);
  }
  return false;
}

/** Resident memory (bytes) of the largest renderer process under `root`: the tab's, where the page and its workers live (the others are spare or utility renderers). */
function rendererRss(root: number): number {
  const children = new Map<number, number[]>();
  const info = new Map<number, {cmd: string; rss: number}>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const cmd = readFileSync(`/proc/${entry}/cmdline`, "utf8");
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, "utf8"))?.[1] ?? 0) * 1024;
      const pid = Number(entry);
      info.set(pid, {cmd, rss});
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we read it.
    }
  }
  let total = 0;
  const walk = (pid: number): void => {
    for (const child of children.get(pid) ?? []) {
      if (info.get(child)?.cmd.includes("--type=renderer")) total = Math.max(total, info.get(child)!.rss);
      walk(child);
    }
  };
  walk(root);
  return total;
}

async function run(browser: Browser, base: string, path: string): Promise<{load: number; analysis: number; longest: number; memory: number; cpu: number}> {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}/segmentation`);
  const ready = (): Promise<unknown> =>
    page.waitForFunction(() => document.querySelector(".seg-results")?.getAttribute("aria-busy") === "false" && /Done in/.test(document.querySelector(".seg-progress")?.textContent ?? "") && !document.querySelector(".seg-results [data-piece]"), undefined, {timeout: 300_000, polling: 50});
  await ready();
  await page.evaluate(() => {
    const w = window as unknown as {__longest: number};
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({type: "longtask"});
  });
  // Chromium is this process's child: its renderers are among our descendants.
  const pid = process.pid;
  let memory = rendererRss(pid);
  const sampler = setInterval(() => (memory = Math.max(memory, rendererRss(pid))), 250);
  const cpu0 = rendererCpu(pid);
  const t0 = performance.now();
  await page.locator("input[type=file]").setInputFiles(path);
  await page.waitForFunction(() => /Loaded|was not loaded/.test(document.querySelector(".seg-upload-message")?.textContent ?? ""), undefined, {timeout: 300_000, polling: 50});
  const t1 = performance.now();
  const message = (await page.locator(".seg-upload-message").textContent()) ?? "";
  if (!/Loaded/.test(message)) throw new Error(message);
  await page.waitForTimeout(100);
  await ready();
  const t2 = performance.now();
  const cpu = rendererCpu(pid) - cpu0;
  clearInterval(sampler);
  const longest = await page.evaluate(() => (window as unknown as {__longest: number}).__longest);
  if (errors.length) throw new Error(errors.join("; "));
  await page.close();
  return {load: (t1 - t0) / 1000, analysis: (t2 - t1) / 1000, longest, memory, cpu};
}

const {server, url} = process.argv.includes("--base") ? {server: null, url: arg("base", "")} : await serve(join(process.cwd(), "dist"));
const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: chromiumArgs});
const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(", ");
const lines = [`Chromium headless, ${new Date().toISOString().slice(0, 16)} UTC, load average at start ${load} (2 cores)`, "", "| rows | format | file | load | analysis (k-means k = 4) | longest main-thread task | tab memory (peak RSS) | tab CPU time |", "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"];
try {
  for (const n of sizes) {
    const files = writeBenchFiles("/tmp/pk-bench", n);
    for (const format of formats) {
      const path = files[format];
      const r = await run(browser, url, path);
      const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(0)} MB`;
      const line = `| ${n.toLocaleString("en-US")} | ${format} | ${(statSync(path).size / 1024 / 1024).toFixed(1)} MB | ${r.load.toFixed(2)} s | ${r.analysis.toFixed(2)} s | ${Math.round(r.longest)} ms | ${mb(r.memory)} | ${r.cpu.toFixed(1)} s |`;
      lines.push(line);
      process.stderr.write(line + "\n");
    }
  }
} finally {
  await browser.close();
  server?.close();
}
process.stdout.write(lines.join("\n") + "\n");
