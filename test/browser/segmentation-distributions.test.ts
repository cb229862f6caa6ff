// /segmentation's "What sets a segment apart" box plots (issue 18): per segment, the quartiles, median
// and 1.5 IQR whiskers of the top-ranked features, computed in the worker. The captions' numbers are
// checked against the page's own CSV export (rows + segment), the charts' fit at 390 px.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {readFileSync} from "node:fs";
import {csvParse} from "d3-dsv";
import {boxStats} from "../../src/index.js";
import {launch, open} from "./harness.js";
import {analysed, noTrouble} from "./segmentationSteps.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function exportedRows(page: Page): Promise<Record<string, string>[]> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Export CSV (rows + segment)"}).click()]);
  return csvParse(readFileSync((await file.path())!, "utf8"));
}

/** Each caption's claims (rows beyond the whiskers, the highest median) recomputed from the exported rows. */
async function checkCaptions(page: Page): Promise<number> {
  const rows = await exportedRows(page);
  const captions = await page.locator(".seg-distribution figcaption").allTextContents();
  for (const caption of captions) {
    const name = caption.slice(0, caption.indexOf(": each box"));
    const groups = new Map<string, number[]>();
    for (const r of rows) {
      if (!/^(\d+|noise)$/.test(r.segment)) continue; // dropped rows
      const v = r[name] === "" ? NaN : Number(r[name]);
      (groups.get(r.segment) ?? groups.set(r.segment, []).get(r.segment)!).push(v);
    }
    const boxes = [...groups].map(([segment, values]) => ({segment, box: boxStats(values)})).filter((g) => g.box);
    const beyond = boxes.reduce((a, g) => a + g.box!.outliersBelow + g.box!.outliersAbove, 0);
    const top = boxes.reduce((a, g) => (g.box!.median > a.box!.median ? g : a));
    expect(caption).toContain(beyond === 0 ? "no row lies beyond them" : `${beyond.toLocaleString("en-US")} ${beyond === 1 ? "row lies" : "rows lie"} beyond them`);
    const median = top.box!.median;
    expect(caption).toContain(`Highest median: ${top.segment === "noise" ? "noise" : `segment ${top.segment}`} (${Math.abs(median) >= 1000 ? Math.round(median).toLocaleString("en-US") : +median.toPrecision(3)}).`);
  }
  return captions.length;
}

describe("/segmentation's box plots per segment", {timeout: 300_000}, () => {
  it("k-means on the sample: a box plot per top-ranked feature, whose captions match the exported rows", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?k=4");
    try {
      await analysed(page);
      expect(await checkCaptions(page)).toBe(3); // the sample's three features
      // One box per segment in each chart, in the segments' colours.
      expect(await page.locator(".seg-distribution").first().locator("svg g[aria-label=bar] rect").count()).toBe(4);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("DBSCAN with noise at 390 px: noise gets its box, and every chart fits the screen", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=dbscan&eps=0.3&minSamples=10", {width: 390});
    try {
      await analysed(page);
      const noise = await page.locator(".seg-metrics .card").nth(1).locator("p").textContent();
      expect(noise).toMatch(/noise row/);
      expect(await checkCaptions(page)).toBe(3);
      const widths = await page.locator(".seg-distribution svg").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
      for (const right of widths) expect(right).toBeLessThanOrEqual(390);
      expect(await page.locator(".seg-distribution").first().locator("text").allTextContents()).toContain("noise");
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });
});
