// Where the main thread's time goes on /segmentation from choosing a file to the drawn result (issue
// 15): the DevTools protocol's sampling profiler on the page, the long tasks (start, duration), and the
// functions with the most self and inclusive time. Serves dist/ (run `npm run build` first).
// Usage: npx tsx bench/segmentationMainProfile.ts <file> [--out profile.cpuprofile]
import {chromium} from "playwright-core";
import {chromiumArgs} from "../test/browser/chromium.js";
import {serve} from "../test/browser/server.js";
import {writeFileSync} from "node:fs";
import {join} from "node:path";
const path = process.argv[2];
if (!path) throw new Error("usage: npx tsx bench/segmentationMainProfile.ts <file> [--out profile.cpuprofile]");
const out = process.argv.includes("--out") ? process.argv[process.argv.indexOf("--out") + 1] : null;
const {server, url} = await serve(join(process.cwd(), "dist"));
const browser = await chromium.launch({executablePath: "/usr/bin/chromium", headless: true, args: chromiumArgs});
const page = await browser.newPage({viewport: {width: 1280, height: 900}});
await page.goto(`${url}/segmentation`);
const ready = (): Promise<unknown> =>
  page.waitForFunction(() => document.querySelector(".seg-results")?.getAttribute("aria-busy") === "false" && /Done in/.test(document.querySelector(".seg-progress")?.textContent ?? "") && !document.querySelector(".seg-results [data-piece]"), undefined, {timeout: 300_000, polling: 50});
await ready();
await page.evaluate(() => {
  const w = window as unknown as {__tasks: number[][]};
  w.__tasks = [];
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) w.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({type: "longtask"});
});
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", {interval: 500});
await cdp.send("Profiler.start");
const t0 = await page.evaluate(() => performance.now());
await page.locator("input[type=file]").setInputFiles(path);
await page.waitForFunction(() => /Loaded|was not loaded/.test(document.querySelector(".seg-upload-message")?.textContent ?? ""), undefined, {timeout: 300_000, polling: 50});
await page.waitForTimeout(100);
await ready();
await page.waitForTimeout(1000);
const {profile} = await cdp.send("Profiler.stop");
if (out) writeFileSync(out, JSON.stringify(profile));
const tasks = await page.evaluate(() => (window as unknown as {__tasks: number[][]}).__tasks);
await browser.close();
server.close();

// Self and inclusive time per function (ms), from the samples' time deltas.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (id: number): string => {
  const f = byId.get(id)!.callFrame;
  return `${f.functionName || "(anonymous)"} ${f.url.split("/").at(-1)}:${f.lineNumber}`;
};
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
profile.samples!.forEach((id, i) => {
  const dt = (profile.timeDeltas![i + 1] ?? 0) / 1000;
  self.set(key(id), (self.get(key(id)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
    if (!seen.has(key(x))) inclusive.set(key(x), (inclusive.get(key(x)) ?? 0) + dt);
    seen.add(key(x));
  }
});
const top = (m: Map<string, number>, count: number): string => [...m].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, ms]) => `${Math.round(ms)} ms  ${k}`).join("\n");
process.stdout.write(`long tasks after choosing the file (start ms from then, duration ms): ${JSON.stringify(tasks.filter(([s]) => s >= t0).map(([s, d]) => [Math.round(s - t0), d]))}\n\nself time:\n${top(self, 25)}\n\ninclusive time:\n${top(inclusive, 40)}\n`);
