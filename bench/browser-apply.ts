// Browser benchmark of "Apply this model to new rows" on /segmentation (issue 18): after the k-means
// analysis of the sample (k = 4), choose a CSV of n new rows (the sample's rows repeated, with fresh
// ids) and report: apply s (file chosen → counts drawn, the model fitted on first use included), the
// longest main-thread task meanwhile, and the CSV export's size. A script, not a test: it prints a Markdown table.
//
// Usage: npx tsx bench/browser-apply.ts [--rows 10000,100000] [--base URL]
// Without --base it serves dist/ (run `npm run build` first).
import {chromium} from "playwright-core";
import {mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {chromiumArgs} from "../test/browser/chromium.js";
import {serve} from "../test/browser/server.js";

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg("rows", "10000,100000").split(",").map(Number);

function rows(n: number, sample: string): Buffer {
  const [header, ...lines] = sample.trim().split("\n");
  const out = [header];
  for (let i = 0; i < n; ++i) out.push(lines[i % lines.length].replace(/^[^,]*/, `n${i}`));
  return Buffer.from(out.join("\n"));
}

const served = arg("base", "") ? null : await serve(new URL("../dist", import.meta.url).pathname);
const base = arg("base", "") || served!.url;
const browser = await chromium.launch({executablePath: "/usr/bin/chromium", args: chromiumArgs});
const table = ["| new rows | file | apply (s) | longest main-thread task (ms) | export |", "| ---: | ---: | ---: | ---: | ---: |"];
try {
  const page = await (await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true})).newPage();
  await page.goto(`${base}/segmentation?algorithm=kmeans&k=4`);
  await page.waitForFunction(() => /Done in/.test(document.querySelector(".seg-progress")?.textContent ?? ""), undefined, {timeout: 300_000});
  const text = readFileSync(new URL("../docs/.observablehq/cache/data/customers.csv", import.meta.url), "utf8");
  for (const n of sizes) {
    const buffer = rows(n, text);
    await page.evaluate(() => {
      const w = window as unknown as {__longest: number};
      w.__longest = 0;
      new PerformanceObserver((list) => list.getEntries().forEach((e) => (w.__longest = Math.max(w.__longest, e.duration)))).observe({type: "longtask"});
      document.querySelector(".seg-apply-summary")?.remove();
    });
    const started = Date.now();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", {name: "Apply to a file of new rows…"}).click()]);
    // A path, not a buffer: Playwright turns a buffer into a File in the page's own thread (a long task of its own).
    const path = join(mkdtempSync(join(tmpdir(), "apply-")), `new-${n}.csv`);
    writeFileSync(path, buffer);
    await chooser.setFiles(path);
    await page.waitForFunction((n) => (document.querySelector(".seg-apply-summary")?.textContent ?? "").includes(`new-${n}.csv`), n, {timeout: 600_000});
    const seconds = (Date.now() - started) / 1000;
    const longest = await page.evaluate(() => (window as unknown as {__longest: number}).__longest);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Export the new rows (CSV)"}).click()]);
    const size = readFileSync((await download.path())!).length;
    table.push(`| ${n.toLocaleString("en-US")} | ${(buffer.length / 1e6).toFixed(1)} MB | ${seconds.toFixed(2)} | ${longest.toFixed(0)} | ${(size / 1e6).toFixed(1)} MB |`);
  }
} finally {
  await browser.close();
  served?.server.close();
}
console.log(table.join("\n"));
