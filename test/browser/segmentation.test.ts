// End-to-end tests of /segmentation: the sample, each algorithm, metrics, exports, history, every bad
// input, every file format, and load/analysis times at 1,000, 10,000 and 200,000 rows (reported, not asserted).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormat, csvParse, tsvFormat} from "d3-dsv";
import ExcelJS from "exceljs";
import * as Arrow from "apache-arrow";
import * as Parquet from "parquet-wasm";
import {cellErrors, launch, open, settle, type Watch} from "./harness.js";
import {generateCustomers, type Customer} from "../../loaders/customers.js";

let browser: Browser;
let dir: string;
const customers = generateCustomers();

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), "segmentation-"));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, {recursive: true, force: true});
});

/** Waits until the analysis has finished (the progress line says "Done") and the page is quiet. */
async function analysed(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForTimeout(300);
  await settle(page, {timeout});
  await page.waitForFunction(() => /Done in/.test(document.querySelector(".seg-progress")?.textContent ?? ""), undefined, {timeout});
  await settle(page, {timeout});
}

/** Checks the radio button whose label reads `text` (Inputs.radio gives every button the group's aria-label). */
async function pick(page: Page, text: string): Promise<void> {
  await page.locator("label", {hasText: new RegExp(`^${text}$`)}).locator("input[type=radio]").check();
}

async function metric(page: Page, name: string): Promise<number> {
  return Number(await page.locator(`[data-metric="${name}"]`).first().textContent());
}

async function upload(page: Page, file: {name: string; mimeType: string; buffer: Buffer} | string): Promise<string> {
  const name = typeof file === "string" ? file.split("/").pop()! : file.name;
  await page.locator("input[type=file]").setInputFiles(file);
  await page.waitForFunction((name) => (document.querySelector(".seg-upload-message")?.textContent ?? "").includes(`“${name}”`), name, {timeout: 120_000});
  await settle(page, {timeout: 120_000});
  return (await page.locator(".seg-upload-message").textContent()) ?? "";
}

async function downloadText(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: button}).click()]);
  return readFileSync((await download.path())!, "utf8");
}

function noTrouble(watch: Watch): void {
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offsite).toEqual([]);
}

describe("/segmentation end to end", () => {
  it("open('/segmentation') runs k-means k = 4 on spending, frequency and recency and shows the agreement with true_segment", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      expect(await cellErrors(page)).toEqual([]);
      expect(await page.locator(".seg-dataset h3").textContent()).toMatch(/Sample customers/);
      const checked = await page.locator("input[type=checkbox]:checked").evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.trim()));
      expect(checked).toEqual(expect.arrayContaining(["total_spending", "purchase_frequency", "days_since_last_purchase"]));
      expect(await metric(page, "clusters")).toBe(4);
      const ari = await metric(page, "ari");
      expect(ari).toBeGreaterThan(0.8);
      const s = await metric(page, "silhouette");
      expect(s).toBeGreaterThan(0.3);
      expect(s).toBeLessThanOrEqual(1);
      expect(await page.locator(".seg-card").count()).toBe(4);
      expect(await page.locator(".seg-card h3").allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/High spend · frequent · recent/)]));
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("exportCsv() writes 1,000 rows with a segment each, and the JSON holds parameters, fingerprint and version", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      const csv = csvParse(await downloadText(page, "Export CSV (rows + segment)"));
      expect(csv).toHaveLength(1000);
      expect(csv.columns).toEqual([...Object.keys(customers[0]), "segment", "segment_name"]);
      for (const row of csv) expect(["1", "2", "3", "4"]).toContain(row.segment);
      expect(new Set(csv.map((r) => r.segment)).size).toBe(4);
      const json = JSON.parse(await downloadText(page, "Export JSON"));
      expect(json.parameters).toMatchObject({algorithm: "kmeans", k: 4, scaling: "standard", numeric: ["total_spending", "purchase_frequency", "days_since_last_purchase"]});
      expect(json.dataset.fingerprint).toMatch(/^[0-9a-f]{16}$/);
      expect(json.generator.version).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
      expect(json.rows.segment).toHaveLength(1000);
      expect(json.rows.segment.slice(0, 20)).toEqual(csv.slice(0, 20).map((r) => Number(r.segment)));
      expect(json.agreement.ari).toBeGreaterThan(0.8);
      expect(json.segments).toHaveLength(4);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("each method (hierarchical, DBSCAN, PCA) runs and shows its metrics; stability scores each segment", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      await pick(page, "Hierarchical");
      await analysed(page);
      await page.getByText("Four views of the hierarchical segments").waitFor();
      expect(await metric(page, "clusters")).toBe(4);
      expect(await metric(page, "ari")).toBeGreaterThan(0.5);

      await pick(page, "DBSCAN");
      await analysed(page);
      await page.getByText("Four views of the DBSCAN segments").waitFor();
      await page.getByText(/Suggested eps:/).waitFor();
      expect(await metric(page, "clusters")).toBeGreaterThanOrEqual(1);

      await pick(page, "PCA");
      await analysed(page);
      const pc1 = parseFloat((await page.locator('[data-metric="pc1"]').textContent()) ?? "");
      const pc2 = parseFloat((await page.locator('[data-metric="pc2"]').textContent()) ?? "");
      expect(pc1).toBeGreaterThan(pc2);
      expect(pc1 + pc2).toBeLessThanOrEqual(100.1);

      await pick(page, "K-means");
      await page.getByLabel("Stability (20 reruns)").check();
      await analysed(page);
      await page.getByText(/Over 20 reruns/).first().waitFor();
      const cards = await page.locator(".seg-card").allTextContents();
      expect(cards.every((t) => /stability 0\.\d\d|stability 1\.00/.test(t))).toBe(true);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("saveAnalysis() keeps an analysis across a reload; a damaged store gives a message and a way out", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      await page.getByRole("button", {name: "Save to history"}).click();
      await page.getByText(/^Saved\./).waitFor();
      await page.reload();
      await analysed(page);
      const history = page.locator("table").filter({hasText: "parameters"});
      await history.getByText("k = 4").first().waitFor();
      expect(await history.getByText("k-means").count()).toBeGreaterThan(0);
      // Damage the store: an entry that isn't an analysis.
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const r = indexedDB.open("pattern-kitchen-segmentation");
            r.onsuccess = () => {
              const tx = r.result.transaction("analyses", "readwrite");
              tx.objectStore("analyses").put({id: "broken", nonsense: [1, 2, 3]});
              tx.oncomplete = () => (r.result.close(), resolve());
              tx.onerror = () => reject(tx.error);
            };
          })
      );
      await page.reload();
      await analysed(page);
      await page.getByText(/1 saved entry is damaged and was skipped/).waitFor();
      await page.getByRole("button", {name: "Clear the history"}).click();
      await page.getByText("History cleared.").waitFor();
      await page.getByText(/damaged/).waitFor({state: "detached"});
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 120_000);
});

function customersTable(rows: Customer[]): Record<string, unknown>[] {
  return rows.map((c) => ({...c}));
}

describe("/segmentation reads files", () => {
  const formats: [string, () => Promise<Buffer>][] = [
    ["customers.csv", async () => Buffer.from(csvFormat(customersTable(customers)))],
    ["customers.tsv", async () => Buffer.from(tsvFormat(customersTable(customers)))],
    ["customers.json", async () => Buffer.from(JSON.stringify(customers))],
    [
      "customers.xlsx",
      async () => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("customers");
        ws.addRow(Object.keys(customers[0]));
        for (const c of customers) ws.addRow(Object.values(c));
        return Buffer.from(await wb.xlsx.writeBuffer());
      }
    ],
    ["customers.arrow", async () => Buffer.from(Arrow.tableToIPC(Arrow.tableFromJSON(customersTable(customers)), "file"))],
    [
      "customers.parquet",
      async () => Buffer.from(Parquet.writeParquet(Parquet.Table.fromIPCStream(Arrow.tableToIPC(Arrow.tableFromJSON(customersTable(customers)), "stream"))))
    ]
  ];
  it("upload(file) reads CSV, TSV, JSON, XLSX, Arrow and Parquet into the same 1,000 customers", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      const fingerprints = new Set<string>();
      for (const [name, make] of formats) {
        const message = await upload(page, {name, mimeType: "application/octet-stream", buffer: await make()});
        expect(message, name).toMatch(new RegExp(`Loaded “${name.replace(".", "\\.")}”: 1,000 rows`));
        expect(await page.locator(".seg-dataset h3").textContent()).toBe(name);
        await analysed(page);
        expect(await metric(page, "ari"), name).toBeGreaterThan(0.8);
        fingerprints.add((await page.locator(".seg-dataset code").textContent()) ?? "");
      }
      // CSV, TSV, JSON, Arrow and Parquet carry the same values; the workbook too.
      expect(fingerprints.size).toBe(1);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 180_000);

  const bad: [string, string | Buffer, RegExp][] = [
    ["empty.csv", "", /is empty/],
    ["header-only.csv", "a,b,c\n", /a header \(3 columns\) but no rows/],
    ["one-column.csv", "spending\n1\n2\n3\n", /only one column/],
    ["no-numbers.csv", "name,city\nAna,Porto\nBo,Oslo\n", /None of the 2 columns holds numbers/],
    ["ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n", /1 row has a different number of fields than the header \(3\): line 3 has 2/],
    ["report.pdf", "a,b\n1,2\n", /extension \.pdf, which this page doesn't read/],
    ["garbage.csv", Buffer.from(Array.from({length: 4096}, (_, i) => (i * 7919 + 13) % 256)), /binary data|doesn't look like text/],
    ["workbook.csv", Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0, 0]), /Excel workbook/]
  ];
  it("upload(bad file) shows a clear message and keeps the data loaded before", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      const before = await page.locator(".seg-dataset code").textContent();
      for (const [name, content, message] of bad) {
        const text = await upload(page, {name, mimeType: "application/octet-stream", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content)});
        expect(text, name).toMatch(/was not loaded/);
        expect(text, name).toMatch(message);
        expect(text, name).toMatch(/Still using: Sample customers/);
        expect(await page.locator(".seg-dataset code").textContent(), name).toBe(before);
        expect(await cellErrors(page), name).toEqual([]);
      }
      // 13 million rows in 50 MB: refused by its estimated rows before parsing (limits are rows and cells, not bytes).
      const big = join(dir, "big.csv");
      writeFileSync(big, "a,b\n" + "1,2\n".repeat(50 * 1024 * 1024 / 4));
      const text = await upload(page, big);
      expect(text).toMatch(/holds about 13,\d{3},\d{3} rows × 2 columns; a browser tab holds up to 2,000,000 rows/);
      expect(await page.locator(".seg-dataset code").textContent()).toBe(before);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 120_000);

  it("upload(file) with a BOM, semicolons, an all-missing column and HTML, script and formula cells loads them as text", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      const rows = customers.slice(0, 200).map((c, i) => [
        i === 0 ? '<img src=x onerror="window.__pwned=1">' : i === 1 ? "<script>window.__pwned=2</script>" : i === 2 ? '=HYPERLINK("http://example.com","x")' : c.name,
        "",
        String(c.total_spending).replace(".", "."),
        c.purchase_frequency,
        c.days_since_last_purchase,
        i === 3 ? "+SUM(A1)" : c.true_segment
      ]);
      const text = "\uFEFF" + ["name;notes;total_spending;purchase_frequency;days_since_last_purchase;true_segment", ...rows.map((r) => r.map((v) => (String(v).includes(";") ? `"${v}"` : v)).join(";"))].join("\r\n");
      const message = await upload(page, {name: "semicolons.csv", mimeType: "application/octet-stream", buffer: Buffer.from(text, "utf8")});
      expect(message).toMatch(/Loaded “semicolons\.csv”: 200 rows/);
      const card = (await page.locator(".seg-dataset").textContent()) ?? "";
      expect(card).toMatch(/byte-order mark/);
      expect(card).toMatch(/semicolons/);
      expect(card).toMatch(/“notes” is empty in every row/);
      await analysed(page);
      expect(await page.evaluate(() => (window as unknown as {__pwned?: number}).__pwned)).toBeUndefined();
      expect(await page.locator('#observablehq-main img[src="x"], #observablehq-main script:not([type])').count()).toBe(0);
      await page.getByText('<img src=x onerror="window.__pwned=1">').first().waitFor();
      const csv = csvParse(await downloadText(page, "Export CSV (rows + segment)"));
      expect(csv).toHaveLength(200);
      expect(csv[2].name).toBe(`'=HYPERLINK("http://example.com","x")`);
      expect(csv[3].true_segment).toBe("'+SUM(A1)");
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 120_000);
});

/** n customers: the 1,000 generated ones repeated, with ids renumbered and spending jittered. */
function manyCustomers(n: number): string {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < n; ++i) {
    const c = customers[i % customers.length];
    rows.push({...c, customer_id: i + 1, total_spending: Math.round((c.total_spending * (1 + (((i * 7919) % 200) - 100) / 2000)) * 100) / 100});
  }
  return csvFormat(rows);
}

describe("/segmentation at scale", () => {
  for (const n of [1_000, 10_000, 200_000]) {
    it(`upload(${n.toLocaleString("en-US")} rows) loads and runs k-means, PCA view and profiles in the worker without freezing the page`, async () => {
      const path = join(dir, `customers-${n}.csv`);
      writeFileSync(path, manyCustomers(n));
      const {page, context, watch} = await open(browser, "/segmentation");
      try {
        await analysed(page, 120_000);
        // Record the longest gap between animation frames while the file loads and is analysed.
        await page.evaluate(() => {
          const w = window as unknown as {__maxGap: number; __longTask: number};
          w.__maxGap = 0;
          w.__longTask = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longTask = Math.max(w.__longTask, e.duration);
          }).observe({type: "longtask"});
          let last = performance.now();
          const tick = (t: number): void => {
            w.__maxGap = Math.max(w.__maxGap, t - last);
            last = t;
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        });
        const t0 = Date.now();
        const message = await upload(page, path);
        const loadWall = Date.now() - t0;
        expect(message).toMatch(new RegExp(`${n.toLocaleString("en-US")} rows`));
        const t1 = Date.now();
        await analysed(page, 170_000);
        const analysisWall = Date.now() - t1;
        const done = (await page.locator(".seg-progress").textContent()) ?? "";
        const maxGap = await page.evaluate(() => (window as unknown as {__maxGap: number}).__maxGap);
        const longTask = await page.evaluate(() => (window as unknown as {__longTask: number}).__longTask);
        expect(await metric(page, "clusters")).toBe(4);
        // Above 50,000 rows the "Choose k" curves come from k-means on a seeded sample, and the caption says so (issue 15).
        const caption = page.locator("figcaption", {hasText: "within-cluster sum of squares"}).first();
        await caption.waitFor({timeout: 120_000});
        const chooseK = (await caption.textContent()) ?? "";
        if (n > 50_000) expect(chooseK).toMatch(/^For k = 2…10 \(k-means on a random sample of 50,000 rows\): /);
        else expect(chooseK).toMatch(/^For k = 2…10: /);
        console.log(`[segmentation] ${n} rows: load ${(loadWall / 1000).toFixed(2)} s (${message.match(/in ([\d.]+) s/)?.[1]} s in the page), analysis ${(analysisWall / 1000).toFixed(2)} s wall (${done.trim()}), longest frame gap ${Math.round(maxGap)} ms, longest main-thread task ${Math.round(longTask)} ms`);
        noTrouble(watch);
      } finally {
        await context.close();
      }
    }, 300_000);
  }
});
