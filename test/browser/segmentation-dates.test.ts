// /segmentation and dates (issue 15): a date column of a CSV is a date (shown as such, never a default
// feature); days since, month and weekday are derived on request, used by the analysis, named on the
// cards and in the exports, saved and reopened, and reproduced by the Python export.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {execFileSync, spawnSync} from "node:child_process";
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {csvFormat, csvParse} from "d3-dsv";
import {cellErrors, launch, open} from "./harness.js";
import {analysed as analysedWithin} from "./segmentationSteps.js";
import {generateCustomers} from "../../loaders/customers.js";
import {adjustedRandIndex} from "../../src/index.js";

let browser: Browser;
const dir = mkdtempSync(join(tmpdir(), "pk-dates-"));
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, {recursive: true, force: true});
});

const dayMs = 86_400_000;
const latest = Date.UTC(2024, 5, 29);
// 600 orders: a date (some with a time and a zone, one in 50 missing), spend and frequency.
const orders = generateCustomers().slice(0, 600).map((r, i) => {
  const day = new Date(latest - r.days_since_last_purchase * dayMs).toISOString().slice(0, 10);
  return {
    customer_id: r.customer_id,
    total_spending: r.total_spending,
    purchase_frequency: r.purchase_frequency,
    order_date: i % 50 === 7 ? "" : i % 7 === 3 ? `${day}T22:30:00-03:00` : day,
    city: r.city
  };
});
const ordersCsv = csvFormat(orders);
const times = orders.map((o) => (o.order_date === "" ? NaN : Date.parse(o.order_date.length === 10 ? `${o.order_date}T00:00:00Z` : o.order_date)));
const top = Math.max(...times.filter((t) => !Number.isNaN(t)));
const bottom = Math.min(...times.filter((t) => !Number.isNaN(t)));
/** As the page writes a date: YYYY-MM-DD, with HH:MM (UTC) when it isn't midnight. */
const shown = (t: number) => new Date(t).toISOString().slice(0, t % dayMs === 0 ? 10 : 16).replace("T", " ");

/** The shared wait for a drawn analysis, with this file's 90 s limit. */
const analysed = (page: Page) => analysedWithin(page, 90_000);

async function download(page: Page, button: string | RegExp): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: button}).first().click()]);
  return readFileSync((await file.path())!);
}

const featureBoxes = (page: Page) => page.locator("form").filter({hasText: "Numeric features"});
const offered = (page: Page) => featureBoxes(page).locator("input").evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.trim()));
const checked = (page: Page) => featureBoxes(page).locator("input:checked").evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.trim()));

async function derive(page: Page, part: RegExp, on = true): Promise<void> {
  await page.locator(".seg-dates label", {hasText: part}).locator("input").setChecked(on);
}

describe("/segmentation derives features from a date column on request", () => {
  it("days since and month of order_date: offered, analysed, named on the cards, in the CSV and JSON, and reopened from the history", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      expect(await page.locator(".seg-dates").isHidden()).toBe(true); // the sample has no dates
      await page.locator("input[type=file]").setInputFiles({name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(ordersCsv)});
      await page.locator(".seg-upload-message", {hasText: "“orders.csv”"}).waitFor({timeout: 60_000});
      await analysed(page);
      // A date, shown as such and never a default feature.
      const quality = page.locator("table").filter({hasText: "distinct"}).locator("tr", {hasText: "order_date"});
      expect(await quality.textContent()).toContain(`${shown(bottom)} – ${shown(top)}`);
      expect(await quality.textContent()).toMatch(/date\s*12.*a date: derive days since, month or weekday to use it/);
      expect(await offered(page)).not.toContain("order_date");
      expect(await page.locator(".seg-dates").textContent()).toContain(`days since (back from ${shown(top)}, the latest date in the column)`);
      expect(await page.locator(".seg-dates").textContent()).toMatch(/month \(1–12; cyclic/);

      await derive(page, /^days since/);
      await analysed(page);
      await derive(page, /^month/);
      await analysed(page);
      expect(await offered(page)).toEqual(["customer_id", "total_spending", "purchase_frequency", "order_date: days since", "order_date: month"]);
      expect(await checked(page)).toEqual(["total_spending", "purchase_frequency", "order_date: days since", "order_date: month"]);
      await page.getByRole("heading", {name: "Choose k"}).waitFor(); // the helper worker derives them too
      expect(await page.locator("p.warning").allTextContents()).toEqual([]);
      // The reader's choice survives another derivation: untick month, derive weekday, untick it again.
      await featureBoxes(page).locator("label", {hasText: "order_date: month"}).locator("input").uncheck();
      await derive(page, /^weekday/);
      await analysed(page);
      expect(await checked(page)).toEqual(["total_spending", "purchase_frequency", "order_date: days since", "order_date: weekday"]);
      await derive(page, /^weekday/, false);
      await featureBoxes(page).locator("label", {hasText: "order_date: month"}).locator("input").check();
      await analysed(page);
      expect(await checked(page)).toEqual(["total_spending", "purchase_frequency", "order_date: days since", "order_date: month"]);

      // The cards say what formed the segments, by the derived names.
      expect(await page.locator(".seg-result p", {hasText: /^Formed from/}).textContent()).toMatch(/^Formed from total_spending, purchase_frequency, order_date: days since, order_date: month\./);
      const card = page.locator(".seg-card").first();
      expect(await card.locator("td", {hasText: /^order_date: days since$/}).count()).toBe(1);
      expect(await card.locator("td", {hasText: /^order_date: month$/}).count()).toBe(1);
      expect(await page.locator(".seg-card td", {hasText: /^order_date$/}).count()).toBe(0); // the raw date is not averaged as a number
      const names = await page.locator(".seg-card h3").allTextContents();
      expect(names.join(" ")).toMatch(/order date/);

      // The CSV: the data as loaded, the derived features, then the segment.
      const csv = csvParse((await download(page, "Export CSV (rows + segment)")).toString("utf8"));
      expect(csv).toHaveLength(600);
      expect(csv.columns).toEqual(["customer_id", "total_spending", "purchase_frequency", "order_date", "city", "order_date: days since", "order_date: month", "segment", "segment_name"]);
      orders.forEach((o, i) => {
        const t = times[i];
        expect(csv[i]["order_date: days since"] === "" ? NaN : Number(csv[i]["order_date: days since"]), `row ${i}`).toBe((top - t) / dayMs);
        expect(csv[i]["order_date: month"] === "" ? NaN : Number(csv[i]["order_date: month"]), `row ${i}`).toBe(Number.isNaN(t) ? NaN : new Date(t).getUTCMonth() + 1);
        expect(csv[i].segment === "", `row ${i}`).toBe(o.order_date === "");
      });
      const json = JSON.parse((await download(page, "Export JSON")).toString("utf8"));
      expect(json.parameters.derived).toEqual([{column: "order_date", part: "daysSince"}, {column: "order_date", part: "month"}]);
      expect(json.features).toEqual(["total_spending", "purchase_frequency", "order_date: days since", "order_date: month"]);
      expect(json.dataset.columns).not.toContain("order_date: month");

      // The Python export derives the same features from the file and finds the same segments.
      const hasSklearn = spawnSync("/usr/bin/python3", ["-c", "import sklearn, pandas"]).status === 0;
      if (hasSklearn || process.env.CI === "true") {
        writeFileSync(join(dir, "orders.csv"), ordersCsv);
        writeFileSync(join(dir, "script.py"), await download(page, /^Python$/));
        const python = csvParse(execFileSync("/usr/bin/python3", [join(dir, "script.py"), join(dir, "orders.csv")], {encoding: "utf8"}));
        expect(python.map((r) => r.segment === "")).toEqual(csv.map((r) => r.segment === ""));
        const kept = python.flatMap((r, i) => (r.segment === "" ? [] : [i]));
        expect(adjustedRandIndex(kept.map((i) => python[i].segment), kept.map((i) => csv[i].segment))).toBe(1);
      }

      // Saved and reopened on a fresh page: the derivations, the features and the metrics come back.
      const silhouette = await page.locator('.seg-result [data-metric="silhouette"]').textContent();
      await page.getByRole("button", {name: "Save to history"}).click();
      await page.getByText(/^Saved\. The dataset's file was saved with it\./).waitFor();
      await page.goto(page.url().split("?")[0]);
      await analysed(page);
      await page.locator("table").filter({hasText: "parameters"}).locator("tbody tr").first().locator("input[type=checkbox]").check();
      await page.getByRole("button", {name: "Reopen"}).click();
      await page.locator(".seg-dataset h3", {hasText: "orders.csv"}).waitFor({timeout: 60_000});
      await page.locator(".seg-reopened").waitFor({timeout: 60_000});
      await analysed(page);
      expect(await page.locator(".seg-reopened").textContent()).toMatch(/the metrics above equal the saved ones/);
      expect(await page.locator(".seg-dates input:checked").evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.split(" (")[0]))).toEqual(["days since", "month"]);
      expect(await checked(page)).toEqual(["total_spending", "purchase_frequency", "order_date: days since", "order_date: month"]);
      expect(await page.locator('.seg-result [data-metric="silhouette"]').textContent()).toBe(silhouette);
      expect(await cellErrors(page)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.offsite).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it("a project file with derived date features reopens them on the same data", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      await page.locator("input[type=file]").setInputFiles({name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(ordersCsv)});
      await page.locator(".seg-upload-message", {hasText: "“orders.csv”"}).waitFor({timeout: 60_000});
      await analysed(page);
      await derive(page, /^weekday/);
      await analysed(page);
      const project = await download(page, "Project file");
      expect(JSON.parse(project.toString("utf8")).params.derived).toEqual([{column: "order_date", part: "weekday"}]);
      await derive(page, /^weekday/, false);
      await analysed(page);
      expect(await checked(page)).toEqual(["total_spending", "purchase_frequency"]);
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", {name: "Open a project file…"}).click()]);
      await chooser.setFiles({name: "orders-project.json", mimeType: "application/json", buffer: project});
      await page.locator(".seg-reopened", {hasText: "equal the saved ones"}).waitFor({timeout: 60_000});
      await analysed(page);
      expect(await checked(page)).toEqual(["total_spending", "purchase_frequency", "order_date: weekday"]);
      expect(await cellErrors(page)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
