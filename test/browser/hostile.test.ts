// Every hostile file of issue 15 uploaded to /segmentation (test/browser/hostile/corpus.ts): each gets
// its specific message, no page error, no frame frozen for a second or more, and a refused file leaves
// the data loaded before it in place.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, BrowserContext, Page} from "playwright-core";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {cellErrors, launch, open, settle, type Watch} from "./harness.js";
import {hostileFiles} from "./hostile/corpus.js";

let browser: Browser;
let page: Page;
let context: BrowserContext;
let watch: Watch;
let dir: string;

/** Waits until no analysis or read is running; returns the status line ("Done in …", an error, or ""). */
async function idle(timeout = 120_000): Promise<string> {
  await page.waitForTimeout(300);
  await page.waitForFunction(() => document.querySelector(".seg-results")?.getAttribute("aria-busy") === "false", undefined, {timeout});
  await settle(page, {timeout});
  return ((await page.locator(".seg-progress").textContent()) ?? "").trim();
}

beforeAll(async () => {
  // Files are uploaded from disk: a buffer given to setInputFiles is decoded on the page's thread
  // (20 s of frozen frames for 16 MB), which would measure the test, not the page.
  dir = mkdtempSync(join(tmpdir(), "hostile-"));
  for (const file of hostileFiles) writeFileSync(join(dir, file.name), await file.bytes());
  browser = await launch();
  ({page, context, watch} = await open(browser, "/segmentation"));
  await idle();
  // The longest gap between animation frames since the last reset: a frozen page shows as a long gap.
  await page.evaluate(() => {
    const w = window as unknown as {__gap: number};
    w.__gap = 0;
    let last = performance.now();
    const tick = (t: number): void => {
      w.__gap = Math.max(w.__gap, t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}, 180_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  if (dir) rmSync(dir, {recursive: true, force: true});
});

describe("/segmentation handles every hostile file", () => {
  for (const file of hostileFiles) {
    it(`upload(${file.name}) ${file.loads ? "loads with" : "is refused with"} ${file.message}`, async () => {
      const before = await page.locator(".seg-dataset code").textContent();
      await page.evaluate(() => ((window as unknown as {__gap: number}).__gap = 0));
      await page.locator("input[type=file]").setInputFiles(join(dir, file.name));
      await page.waitForFunction((name) => (document.querySelector(".seg-upload-message")?.textContent ?? "").includes(`“${name}”`), file.name, {timeout: 120_000});
      const message = (await page.locator(".seg-upload-message").textContent()) ?? "";
      const status = await idle();
      const gap = await page.evaluate(() => (window as unknown as {__gap: number}).__gap);
      const card = (await page.locator(".seg-dataset").textContent()) ?? "";
      if (file.loads) {
        expect(message, file.name).toMatch(/Loaded/);
        expect(card.replace(/\s+/g, " "), file.name).toMatch(file.message);
        expect(await page.locator(".seg-dataset h3").textContent()).toBe(file.name);
        if (file.analysis) expect(((await page.locator(".seg-results").textContent()) ?? "").replace(/\s+/g, " "), file.name).toMatch(file.analysis);
        else expect(status, file.name).toMatch(/Done in|could not run/);
      } else {
        expect(message, file.name).toMatch(/was not loaded/);
        expect(message.replace(/\s+/g, " "), file.name).toMatch(file.message);
        expect(await page.locator(".seg-dataset code").textContent(), file.name).toBe(before);
      }
      // No "[object Object]" or a swallowed column anywhere on the page.
      expect(await page.locator("#observablehq-main").textContent(), file.name).not.toMatch(/\[object Object\]/);
      expect(await cellErrors(page), file.name).toEqual([]);
      expect(watch.pageErrors, file.name).toEqual([]);
      expect(watch.consoleErrors, file.name).toEqual([]);
      console.log(`[hostile] ${file.name}: longest frame gap ${Math.round(gap)} ms`);
      expect(gap, `${file.name}: a frame took ${Math.round(gap)} ms`).toBeLessThan(1000);
    }, 180_000);
  }
  it("upload(proto-columns.csv) shows the __proto__ and toString columns' numbers, and analyses them", async () => {
    const file = {name: "proto-columns.csv"};
    await page.locator("input[type=file]").setInputFiles(join(dir, file.name));
    await page.waitForFunction(() => /Loaded “proto-columns\.csv”/.test(document.querySelector(".seg-upload-message")?.textContent ?? ""), undefined, {timeout: 60_000});
    await idle();
    const header = await page.locator(".seg-preview table thead, #observablehq-main table thead").first().textContent();
    expect(header).toMatch(/__proto__/);
    expect(header).toMatch(/toString/);
    expect(await page.getByRole("checkbox", {name: "__proto__"}).isChecked()).toBe(true);
    expect(((await page.locator(".seg-progress").textContent()) ?? "").trim()).toMatch(/Done in/);
  }, 120_000);
});
