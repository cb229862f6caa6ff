// /segmentation's saved model with a feature derived from a date (issue 18 × issue 15): the model keeps
// the derivation and the training column's latest date, so applying it to the same file gives every row
// its own segment back, and a file of later dates counts "days since" from the training's latest date.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {readFileSync} from "node:fs";
import {csvFormat, csvParse} from "d3-dsv";
import {launch, open} from "./harness.js";
import {analysed} from "./segmentationSteps.js";
import {generateCustomers} from "../../loaders/customers.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dayMs = 86_400_000;
const latest = Date.UTC(2024, 5, 29);
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const orders = generateCustomers().slice(0, 400).map((r) => ({
  customer_id: r.customer_id,
  total_spending: r.total_spending,
  order_date: day(latest - r.days_since_last_purchase * dayMs)
}));
const times = orders.map((o) => Date.parse(`${o.order_date}T00:00:00Z`));
const top = Math.max(...times);
const shift = 45; // days: the later file's orders are 45 days later than the training ones
const later = orders.map((o, i) => ({...o, order_date: day(times[i] + shift * dayMs)}));

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name, exact: true}).click()]);
  return readFileSync((await file.path())!, "utf8");
}

async function applyTo(page: Page, name: string, text: string): Promise<string> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", {name: "Apply to a file of new rows…", exact: true}).click()]);
  await chooser.setFiles({name, mimeType: "text/csv", buffer: Buffer.from(text)});
  await page.waitForFunction((n) => (document.querySelector(".seg-apply-summary, .seg-apply-error")?.textContent ?? "").includes(n), name, {timeout: 120_000});
  return (await page.locator(".seg-apply-summary, .seg-apply-error").first().textContent()) ?? "";
}

describe("/segmentation: a model with a feature derived from a date", {timeout: 300_000}, () => {
  it("k-means on order_date: days since, applied to its own file, gives every row its segment back; a later file counts from the training's latest date", async () => {
    const {page, context, watch} = await open(browser, "/segmentation?algorithm=kmeans&k=3");
    try {
      await analysed(page);
      await page.locator("input[type=file]").setInputFiles({name: "orders.csv", mimeType: "text/csv", buffer: Buffer.from(csvFormat(orders))});
      await page.locator(".seg-upload-message", {hasText: "“orders.csv”"}).waitFor({timeout: 60_000});
      await analysed(page);
      await page.locator(".seg-dates label", {hasText: /^days since/}).locator("input").check();
      await analysed(page);
      const form = page.locator("form").filter({hasText: "Numeric features"});
      expect(await form.locator("input:checked").evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.trim()))).toEqual(["total_spending", "order_date: days since"]);
      const own = csvParse(await download(page, "Export CSV (rows + segment)"));
      expect(own).toHaveLength(400);

      // The same file: every row gets its own segment back.
      expect(await applyTo(page, "orders-again.csv", csvFormat(orders))).toBe("400 rows read: 400 rows of “orders-again.csv” placed in 3 segments.");
      const again = csvParse(await download(page, "Export the new rows (CSV)"));
      expect(again.columns).toEqual(["customer_id", "total_spending", "order_date", "order_date: days since", "segment"]);
      again.forEach((r, i) => {
        expect(Number(r["order_date: days since"]), `row ${i}`).toBe((top - times[i]) / dayMs);
        expect(r.segment, `row ${i}`).toBe(own[i].segment);
      });

      // The model keeps the derivation and the training column's latest date.
      const model = JSON.parse(await download(page, "Download the model"));
      expect(model.preparation.derived).toEqual([{column: "order_date", part: "daysSince", reference: top}]);
      expect(model.preparation.numeric).toEqual(["total_spending", "order_date: days since"]);
      // Opened again as a file, it says which date days since counts back from (and places the later file below).
      const [opener] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", {name: "Open a model or project file…", exact: true}).click()]);
      await opener.setFiles({name: "orders-model.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(model))});
      await page.locator(".seg-apply p", {hasText: "orders-model.json"}).waitFor();
      expect(await page.locator(".seg-apply p", {hasText: "orders-model.json"}).textContent()).toMatch(new RegExp(`“order_date: days since” counts back from ${day(top)}, the latest date it was fitted on, in every file\\.$`));
      expect(await page.locator(".seg-apply p.seg-small").first().textContent()).toMatch(/fitted on: “total_spending”, “order_date”\./);

      // Later orders: days since counted back from the training's latest date (negative for the newest).
      expect(await applyTo(page, "later.csv", csvFormat(later))).toMatch(/^400 rows read: 400 rows of “later\.csv” placed in \d segments?\.$/);
      const moved = csvParse(await download(page, "Export the new rows (CSV)"));
      expect(moved.columns).toEqual(["customer_id", "total_spending", "order_date", "order_date: days since", "segment"]);
      moved.forEach((r, i) => expect(Number(r["order_date: days since"]), `row ${i}`).toBe((top - times[i]) / dayMs - shift));

      // A file without the date column: a message naming it.
      const missing = csvFormat(orders.map(({customer_id, total_spending}) => ({customer_id, total_spending})));
      expect(await applyTo(page, "no-dates.csv", missing)).toBe(
        `“no-dates.csv” could not be placed in the segments: The new rows have no column “order_date”; the model derives “order_date: days since” from it (days before ${day(top)}, the latest date it was fitted on).`
      );
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.offsite).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
