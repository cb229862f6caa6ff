// Browser benchmark of the playground (a script, not a test): at 1,000 points, how long the main
// thread works when a brush stroke or a parameter change comes in, and how long until the chart
// shows the new result (the algorithm runs in a worker). Budgets from issue 16: 16 ms of script
// for k-means and DBSCAN, 50 ms for Ward and average linkage.
//
//   npm run build && npx tsx bench/browser-playground.ts          # serves dist/
//   PK_BASE_URL=http://127.0.0.1:3016 npx tsx bench/browser-playground.ts   # a running preview
//
// Per case it reports, over the events of 4 strokes (20 pointer moves each, 5 points a dab) and over
// 10 parameter changes: the synchronous script time of the event handler (edit the points, redraw,
// post to the worker) and of the redraw when the worker's answer arrives (min / median / max), the
// sum of their medians (the main thread's script per update), the input → result-drawn latency,
// the worker's own time and the longest task (PerformanceObserver "longtask", ≥ 50 ms).
import {existsSync} from "node:fs";
import {cpus, loadavg} from "node:os";
import {join} from "node:path";
import {chromium, type Page} from "playwright-core";
import {chromiumArgs} from "../test/browser/chromium.js";
import {serve} from "../test/browser/server.js";

const cases = [
  {name: "k-means, k = 3", query: "algo=kmeans&k=3", param: {label: "k (clusters)", values: [2, 3, 4, 5]}},
  {name: "DBSCAN, eps 0.5", query: "algo=dbscan&eps=0.5", param: {label: "eps (radius)", values: [0.4, 0.5, 0.6, 0.7]}},
  {name: "Ward, 3 clusters", query: "algo=hierarchical&linkage=ward&hk=3", param: {label: "Clusters", values: [2, 3, 4, 5]}},
  {name: "average, 3 clusters", query: "algo=hierarchical&linkage=average&hk=3", param: {label: "Clusters", values: [2, 3, 4, 5]}}
];

const STROKES = 4;
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const max = (v: number[]) => (v.length ? Math.max(...v) : NaN);
const min = (v: number[]) => (v.length ? Math.min(...v) : NaN);
const spread = (v: number[]) => `${f(min(v))} / ${f(median(v))} / ${f(max(v))}`;
const f = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "–");

async function idle(page: Page) {
  await page.waitForFunction(() => (document.querySelector(".pk-pg-scores")?.textContent ?? "").includes("in a worker"), null, {timeout: 60_000});
  await page.waitForTimeout(300);
}

/** Clears the page's measures, runs `act` (returns the synchronous script times), waits for the last result, and collects. */
async function measure(page: Page, act: () => Promise<number[]>) {
  await page.evaluate(() => performance.clearMeasures());
  const sync = await act();
  await page.waitForTimeout(400);
  await idle(page);
  const m = await page.evaluate(() => ({
    draws: performance.getEntriesByName("pk-pg-draw").map((e) => e.duration),
    updates: performance.getEntriesByName("pk-pg-update").map((e) => ({ms: e.duration, worker: (e as PerformanceMeasure).detail?.workerMs ?? NaN})),
    longest: (window as unknown as {__pkLongest: number}).__pkLongest
  }));
  // Draws inside the event handlers are part of `sync`; the rest are redraws on the worker's answers.
  const answerDraws = m.draws.slice(-m.updates.length);
  return {sync, answerDraws, updates: m.updates, longest: m.longest};
}

async function main() {
  let base = process.env.PK_BASE_URL;
  let close = async () => {};
  if (!base) {
    const dist = join(process.cwd(), "dist");
    if (!existsSync(join(dist, "index.html"))) throw new Error("dist/ is missing: run `npm run build` first, or set PK_BASE_URL");
    const {server, url} = await serve(dist);
    base = url;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  }
  const start = [loadavg()[0]];
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: chromiumArgs});
  const version = browser.version();
  const rows: string[] = [];
  for (const c of cases) {
    const page = await browser.newPage({viewport: {width: 1280, height: 1000}});
    // tsx (esbuild, keepNames) wraps named functions in __name(); give the page one.
    await page.addInitScript("window.__name = (f) => f;");
    await page.addInitScript(() => {
      const w = window as unknown as {__pkLongest: number};
      w.__pkLongest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__pkLongest = Math.max(w.__pkLongest, e.duration);
      }).observe({type: "longtask", buffered: true});
    });
    await page.goto(new URL(`/playground?shape=blobs&n=1000&${c.query}`, base).href, {waitUntil: "load"});
    await page.waitForSelector(".pk-pg-chart canvas", {timeout: 60_000});
    await idle(page);
    await page.evaluate(() => ((window as unknown as {__pkLongest: number}).__pkLongest = 0));
    // Brush strokes: pointer events dispatched on the canvas, each one's handler timed; each stroke
    // waits for its answer, so every stroke gives one "answer arrives" redraw.
    const strokes = [];
    for (let k = 0; k < STROKES; ++k) {
      strokes.push(await measure(page, () =>
        page.evaluate(async (k) => {
          const canvas = document.querySelector(".pk-pg-chart canvas") as HTMLCanvasElement;
          const r = canvas.getBoundingClientRect();
          const times: number[] = [];
          const fire = (type: string, i: number) => {
            const t = performance.now();
            canvas.dispatchEvent(new PointerEvent(type, {bubbles: true, button: 0, pointerId: 1, clientX: r.left + 100 + 12 * i, clientY: r.top + 120 + 40 * k + 6 * i}));
            times.push(performance.now() - t);
          };
          fire("pointerdown", 0);
          for (let i = 1; i <= 20; ++i) {
            fire("pointermove", i);
            await new Promise((resolve) => requestAnimationFrame(resolve));
          }
          fire("pointerup", 20);
          return times;
        }, k)
      ));
    }
    const stroke = {
      sync: strokes.flatMap((m) => m.sync),
      answerDraws: strokes.flatMap((m) => m.answerDraws),
      updates: strokes.flatMap((m) => m.updates),
      longest: Math.max(...strokes.map((m) => m.longest))
    };
    const points = await page.evaluate(() => document.querySelector(".pk-pg")?.getAttribute("data-points"));
    // Parameter changes: the input's value set and its input event dispatched, timed.
    const change = await measure(page, async () => {
      const times: number[] = [];
      for (let round = 0; round < 10; ++round) {
        const value = c.param.values[round % c.param.values.length];
        times.push(await page.evaluate(([label, v]) => {
          const input = Array.from(document.querySelectorAll(".pk-pg-params form")).find((form) => form.querySelector("label")?.textContent === label)?.querySelector("input[type=number]") as HTMLInputElement;
          const t = performance.now();
          input.value = String(v);
          input.dispatchEvent(new Event("input", {bubbles: true}));
          return performance.now() - t;
        }, [c.param.label, value] as [string, number]));
        await page.waitForFunction(() => performance.getEntriesByName("pk-pg-update").length > 0, null, {timeout: 30_000});
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      }
      return times;
    });
    for (const [what, m] of [["brush stroke", stroke], ["parameter change", change]] as const) {
      const latency = m.updates.map((u) => u.ms);
      rows.push(`| ${c.name} | ${what} | ${what === "brush stroke" ? `${points}` : "1,000"} | ${spread(m.sync)} | ${spread(m.answerDraws)} | ${f(median(m.sync) + median(m.answerDraws))} | ${spread(latency)} | ${f(median(m.updates.map((u) => u.worker)))} | ${m.longest ? f(m.longest) : "none ≥ 50"} |`);
    }
    await page.close();
  }
  await browser.close();
  await close();
  console.log(`Playground at 1,000 points (blobs), Chromium ${version} headless, ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, load average ${start.map((l) => l.toFixed(1)).join(" → ")} → ${loadavg()[0].toFixed(1)} (start → end).\n`);
  console.log("Times in ms as min / median / max. On a loaded machine the minimum is the closest to the undisturbed cost.\n");
  console.log("| case | input | points after | event handler script | redraw when the answer arrives | script per update (medians summed) | input → result drawn | worker fit + scores (median) | longest task |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows) console.log(r);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
