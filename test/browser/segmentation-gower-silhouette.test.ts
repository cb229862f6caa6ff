// /segmentation's k-medoids silhouette (issue 18): on the Gower distances k-medoids clustered by, not
// Euclidean on the prepared features — the score, the per-row chart and their captions; above the
// 5,000-row k-medoids sample, on that sample. The score is recomputed here from the page's CSV export
// with the library's gower and precomputedSilhouette (which equal R's daisy and scikit-learn's
// silhouette_score(D, labels, metric="precomputed"): test/unit/metrics/precomputedSilhouette.test.ts).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {readFileSync} from "node:fs";
import {csvFormat, csvParse} from "d3-dsv";
import {gower, precomputedSilhouette, silhouette} from "../../src/index.js";
import {launch, open} from "./harness.js";
import {analysed, noTrouble} from "./segmentationSteps.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** `n` shoppers in three kinds: numbers (spend, visits) and categories (city, plan). Seeded by construction. */
function mixedFile(n: number): string {
  const kinds = [
    {spend: 20, visits: 2, city: "Lyon", plan: "basic"},
    {spend: 80, visits: 9, city: "Paris", plan: "premium"},
    {spend: 50, visits: 5, city: "Nantes", plan: "family"}
  ];
  return csvFormat(Array.from({length: n}, (_, i) => {
    const kind = kinds[i % 3];
    return {id: `c${i}`, spend: kind.spend + ((i * 7) % 23) - 11, visits: kind.visits + ((i * 3) % 5) - 2, city: i % 7 === 0 ? "Lille" : kind.city, plan: i % 11 === 0 ? "basic" : kind.plan};
  }));
}

async function upload(page: Page, n: number): Promise<void> {
  await page.locator("input[type=file]").setInputFiles({name: `shoppers-${n}.csv`, mimeType: "text/csv", buffer: Buffer.from(mixedFile(n))});
  await page.waitForFunction((name) => (document.querySelector(".seg-upload-message")?.textContent ?? "").includes(name), `“shoppers-${n}.csv”`, {timeout: 120_000});
  await analysed(page, 180_000);
  await page.getByRole("checkbox", {name: "plan"}).check();
  await page.getByRole("checkbox", {name: "city"}).check();
  await analysed(page, 180_000);
}

const silhouetteCard = (page: Page) => page.locator(".seg-metrics .card").first();

describe("/segmentation's k-medoids silhouette on Gower's distances", {timeout: 400_000}, () => {
  it("on 90 shoppers with city and plan: the score is Gower's, said so under the score and the chart", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=kmedoids&k=3");
    try {
      await analysed(page);
      await upload(page, 90);
      expect(await silhouetteCard(page).locator("p").textContent()).toBe("on all 90 rows, on Gower's distances (those k-medoids clustered by); −1 to 1, higher is better");
      const shown = Number(await page.locator("[data-metric=silhouette]").textContent());
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Export CSV (rows + segment)"}).click()]);
      const rows = csvParse(readFileSync((await file.path())!, "utf8"));
      const labels = rows.map((r) => Number(r.segment));
      const D = gower({spend: rows.map((r) => Number(r.spend)), visits: rows.map((r) => Number(r.visits)), city: rows.map((r) => r.city), plan: rows.map((r) => r.plan)}, {numeric: ["spend", "visits"], categorical: ["city", "plan"]});
      const expected = precomputedSilhouette(D, labels);
      expect(shown).toBeCloseTo(expected, 3);
      // Not the Euclidean silhouette of the raw numbers (a wiring check: the two differ here).
      expect(Math.abs(expected - silhouette(rows.map((r) => [Number(r.spend), Number(r.visits)]), labels))).toBeGreaterThan(0.001);
      const chart = await page.locator("figcaption", {hasText: /^Silhouette of/}).textContent();
      expect(chart).toContain(`Silhouette of 90 rows on Gower's distances (those k-medoids clustered by), sorted within each segment`);
      expect(chart).toContain(`mean ${shown.toFixed(2)}`);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("on 6,000 shoppers: the silhouette is on the 5,000-row sample the medoids were found on, and says so", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=kmedoids&k=3");
    try {
      await analysed(page);
      await upload(page, 6000);
      expect(await silhouetteCard(page).locator("p").textContent()).toBe("on a random sample of 5,000 rows, on Gower's distances (those k-medoids clustered by) — the sample the medoids were found on; −1 to 1, higher is better");
      expect(await page.locator("figcaption", {hasText: /^Silhouette of/}).textContent()).toMatch(/^Silhouette of 5,000 rows \(a random sample\) on Gower's distances/);
      const s = Number(await page.locator("[data-metric=silhouette]").textContent());
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThanOrEqual(1);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });
});
