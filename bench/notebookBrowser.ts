/**
 * Browser benchmark of the code cells on the built site (run `npm run build` first):
 * page load to a usable editor, the first Run (worker start: library, Arquero, data), a warm Run,
 * every exercise check on a lesson, the endless-loop stop, the longest main-thread task meanwhile,
 * and the JS heap. Usage: tsx bench/notebookBrowser.ts [route=/kmeans] [runs=5]
 */
import {chromium, type Page} from "playwright-core";
import {join} from "node:path";
import {serve} from "../test/browser/server.js";
import {chromiumArgs} from "../test/browser/chromium.js";

const [route = "/kmeans", runsArg = "5"] = process.argv.slice(2);
const runs = Number(runsArg);

async function run(page: Page, id: string, code: string): Promise<number> {
  return page.evaluate(
    async ({id, code}) => {
      const cell = document.querySelector(`[data-cell="${id}"]`) as HTMLElement & {editor: {state: {doc: {length: number}}; dispatch: (t: unknown) => void}; run: () => Promise<void>};
      cell.editor.dispatch({changes: {from: 0, to: cell.editor.state.doc.length, insert: code}});
      const t = performance.now();
      await cell.run();
      return performance.now() - t;
    },
    {id, code}
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const {server, url} = await serve(join(process.cwd(), "dist"));
const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs});
try {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  await page.addInitScript(() => {
    const w = window as unknown as {__longest: number};
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({type: "longtask", buffered: true});
  });
  const t0 = Date.now();
  await page.goto(new URL(route, url).href, {waitUntil: "load"});
  const scratch = `${route.slice(1)}-scratch`;
  await page.waitForSelector(`[data-cell="${scratch}"] .cm-content`, {timeout: 60_000});
  const editorReady = Date.now() - t0;
  await page.evaluate(() => ((window as unknown as {__longest: number}).__longest = 0));
  const cold = await run(page, scratch, "1 + 1");
  const warm = [];
  for (let i = 0; i < runs; ++i) warm.push(await run(page, scratch, "kmeans(standardize(spicesX).data, {k: 3, seed: 42})"));
  const checks = await page.$$eval(".pk-exercise", (els) => els.map((e) => (e as HTMLElement).dataset.exercise));
  const checkTimes: string[] = [];
  for (const id of checks) {
    const solution = await page.evaluate((id) => document.querySelector(`#exercise-${id} .pk-solution pre`)?.textContent ?? "", id);
    const ms = await run(page, `exercise-${id}`, solution);
    const ok = await page.locator(`[data-cell="exercise-${id}"] .pk-verdict-right`).count();
    checkTimes.push(`${id} ${ms.toFixed(0)} ms${ok ? "" : " (NOT RIGHT)"}`);
  }
  const longestDuringRuns = await page.evaluate(() => (window as unknown as {__longest: number}).__longest);
  await page.evaluate(() => ((window as unknown as {__longest: number}).__longest = 0));
  const loop = await run(page, scratch, "while (true) {}");
  const longestDuringLoop = await page.evaluate(() => (window as unknown as {__longest: number}).__longest);
  const afterLoop = await run(page, scratch, "1 + 1");
  const heap = await page.evaluate(() => (performance as unknown as {memory?: {usedJSHeapSize: number}}).memory?.usedJSHeapSize ?? NaN);
  console.log(`route ${route}
page load → editor ready: ${editorReady} ms
first Run (worker start + library + Arquero + data): ${cold.toFixed(0)} ms
warm Run of kmeans(standardize(spicesX).data, {k: 3}) with its chart, median of ${runs}: ${median(warm).toFixed(0)} ms
exercise solutions, run and checked: ${checkTimes.join("; ")}
longest main-thread task during these runs: ${longestDuringRuns.toFixed(0)} ms
endless loop stopped after: ${loop.toFixed(0)} ms; longest main-thread task meanwhile: ${longestDuringLoop.toFixed(0)} ms
first Run after the stop (fresh worker): ${afterLoop.toFixed(0)} ms
page JS heap: ${(heap / 1e6).toFixed(1)} MB`);
} finally {
  await browser.close();
  server.close();
}
