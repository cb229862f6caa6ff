// Browser benchmark of /segmentation's map of the rows (issue 18): for the sample (1,000 rows, drawn
// at once) and uploaded tables of n rows × 3 numeric columns (drawn on request), the time from the
// result (or the button) to the map drawn, and the longest main-thread task meanwhile (the map is fitted
// in its own worker; the page only draws at most 5,000 points). A script, not a test.
//
// Usage: npx tsx bench/browser-segmentation-map.ts [--base http://127.0.0.1:PORT] [--rows 10000,100000]
// Without --base it serves dist/ (run `npm run build` first).
import {join} from "node:path";
import {chromium, type Page} from "playwright-core";
import {chromiumArgs} from "../test/browser/chromium.js";
import {serve} from "../test/browser/server.js";

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const {server, url: base} = process.argv.includes("--base") ? {server: null, url: arg("base", "")} : await serve(join(process.cwd(), "dist"));
const sizes = arg("rows", "10000,100000").split(",").map(Number);

function table(n: number): string {
  const lines = ["a,b,c"];
  for (let i = 0; i < n; ++i) {
    const g = i % 4;
    lines.push(`${g * 5 + ((i * 7919) % 1000) / 200},${(g % 2) * 6 + ((i * 104729) % 1000) / 250},${((i * 15485863) % 1000) / 100}`);
  }
  return lines.join("\n");
}

async function longest(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as {__tasks: number[]};
    const max = Math.max(0, ...w.__tasks);
    w.__tasks = [];
    return max;
  });
}

const browser = await chromium.launch({executablePath: "/usr/bin/chromium", headless: true, args: chromiumArgs});
const page = await browser.newPage({viewport: {width: 1280, height: 900}});
await page.addInitScript(() => {
  const w = window as unknown as {__tasks: number[]};
  w.__tasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({type: "longtask", buffered: true});
});
let t0 = Date.now();
await page.goto(new URL("segmentation", base.endsWith("/") ? base : `${base}/`).href);
await page.waitForSelector(".seg-map-figure", {timeout: 300_000});
console.log(`load average ${(await import("node:os")).loadavg().map((x) => x.toFixed(1)).join(", ")}\n| rows | map drawn after | longest main-thread task |\n| ---: | ---: | ---: |`);
console.log(`| 1,000 (sample, at once) | ${((Date.now() - t0) / 1000).toFixed(1)} s from opening the page | ${(await longest(page)).toFixed(0)} ms |`);
for (const n of sizes) {
  await page.locator("input[type=file]").setInputFiles({name: `map-${n}.csv`, mimeType: "text/csv", buffer: Buffer.from(table(n))});
  const button = page.getByRole("button", {name: `Draw the map of ${n.toLocaleString("en-US")} rows`});
  await button.waitFor({timeout: 600_000});
  await longest(page);
  t0 = Date.now();
  await button.click();
  await page.waitForSelector(".seg-map-figure", {timeout: 900_000});
  await page.waitForTimeout(500);
  const caption = await page.locator(".seg-map-figure figcaption").textContent();
  console.log(`| ${n.toLocaleString("en-US")} (on request) | ${((Date.now() - t0) / 1000).toFixed(1)} s from the button | ${(await longest(page)).toFixed(0)} ms | ${caption?.slice(0, 120)}`);
}
await browser.close();
server?.close();
