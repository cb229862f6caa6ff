// /segmentation's "Apply this model to new rows" (issue 18): the model of the analysis on screen placed
// on a file of new rows in a worker — the sample's own rows get their k-means segments back, a file
// missing a column gets a message that names it, the export holds the new rows with their segment, and
// a project file carries the model to a fresh page.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {readFileSync} from "node:fs";
import {csvFormat, csvParse} from "d3-dsv";
import {launch, open} from "./harness.js";
import {analysed, noTrouble} from "./segmentationSteps.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function download(page: Page, name: string): Promise<{text: string; file: string}> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name, exact: true}).click()]);
  return {text: readFileSync((await file.path())!, "utf8"), file: file.suggestedFilename()};
}

/** Chooses a file through a button that opens a file chooser. */
async function choose(page: Page, button: string, file: {name: string; mimeType: string; buffer: Buffer}): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", {name: button, exact: true}).click()]);
  await chooser.setFiles(file);
}

async function applied(page: Page): Promise<string> {
  await page.locator(".seg-apply-summary, .seg-apply-error").first().waitFor({timeout: 120_000});
  return (await page.locator(".seg-apply-summary, .seg-apply-error").first().textContent()) ?? "";
}

describe("/segmentation: apply this model to new rows", {timeout: 300_000}, () => {
  it("applying the k-means model to the sample's own rows gives every row its segment back, with the names and counts shown above", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=kmeans&k=4");
    try {
      await analysed(page);
      const own = await download(page, "Export CSV (rows + segment)");
      const rows = csvParse(own.text);
      expect(rows.length).toBe(1000);
      await choose(page, "Apply to a file of new rows…", {name: "customers-again.csv", mimeType: "text/csv", buffer: Buffer.from(own.text)});
      expect(await applied(page)).toBe("1,000 rows read: 1,000 rows of “customers-again.csv” placed in 4 segments.");
      await expect(page.locator(".seg-apply-exact").textContent()).resolves.toMatch(/nearest saved centre/);
      expect(await page.locator(".seg-apply-approx").count()).toBe(0);
      // The counts table: the page's segment names and sizes.
      const cards = await page.$$eval(".seg-card", (cards) => cards.map((c) => ({segment: c.getAttribute("data-segment"), name: c.querySelector("h3")?.textContent?.replace(/^\s*\d+\s*/, "").trim()})));
      const counts = await page.$$eval(".seg-apply-counts tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent)));
      expect(counts.map((r) => r[0])).toEqual(["1", "2", "3", "4"]);
      for (const [segment, name, n] of counts) {
        expect(name).toBe(cards.find((c) => Number(c.segment) + 1 === Number(segment))?.name);
        expect(Number(n)).toBe(rows.filter((r) => r.segment === segment).length);
      }
      // The export: the new rows as read, then the model's segment ("segment" is taken: "segment_2").
      const exported = await download(page, "Export the new rows (CSV)");
      expect(exported.file).toBe("customers-again-segments.csv");
      const out = csvParse(exported.text);
      expect(out.columns).toEqual([...rows.columns, "segment_2"]);
      expect(out.length).toBe(1000);
      out.forEach((r, i) => {
        expect(r.customer_id).toBe(rows[i].customer_id);
        expect(r.segment_2).toBe(r.segment);
      });
      // The model itself, as a file: preparation and centres, with the segment names shown.
      const model = JSON.parse((await download(page, "Download the model")).text);
      expect(model.format).toBe("pattern-kitchen/segment-model");
      expect(model.method.kind).toBe("kmeans");
      expect(model.method.centers.length).toBe(4);
      expect(model.preparation.numeric).toEqual(["total_spending", "purchase_frequency", "days_since_last_purchase"]);
      expect(model.segments.map((c: {name: string}) => c.name)).toEqual(counts.map((r) => r[1]));
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("a file missing a column the model needs gets a message naming it, and nothing else changes", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=kmeans&k=4");
    try {
      await analysed(page);
      const fingerprint = await page.locator(".seg-dataset code").textContent();
      const rows = [{customer_id: "n1", purchase_frequency: 4, days_since_last_purchase: 20}, {customer_id: "n2", purchase_frequency: 9, days_since_last_purchase: 3}];
      await choose(page, "Apply to a file of new rows…", {name: "no-spending.csv", mimeType: "text/csv", buffer: Buffer.from(csvFormat(rows))});
      const message = await applied(page);
      expect(message).toBe("“no-spending.csv” could not be placed in the segments: The new rows have no column “total_spending”; the model needs it (it was fitted on “total_spending”, “purchase_frequency”, “days_since_last_purchase”).");
      expect(await page.locator(".seg-apply-error").getAttribute("role")).toBe("alert");
      expect(await page.locator(".seg-dataset code").textContent()).toBe(fingerprint);
      // A numeric column holding text is named with its row.
      const text = csvFormat([{total_spending: 120, purchase_frequency: 3, days_since_last_purchase: 40}, {total_spending: 80, purchase_frequency: "often", days_since_last_purchase: 9}]);
      await choose(page, "Apply to a file of new rows…", {name: "text.csv", mimeType: "text/csv", buffer: Buffer.from(text)});
      await page.waitForFunction(() => (document.querySelector(".seg-apply-error")?.textContent ?? "").includes("text.csv"), undefined, {timeout: 60_000});
      expect(await page.locator(".seg-apply-error").textContent()).toBe("“text.csv” could not be placed in the segments: Column “purchase_frequency” of the new rows holds text (row 2: “often”), but the model reads it as numbers.");
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("a hierarchical model says it is approximate, and its project file places the rows on a fresh page exactly as on the first", async () => {
    const first = await open(browser, "/segmentation?algorithm=hierarchical&k=3");
    let own: string;
    let project: string;
    let labels: string[];
    try {
      await analysed(first.page);
      own = (await download(first.page, "Export CSV (rows + segment)")).text;
      project = (await download(first.page, "Project file")).text;
      expect(JSON.parse(project).segmentModel.method.kind).toBe("hierarchical");
      await choose(first.page, "Apply to a file of new rows…", {name: "rows.csv", mimeType: "text/csv", buffer: Buffer.from(own)});
      expect(await applied(first.page)).toMatch(/^1,000 rows read: 1,000 rows of “rows\.csv” placed in 3 segments\.$/);
      expect(await first.page.locator(".seg-apply-approx").textContent()).toMatch(/^A tree has no rule for new rows: each row joins the segment whose centroid/);
      labels = csvParse((await download(first.page, "Export the new rows (CSV)")).text).map((r) => r.segment_2);
      // Nearest centroid is not the tree's cut: most rows, not necessarily all, keep their segment.
      const own2 = csvParse(own);
      expect(labels.filter((l, i) => l === own2[i].segment).length).toBeGreaterThan(900);
      noTrouble(first.watch);
    } finally {
      await first.context.close();
    }
    const second = await open(browser, "/segmentation?algorithm=kmeans&k=5");
    try {
      await analysed(second.page);
      await choose(second.page, "Open a model or project file…", {name: "project.json", mimeType: "application/json", buffer: Buffer.from(project)});
      await second.page.getByText(/^Model: from “project\.json” — hierarchical/).waitFor({timeout: 30_000});
      await choose(second.page, "Apply to a file of new rows…", {name: "rows.csv", mimeType: "text/csv", buffer: Buffer.from(own)});
      expect(await applied(second.page)).toMatch(/placed in 3 segments/);
      const again = csvParse((await download(second.page, "Export the new rows (CSV)")).text).map((r) => r.segment_2);
      expect(again).toEqual(labels);
      // Not a model: a message, and the opened model stays.
      await choose(second.page, "Open a model or project file…", {name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{\"a\": 1}")});
      await second.page.getByText(/“notes\.json” could not be opened as a model: it is neither a segment model nor a project file/).waitFor();
      noTrouble(second.watch);
    } finally {
      await second.context.close();
    }
  });

  it("an HDBSCAN model says it is approximate and exports each row's segment (or noise) and membership strength", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=hdbscan&minClusterSize=15");
    try {
      await analysed(page);
      const own = (await download(page, "Export CSV (rows + segment)")).text;
      await choose(page, "Apply to a file of new rows…", {name: "again.csv", mimeType: "text/csv", buffer: Buffer.from(own)});
      expect(await applied(page)).toMatch(/^1,000 rows read: [\d,]+ rows of “again\.csv” placed in \d+ segments?(; [\d,]+ rows? noise)?\.$/);
      expect(await page.locator(".seg-apply-approx").textContent()).toMatch(/^HDBSCAN has no rule for new rows: this is the hdbscan library's approximate prediction/);
      const out = csvParse((await download(page, "Export the new rows (CSV)")).text);
      const rows = csvParse(own);
      const free = (c: string) => (rows.columns.includes(c) ? `${c}_2` : c); // csvSafeTable never overwrites a column
      expect(out.columns).toEqual([...rows.columns, free("segment"), free("probability")]);
      const [seg, prob] = out.columns.slice(-2);
      for (const r of out) {
        expect(r[seg] === "noise" || /^\d+$/.test(r[seg])).toBe(true);
        const p = Number(r[prob]);
        expect(p >= 0 && p <= 1).toBe(true);
        if (r[seg] === "noise") expect(p).toBe(0);
      }
      // The summary's counts are the export's.
      const counts = await page.$$eval(".seg-apply-counts tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
      for (const [segment, , n] of counts) expect(Number(n.replace(/,/g, ""))).toBe(out.filter((r) => r[seg] === segment).length);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });
});
