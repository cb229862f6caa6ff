// /segmentation's 2-D map of the rows (issue 18): UMAP of the prepared features in its own worker,
// drawn after the result (at once up to 2,000 rows, on request above, with progress and Cancel),
// coloured by segment as the other views, recoloured without a new fit when only k changes.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {csvFormat} from "d3-dsv";
import {launch, open} from "./harness.js";
import {analysed, noTrouble} from "./segmentationSteps.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const caption = (page: Page) => page.locator(".seg-map-figure figcaption").textContent();
/** The legend's entries (Plot's swatches) of the map and of the PCA scatter. */
const swatches = (page: Page, within: string) =>
  page.locator(`${within} [class$='-swatch']`).evaluateAll((els) => els.map((e) => `${e.textContent} ${e.querySelector("[fill]")?.getAttribute("fill") ?? e.querySelector("[stroke]")?.getAttribute("stroke")}`));
/** The map's points as "x,y" of each dot (paths/circles), in order. */
const positions = (page: Page) => page.locator(".seg-map-figure svg g[aria-label=dot] > *").evaluateAll((els) => els.map((e) => e.getAttribute("transform") ?? `${e.getAttribute("cx")},${e.getAttribute("cy")}`).sort());

/** `n` rows of two numeric columns in three groups (seeded by construction). */
function rowsFile(n: number): string {
  const rows = [];
  for (let i = 0; i < n; ++i) {
    const g = i % 3;
    rows.push({id: `r${i}`, a: g * 10 + ((i * 7919) % 1000) / 250, b: (g === 1 ? 8 : 0) + ((i * 104729) % 1000) / 300});
  }
  return csvFormat(rows);
}

describe("/segmentation's map of the rows", {timeout: 300_000}, () => {
  it("the sample's map appears after the k-means result, says what it shows, and a new k recolours it without a new fit", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?k=4");
    try {
      // The intro names every method offered and the map.
      const intro = (await page.locator("p", {hasText: /^Load a table of customers/}).textContent()) ?? "";
      for (const method of ["k-means", "hierarchical clustering", "DBSCAN", "a Gaussian mixture", "HDBSCAN", "k-medoids on Gower's distances", "PCA", "A 2-D map of the rows (UMAP)"]) expect(intro).toContain(method);
      await analysed(page);
      await page.locator(".seg-map-figure").waitFor({timeout: 120_000});
      const text = (await caption(page)) ?? "";
      expect(text).toMatch(/^UMAP of the 3 prepared features of all 1,000 rows \(seed 42\)\. Colour and shape show the segment, as in the other views\. Trustworthiness (0\.\d{3}|1\.000) \(k = 5; /);
      const trust = Number(/Trustworthiness ([\d.]+)/.exec(text)![1]);
      expect(trust).toBeGreaterThan(0.9);
      expect(trust).toBeLessThanOrEqual(1);
      // The same segments, names and colours as the PCA scatter's legend.
      const legend = await swatches(page, ".seg-map");
      expect(legend).toHaveLength(4);
      expect(legend).toEqual(await swatches(page, ".card:has(figcaption:text-matches('on the first two principal components'))"));
      expect(await page.locator(".seg-map-figure svg g[aria-label=dot] > *").count()).toBe(1000);
      const before = await positions(page);
      await page.locator("input[type=range]").first().fill("6");
      await page.locator("input[type=range]").first().dispatchEvent("input");
      await analysed(page);
      await page.waitForFunction(() => document.querySelectorAll(".seg-map [class$='-swatch']").length === 6, undefined, {timeout: 60_000});
      expect(await page.locator(".seg-map-status").textContent()).toBe(""); // no new fit: the kept map, recoloured
      expect(await positions(page)).toEqual(before);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("?algorithm=pca maps the rows too, coloured by the label column", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=pca&label=true_segment");
    try {
      await analysed(page);
      await page.locator(".seg-map-figure").waitFor({timeout: 120_000});
      expect(await caption(page)).toMatch(/^UMAP of the 3 prepared features of all 1,000 rows \(seed 42\)\. Colour and shape show true_segment\. Trustworthiness /);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("above 2,000 rows the map waits for its button, shows progress with Cancel, cancels, and draws on request", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=hdbscan&minClusterSize=20");
    try {
      await analysed(page);
      await page.locator("input[type=file]").setInputFiles({name: "rows-3000.csv", mimeType: "text/csv", buffer: Buffer.from(rowsFile(3000))});
      await page.waitForFunction(() => (document.querySelector(".seg-upload-message")?.textContent ?? "").includes("“rows-3000.csv”"), undefined, {timeout: 120_000});
      await analysed(page);
      const draw = page.getByRole("button", {name: "Draw the map of 3,000 rows"});
      await draw.waitFor({timeout: 60_000});
      expect(await page.locator(".seg-map-figure").count()).toBe(0);
      await draw.click();
      await page.getByRole("button", {name: "Cancel"}).and(page.locator(".seg-map-cancel")).waitFor();
      expect(await page.locator(".seg-map-status").textContent()).toMatch(/^Drawing the map — /);
      expect(await page.locator(".seg-map").getAttribute("aria-busy")).toBe("true");
      await page.locator(".seg-map-cancel").click();
      await page.getByText("Map cancelled.").waitFor();
      expect(await page.locator(".seg-map").getAttribute("aria-busy")).toBe("false");
      // The analysis was untouched by the map's Cancel.
      expect(await page.locator(".seg-results").getAttribute("aria-busy")).toBe("false");
      await page.getByRole("button", {name: "Draw the map"}).click();
      await page.locator(".seg-map-figure").waitFor({timeout: 240_000});
      const text = (await caption(page)) ?? "";
      expect(text).toMatch(/^UMAP of the 2 prepared features of all 3,000 rows \(seed 42\)\. Colour and shape show the segment, as in the other views/);
      const segments = Number(await page.locator("[data-metric=clusters]").textContent());
      const noiseText = (await page.locator(".seg-metrics .card").nth(1).locator("p").textContent()) ?? "";
      const noise = Number(/^([\d,]+) noise rows?/.exec(noiseText)?.[1].replace(/,/g, "") ?? 0);
      expect(await swatches(page, ".seg-map")).toHaveLength(segments + (noise ? 1 : 0));
      if (noise) expect(text).toContain(`grey crosses are ${noise.toLocaleString("en-US")} ${noise === 1 ? "row" : "rows"} of noise`);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });
});
