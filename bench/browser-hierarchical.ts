// Browser benchmark of /segmentation's hierarchical clustering: how long a change of k takes once the
// tree is built (it is kept per data, features and linkage and only cut again). Needs a running site:
//   PK_BASE_URL=http://127.0.0.1:3152 npx tsx bench/browser-hierarchical.ts [rows]
// Prints, per step, the time from the change to the drawn result and the worker's own time.
import {readFileSync} from "node:fs";
import {chromium} from "playwright-core";
import {chromiumArgs} from "../test/browser/chromium.js";
import {benchCsv} from "./io/millionRows.js";

const base = process.env.PK_BASE_URL ?? "http://127.0.0.1:3152";
const rows = Number(process.argv[2] ?? 10_000);

const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", headless: true, args: chromiumArgs});
const context = await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true});
const page = await context.newPage();
/** The worker's timings of the result on screen (from its JSON export), in seconds. */
const timings = async (): Promise<string> => {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Export JSON"}).click()]);
  const t = JSON.parse(readFileSync((await file.path())!, "utf8")).timings as Record<string, number>;
  return Object.entries(t).map(([k, v]) => `${k} ${(v / 1000).toFixed(2)}`).join(", ");
};
const done = async (): Promise<{page: number; worker: number}> => {
  const started = Date.now();
  await page.waitForFunction(() => document.querySelector(".seg-results")?.getAttribute("aria-busy") === "true", undefined, {timeout: 10_000}).catch(() => {});
  await page.waitForFunction(() => document.querySelector(".seg-results")?.getAttribute("aria-busy") === "false" && /Done in/.test(document.querySelector(".seg-progress")?.textContent ?? ""), undefined, {timeout: 600_000, polling: 20});
  const text = (await page.locator(".seg-progress").textContent()) ?? "";
  return {page: (Date.now() - started) / 1000, worker: Number(/Done in ([\d.]+) s/.exec(text)?.[1])};
};
try {
  await page.goto(`${base}/segmentation`);
  await done();
  await page.locator("input[type=file]").setInputFiles({name: `bench-${rows}.csv`, mimeType: "text/csv", buffer: Buffer.from(benchCsv(rows))});
  await done();
  const results: {step: string; page: number; worker: number; parts?: string}[] = [];
  await page.locator("label", {hasText: /^Hierarchical$/}).locator("input").check();
  results.push({step: "hierarchical, k = 4 (builds the tree)", ...(await done()), parts: await timings()});
  for (const k of [6, 3, 8]) {
    const input = page.getByLabel("Segments (k)").first();
    await input.fill(String(k));
    results.push({step: `k = ${k} (cuts the kept tree)`, ...(await done()), parts: await timings()});
  }
  await page.getByLabel("Linkage").selectOption("single");
  results.push({step: "single linkage, k = 8 (a new tree)", ...(await done()), parts: await timings()});
  console.log(`/segmentation, ${rows.toLocaleString("en-US")} rows × 8 numeric features (3 chosen by default), ward then single linkage:`);
  console.log("| step | change → drawn result (s) | worker (s) | worker parts (s) |\n|---|---|---|---|");
  for (const r of results) console.log(`| ${r.step} | ${r.page.toFixed(2)} | ${r.worker.toFixed(2)} | ${r.parts ?? ""} |`);
} finally {
  await browser.close();
}
