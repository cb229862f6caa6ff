// /segmentation's models from issue 18: Gaussian mixture, HDBSCAN and k-medoids on the sample and
// on a small file with categorical columns (k-medoids compares them as categories by Gower's
// distance), the suggested k, soft membership, and the Python export of the analysis on screen.
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

async function download(page: Page, name: string | RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name, exact: true}).click()]);
  return readFileSync((await file.path())!, "utf8");
}

/** 90 shoppers in three kinds: numbers (spend, visits) and categories (city, plan). Seeded by construction. */
function mixedFile(): string {
  const rows = [];
  const kinds = [
    {spend: 20, visits: 2, city: "Lyon", plan: "basic"},
    {spend: 80, visits: 9, city: "Paris", plan: "premium"},
    {spend: 50, visits: 5, city: "Nantes", plan: "family"}
  ];
  for (let i = 0; i < 90; ++i) {
    const kind = kinds[i % 3];
    rows.push({id: `c${i}`, spend: kind.spend + ((i * 7) % 11) - 5, visits: kind.visits + ((i * 3) % 3) - 1, city: i % 17 === 0 ? "Lille" : kind.city, plan: kind.plan});
  }
  return csvFormat(rows);
}

describe("/segmentation's new methods on the sample", {timeout: 240_000}, () => {
  it("?algorithm=gmm fits a mixture, charts BIC/AIC with the suggested k, and lists each member's probability", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=gmm&k=4");
    try {
      await analysed(page);
      await page.locator(".seg-suggested-k").waitFor({timeout: 120_000});
      expect(await page.locator(".seg-suggested-k").textContent()).toMatch(/^Suggested k = \d+: the lowest BIC of k = 1…10 \([\d,]+\)\./);
      expect(await page.locator("[aria-label='BIC and AIC for each k']").count()).toBe(1);
      expect(await page.locator(".seg-membership").textContent()).toMatch(/Each row's probability of its most likely component .* of 1,000 rows/);
      await page.locator(".seg-members-table th", {hasText: "membership"}).first().waitFor({timeout: 30_000});
      const script = await download(page, "Python");
      expect(script).toContain('NUMERIC = ["total_spending", "purchase_frequency", "days_since_last_purchase"]');
      expect(script).toContain("GaussianMixture(n_components=4");
      expect(script).toContain('covariance = "full"');
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("?algorithm=hdbscan finds clusters without eps and charts their persistence", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=hdbscan&minClusterSize=15&selection=leaf");
    try {
      await analysed(page);
      expect(await page.locator("[aria-label='Cluster persistence']").count()).toBe(1);
      expect(await page.locator(".seg-membership").textContent()).toMatch(/HDBSCAN's membership strength of each row/);
      const script = await download(page, "Python");
      expect(script).toContain("HDBSCAN(min_cluster_size=15, min_samples=5");
      expect(script).toContain('cluster_selection_method="leaf"');
      expect(await page.getByRole("button", {name: "Spark (not run here)"}).isDisabled()).toBe(true);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("?algorithm=kmedoids names real rows as medoids; k-means shows its suggested k and a Python script with its centres", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=kmedoids&k=3");
    try {
      await analysed(page);
      expect(await page.locator(".seg-method-result").textContent()).toMatch(/Medoids \(table rows, counted from 1\): [\d,]+, [\d,]+, [\d,]+\./);
      await page.getByRole("radio", {name: "K-means"}).check();
      await analysed(page);
      await page.locator(".seg-suggested-k").waitFor({timeout: 120_000});
      expect(await page.locator(".seg-suggested-k").textContent()).toMatch(/^Suggested k = \d+: the highest mean silhouette of k = 2…10 \(0\.\d\d\)/);
      const script = await download(page, "Python");
      expect(script).toMatch(/centers = np\.array\(\[\[-?\d/);
      expect(script).toContain("KMeans(n_clusters=3, init=centers, n_init=1)");
      const spark = await download(page, "Spark (not run here)");
      expect(spark).toContain("KMeans(k=3");
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });
});

describe("/segmentation's new methods on a file with categorical columns", {timeout: 240_000}, () => {
  for (const algorithm of ["kmedoids", "gmm", "hdbscan"]) {
    it(`?algorithm=${algorithm} on an uploaded file with city and plan${algorithm === "kmedoids" ? " compared as categories (Gower)" : ""}`, async () => {
      const {page, context, watch} = await open(browser, `/segmentation?algorithm=${algorithm}&k=3&minClusterSize=10`);
      try {
        await analysed(page);
        await page.locator("input[type=file]").setInputFiles({name: "shoppers.csv", mimeType: "text/csv", buffer: Buffer.from(mixedFile())});
        await page.waitForFunction(() => (document.querySelector(".seg-upload-message")?.textContent ?? "").includes("“shoppers.csv”"), undefined, {timeout: 120_000});
        await analysed(page);
        await page.getByRole("checkbox", {name: "plan"}).check();
        await page.getByRole("checkbox", {name: "city"}).check();
        await analysed(page);
        const results = (await page.locator(".seg-results").textContent()) ?? "";
        expect(results).not.toMatch(/could not|Error/);
        if (algorithm === "kmedoids") {
          expect(results).toContain("each categorical feature (city, plan) as equal or not");
          const script = await download(page, "Python");
          expect(script).toContain('CATEGORICAL = ["city", "plan"]');
          expect(script).toMatch(/medoids = \[\d+, \d+, \d+\]/);
        }
        if (algorithm === "gmm") expect(await page.locator(".seg-membership").textContent()).toMatch(/of 90 rows/);
        if (algorithm === "hdbscan") expect(await page.locator("[aria-label='Cluster persistence']").count() + (await page.getByText(/HDBSCAN found no cluster/).count())).toBe(1);
        noTrouble(watch);
      } finally {
        await context.close();
      }
    });
  }
});

describe("/segmentation's project file", {timeout: 240_000}, () => {
  it("a project file exported after a mixture run, opened on a fresh page, restores the method and gives the saved metrics", async () => {
    const first = await open(browser, "/segmentation?algorithm=gmm&k=3&covariance=diag");
    let project: string;
    try {
      await analysed(first.page);
      expect(await first.page.locator(".seg-contrast-sentences li").first().textContent()).toMatch(/^Segment \d+ stands apart most on \w+ \(mean [\d.,]+, 95% interval [\d.,-]+–[\d.,-]+; d = -?\d+\.\d\d against the rest, (large|medium|small|negligible)\)/);
      project = await download(first.page, "Project file");
      noTrouble(first.watch);
    } finally {
      await first.context.close();
    }
    const saved = JSON.parse(project);
    expect(saved).toMatchObject({format: "pattern-kitchen/segmentation-project", formatVersion: 1, algorithm: "gmm", params: {k: 3, covariance: "diag"}, dataset: {source: "sample", rows: 1000}});
    expect(saved.model.covariances).toHaveLength(3);
    const second = await open(browser, "/segmentation");
    try {
      await analysed(second.page);
      const [chooser] = await Promise.all([second.page.waitForEvent("filechooser"), second.page.getByRole("button", {name: "Open a project file…"}).click()]);
      await chooser.setFiles({name: "customers-project.json", mimeType: "application/json", buffer: Buffer.from(project)});
      await second.page.locator(".seg-reopened").waitFor({timeout: 120_000});
      expect(await second.page.locator(".seg-reopened").textContent()).toMatch(/the metrics above equal the saved ones/);
      expect(await second.page.getByRole("radio", {name: "Gaussian mixture"}).isChecked()).toBe(true);
      const [chooser2] = await Promise.all([second.page.waitForEvent("filechooser"), second.page.getByRole("button", {name: "Open a project file…"}).click()]);
      await chooser2.setFiles({name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{\"a\": 1}")});
      await second.page.getByText(/“notes\.json” could not be opened: it is not a segmentation project file/).waitFor();
      noTrouble(second.watch);
    } finally {
      await second.context.close();
    }
  });
});
