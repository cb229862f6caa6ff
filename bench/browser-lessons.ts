// Browser benchmark for the lessons (issue 14): for each lesson, with Chrome's CPU throttled 4× (a
// school Chromebook) and unthrottled, how long a warm load takes until every cell has run, and how
// long moving the lesson's first slider takes until every chart of its section has been redrawn and
// painted (median and worst of 10 moves), with the longest main-thread task seen meanwhile.
//
//   npx tsx bench/browser-lessons.ts                     # builds dist/ if missing, serves it
//   PK_BASE_URL=http://127.0.0.1:3014 npx tsx bench/browser-lessons.ts   # a running preview
//   npx tsx bench/browser-lessons.ts --only /kmeans,/pca --moves 10
//
// A script, not a test: it prints figures and asserts nothing. Targets: throttled, a section within
// 100 ms (median) and a warm load under 2 s; unthrottled, a section within 50 ms.
import {execSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";
import {chromium, type Page} from "playwright-core";
import {chromiumArgs} from "../test/browser/chromium.js";
import {serve} from "../test/browser/server.js";

interface Lesson {
  path: string;
  /** The label of the slider moved, and the values it is moved between. */
  slider: string;
  values: number[];
}

const LESSONS: Lesson[] = [
  {path: "/", slider: "Groups (k)", values: [4, 3]},
  {path: "/kmeans", slider: "Clusters (k)", values: [4, 3]},
  {path: "/hierarchical", slider: "Clusters (k)", values: [4, 3]},
  {path: "/pca", slider: "Axis angle (°)", values: [40, 20]},
  {path: "/pca", slider: "Components kept", values: [3, 2]},
  {path: "/dbscan", slider: "eps (standardized units)", values: [0.6, 0.8]}
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Navigates and returns ms from navigation start until no cell is pending and the page has been quiet 300 ms (minus those 300 ms). */
async function load(page: Page, url: string): Promise<number> {
  await page.goto(url, {waitUntil: "commit"});
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = performance.now();
        new MutationObserver(() => (last = performance.now())).observe(document.documentElement, {childList: true, subtree: true, attributes: true, characterData: true});
        const check = () => {
          const pending = document.readyState !== "complete" || document.querySelectorAll("observablehq-loading, .observablehq--loading").length > 0;
          if (!pending && performance.now() - last > 300) resolve(last);
          else setTimeout(check, 20);
        };
        check();
      })
  );
}

/**
 * Moves the slider labelled `label` to `value` and measures until every chart (svg) of its `##`
 * section has stopped changing: the time of the first frame painted after the last change.
 */
async function move(page: Page, label: string, value: number): Promise<{ms: number; longTask: number}> {
  return page.evaluate(
    async ({label, value}) => {
      const form = Array.from(document.querySelectorAll("#observablehq-main form")).find((f) => f.querySelector("label")?.textContent?.trim() === label);
      if (!form) throw new Error(`no slider labelled ${label}`);
      const input = form.querySelector("input[type=number]") as HTMLInputElement;
      // As a reader would: the slider at the top of the screen (charts far off screen are drawn when idle).
      if (Math.abs(form.getBoundingClientRect().top - 80) > 40) {
        window.scrollTo(0, window.scrollY + form.getBoundingClientRect().top - 80);
        await new Promise((resolve) => setTimeout(resolve, 600));
      }
      // The section: main's children from the h2 before the slider's cell to the next h2.
      const main = document.querySelector("#observablehq-main")!;
      let top: Element = form;
      while (top.parentElement && top.parentElement !== main) top = top.parentElement;
      const section: Element[] = [];
      for (let el: Element | null = top; el && el.tagName !== "H2"; el = el.previousElementSibling) section.unshift(el);
      for (let el = top.nextElementSibling; el && el.tagName !== "H2"; el = el.nextElementSibling) section.push(el);
      const inSection = (node: Node) => section.some((el) => el === node || el.contains(node));
      let longTask = 0;
      const tasks = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longTask = Math.max(longTask, e.duration);
      });
      tasks.observe({type: "longtask"});
      let lastChange = -1;
      const charts = new MutationObserver((records) => {
        if (records.some((r) => inSection(r.target) && (r.target instanceof SVGElement || (r.target as Element).querySelector?.("svg") || Array.from(r.addedNodes).some((n) => n instanceof SVGElement || (n as Element).querySelector?.("svg")))))
          lastChange = performance.now();
      });
      charts.observe(main, {childList: true, subtree: true, attributes: true});
      const frames: number[] = [];
      let running = true;
      const tick = (t: number) => {
        frames.push(t);
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      const t0 = performance.now();
      input.value = String(value);
      input.dispatchEvent(new Event("input", {bubbles: true}));
      // Quiet for 400 ms after the last chart change (or no change at all within 3 s).
      await new Promise<void>((resolve) => {
        const check = () => {
          const now = performance.now();
          if ((lastChange > 0 && now - lastChange > 400) || (lastChange < 0 && now - t0 > 3000)) resolve();
          else setTimeout(check, 25);
        };
        check();
      });
      running = false;
      charts.disconnect();
      tasks.disconnect();
      if (lastChange < 0) throw new Error(`moving ${label} changed no chart of its section`);
      const painted = frames.find((f) => f >= lastChange) ?? lastChange;
      return {ms: painted - t0, longTask};
    },
    {label, value}
  );
}

async function main(): Promise<void> {
  const moves = Number(arg("moves") ?? 10);
  const only = arg("only")?.split(",");
  let base = process.env.PK_BASE_URL;
  let close = async () => {};
  if (!base) {
    const dist = join(process.cwd(), "dist");
    if (!existsSync(join(dist, "index.html"))) execSync("npm run build", {stdio: ["ignore", "ignore", "inherit"]});
    const {server, url} = await serve(dist);
    base = url;
    close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  }
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: chromiumArgs});
  const rows: string[] = [];
  try {
    for (const throttle of [4, 1]) {
      for (const lesson of LESSONS.filter((l) => !only || only.includes(l.path))) {
        const context = await browser.newContext({viewport: {width: 1280, height: 900}});
        // tsx compiles with esbuild's keepNames, whose __name helper the evaluated functions then call.
        await context.addInitScript({content: "window.__name = (f) => f;"});
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        const url = new URL(lesson.path, base).href;
        await load(page, url); // cold: fills the HTTP cache (and the service worker's, in a built site)
        await cdp.send("Emulation.setCPUThrottlingRate", {rate: throttle});
        const loads: number[] = [];
        for (let i = 0; i < 3; ++i) loads.push(await load(page, url));
        const times: number[] = [];
        let longest = 0;
        for (let i = 0; i < moves; ++i) {
          const {ms, longTask} = await move(page, lesson.slider, lesson.values[i % lesson.values.length]);
          times.push(ms);
          longest = Math.max(longest, longTask);
        }
        const heap = await cdp.send("Runtime.getHeapUsage");
        const row = `| ${throttle}× | ${lesson.path} | ${lesson.slider} | ${median(times).toFixed(0)} | ${Math.max(...times).toFixed(0)} | ${longest.toFixed(0)} | ${median(loads).toFixed(0)} | ${(heap.usedSize / 1e6).toFixed(1)} |`;
        rows.push(row);
        console.error(row);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await close();
  }
  console.log(`Lessons in Chromium (${new Date().toISOString().slice(0, 10)}), ${moves} moves each, 1280×900, against ${process.env.PK_BASE_URL ? "a preview server" : "the built site"}:\n`);
  console.log("| CPU | lesson | slider moved | section redrawn, median (ms) | worst (ms) | longest task (ms) | warm load (ms) | JS heap (MB) |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  console.log("\nTargets: 4× throttled, median ≤ 100 ms and warm load < 2000 ms; unthrottled, median ≤ 50 ms.");
}

await main();
