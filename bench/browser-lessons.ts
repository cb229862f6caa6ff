// Browser benchmark for the lessons (issue 14): for each lesson, with Chrome's CPU throttled 4× (a
// school Chromebook) and unthrottled, how long a warm load takes until every cell has run, and how
// long moving the lesson's first slider takes until every chart of its section has been redrawn and
// painted (median and worst of 10 moves), with the longest main-thread task seen meanwhile.
//
//   npx tsx bench/browser-lessons.ts                     # builds dist/ if missing, serves it
//   PK_BASE_URL=http://127.0.0.1:3014 npx tsx bench/browser-lessons.ts   # a running preview
//   npx tsx bench/browser-lessons.ts --only /kmeans,/pca --moves 10
//   npx tsx bench/browser-lessons.ts --dist /tmp/dist-before   # another build, to compare before/after
//
// A script, not a test: it prints figures and asserts nothing. Targets: throttled, a section within
// 100 ms (median) and a warm load under 2 s; unthrottled, a section within 50 ms.
import {loadavg} from "node:os";
import {chromium} from "playwright-core";
import {chromiumArgs} from "../test/browser/chromium.js";
import {arg, LESSONS, load, median, move, site} from "./lessonPage.js";


async function main(): Promise<void> {
  const moves = Number(arg("moves") ?? 10);
  const only = arg("only")?.split(",");
  const {base, close} = await site();
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: chromiumArgs});
  const rows: string[] = [];
  const loadAverage = () => loadavg().map((l) => l.toFixed(1)).join(", ");
  const loadBefore = loadAverage();
  console.error(`Load average ${loadBefore}; rows as they are measured (the table follows at the end):`);
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
  console.log(`Lessons in Chromium (${new Date().toISOString().slice(0, 10)}), ${moves} moves each, 1280×900, against ${process.env.PK_BASE_URL ? "a preview server" : `the built site (${arg("dist") ?? "dist/"})`}; load average ${loadBefore} at the start, ${loadAverage()} at the end (1, 5 and 15 minutes):\n`);
  console.log("| CPU | lesson | slider moved | section redrawn, median (ms) | worst (ms) | longest task (ms) | warm load (ms) | JS heap (MB) |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const row of rows) console.log(row);
  console.log("\nTargets: 4× throttled, median ≤ 100 ms and warm load < 2000 ms; unthrottled, median ≤ 50 ms.");
}

await main();
