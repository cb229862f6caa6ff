// /segmentation's history and project file with issue 18's methods: a Gaussian mixture, HDBSCAN and
// k-medoids (with categorical columns) saved to the history come back on reopen with their method,
// parameters and metrics, and a k-medoids project file restores its categorical columns; a damaged
// entry or project file of a new method is still refused with a message.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {readFileSync} from "node:fs";
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

/** 90 shoppers in three kinds: numbers (spend, visits) and categories (city, plan). */
function mixedFile(): string {
  const kinds = [
    {spend: 20, visits: 2, city: "Lyon", plan: "basic"},
    {spend: 80, visits: 9, city: "Paris", plan: "premium"},
    {spend: 50, visits: 5, city: "Nantes", plan: "family"}
  ];
  return csvFormat(Array.from({length: 90}, (_, i) => {
    const kind = kinds[i % 3];
    return {id: `c${i}`, spend: kind.spend + ((i * 7) % 11) - 5, visits: kind.visits + ((i * 3) % 3) - 1, city: i % 17 === 0 ? "Lille" : kind.city, plan: kind.plan};
  }));
}

const history = (page: Page) => page.locator("table").filter({hasText: "parameters"});

/** The stored history entries (raw, as IndexedDB holds them). */
function stored(page: Page): Promise<Array<Record<string, unknown> & {params: Record<string, unknown>}>> {
  return page.evaluate(() => new Promise((resolve) => {
    const r = indexedDB.open("pattern-kitchen-segmentation");
    r.onsuccess = () => {
      const q = r.result.transaction("analyses").objectStore("analyses").getAll();
      q.onsuccess = () => (r.result.close(), resolve(q.result));
    };
  }));
}

/** Saves the result on screen, loads the page afresh (no query), reopens the newest entry and waits for its check. */
async function saveAndReopen(page: Page): Promise<string> {
  const metricsBefore = await page.locator(".seg-result [data-metric]").evaluateAll((els) => els.map((e) => `${e.getAttribute("data-metric")}=${e.textContent}`));
  await page.getByRole("button", {name: "Save to history"}).click();
  await page.getByText(/^Saved\./).waitFor();
  await page.goto(page.url().split("?")[0]);
  await analysed(page);
  await history(page).locator("tbody tr").first().waitFor({timeout: 10_000});
  expect(await page.getByText(/damaged and (was|were) skipped/).count()).toBe(0);
  await history(page).locator("tbody tr").first().locator("input[type=checkbox]").check();
  await page.getByRole("button", {name: "Reopen"}).click();
  await page.locator(".seg-reopened").waitFor({timeout: 60_000});
  await analysed(page);
  expect(await page.locator(".seg-result [data-metric]").evaluateAll((els) => els.map((e) => `${e.getAttribute("data-metric")}=${e.textContent}`))).toEqual(metricsBefore);
  return (await page.locator(".seg-reopened").textContent()) ?? "";
}

const checked = (page: Page, name: string) => page.getByRole("radio", {name, exact: true}).isChecked();

describe("/segmentation's history with the new methods", {timeout: 240_000}, () => {
  it("saveAnalysis() of a Gaussian mixture (k = 3, diagonal, seed 7) reopens with its method, parameters and metrics", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=gmm&k=3&covariance=diag&seed=7");
    try {
      await analysed(page);
      expect(await saveAndReopen(page)).toMatch(/the metrics above equal the saved ones/);
      expect(await checked(page, "Gaussian mixture")).toBe(true);
      expect(await page.getByLabel("Segments (k)", {exact: true}).first().inputValue()).toBe("3");
      expect(await page.getByLabel("Covariance", {exact: true}).evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("Diagonal");
      expect(await page.getByLabel("Seed", {exact: true}).inputValue()).toBe("7");
      expect(await history(page).getByText(/Gaussian mixture/).count()).toBeGreaterThan(0);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("saveAnalysis() of HDBSCAN (min cluster size 15, min samples 7, leaf) reopens with its parameters and metrics; a damaged HDBSCAN entry is skipped with a message", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=hdbscan&minClusterSize=15&minSamples=7&selection=leaf");
    try {
      await analysed(page);
      expect(await saveAndReopen(page)).toMatch(/the metrics above equal the saved ones/);
      expect(await checked(page, "HDBSCAN")).toBe(true);
      expect(await checked(page, "Leaf")).toBe(true);
      expect(await page.getByLabel("min cluster size", {exact: true}).first().inputValue()).toBe("15");
      expect(await page.getByLabel("min samples", {exact: true}).first().inputValue()).toBe("7");
      // The same entry with a minClusterSize that isn't a number: skipped, and said so.
      const [good] = await stored(page);
      expect(good).toMatchObject({algorithm: "hdbscan", params: {minClusterSize: 15, minSamples: 7, selection: "leaf"}});
      await page.evaluate((bad) => new Promise<void>((resolve) => {
        const r = indexedDB.open("pattern-kitchen-segmentation");
        r.onsuccess = () => {
          const tx = r.result.transaction("analyses", "readwrite");
          tx.objectStore("analyses").put(bad);
          tx.oncomplete = () => (r.result.close(), resolve());
        };
      }), {...good, id: "bad-hdbscan", params: {...good.params, minClusterSize: "fifteen"}});
      await page.reload();
      await analysed(page);
      await page.getByText(/1 saved entry is damaged and was skipped/).waitFor();
      expect(await history(page).locator("tbody tr").count()).toBe(1);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("saveAnalysis() of k-medoids on a file with city and plan reopens the file, the categorical columns and the metrics; its project file does too on a fresh page", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=kmedoids&k=3");
    let project: Buffer;
    try {
      await analysed(page);
      await page.locator("input[type=file]").setInputFiles({name: "shoppers.csv", mimeType: "text/csv", buffer: Buffer.from(mixedFile())});
      await page.waitForFunction(() => (document.querySelector(".seg-upload-message")?.textContent ?? "").includes("“shoppers.csv”"), undefined, {timeout: 60_000});
      await analysed(page);
      await page.getByRole("checkbox", {name: "plan"}).check();
      await page.getByRole("checkbox", {name: "city"}).check();
      await analysed(page);
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Project file", exact: true}).click()]);
      project = readFileSync((await file.path())!);
      expect(await saveAndReopen(page)).toMatch(/the metrics above equal the saved ones/);
      expect(await page.locator(".seg-dataset h3").textContent()).toMatch(/shoppers\.csv/);
      expect(await checked(page, "K-medoids (mixed data)")).toBe(true);
      expect(await page.getByRole("checkbox", {name: "city"}).isChecked()).toBe(true);
      expect(await page.getByRole("checkbox", {name: "plan"}).isChecked()).toBe(true);
      noTrouble(watch);
    } finally {
      await context.close();
    }
    const saved = JSON.parse(project.toString("utf8"));
    expect(saved).toMatchObject({algorithm: "kmedoids", params: {k: 3}, dataset: {name: "shoppers.csv", rows: 90, source: "file"}});
    expect([...saved.params.categorical].sort()).toEqual(["city", "plan"]);
    // A fresh browser profile: the project holds no data, so the page asks for the file, then restores.
    const second = await open(browser, "/segmentation");
    try {
      await analysed(second.page);
      // A project whose k isn't a number: refused with a message, nothing applied.
      const [damaged] = await Promise.all([second.page.waitForEvent("filechooser"), second.page.getByRole("button", {name: "Open a project file…"}).click()]);
      await damaged.setFiles({name: "damaged-project.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({...saved, params: {...saved.params, k: "three"}}))});
      await second.page.getByText(/“damaged-project\.json” could not be opened: its settings or results are damaged \(a setting of its method “kmedoids” is missing/).waitFor();
      expect(await checked(second.page, "K-means")).toBe(true);
      const [chooser] = await Promise.all([second.page.waitForEvent("filechooser"), second.page.getByRole("button", {name: "Open a project file…"}).click()]);
      await chooser.setFiles({name: "shoppers-project.json", mimeType: "application/json", buffer: project});
      await second.page.getByText(/a project file holds no data\. Load that file above/).waitFor();
      await second.page.locator("input[type=file]").setInputFiles({name: "shoppers.csv", mimeType: "text/csv", buffer: Buffer.from(mixedFile())});
      await second.page.locator(".seg-reopened").waitFor({timeout: 60_000});
      await analysed(second.page);
      expect(await second.page.locator(".seg-reopened").textContent()).toMatch(/the metrics above equal the saved ones/);
      expect(await checked(second.page, "K-medoids (mixed data)")).toBe(true);
      expect(await second.page.getByRole("checkbox", {name: "city"}).isChecked()).toBe(true);
      noTrouble(second.watch);
    } finally {
      await second.context.close();
    }
  });
});
