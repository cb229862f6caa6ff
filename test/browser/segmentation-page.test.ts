// /segmentation's page side: never a stale result (busy, Cancel, exports disabled while a run is on),
// reopening exactly what was saved, damaged history entries, chart exports that hold the chart, and
// links naming bad datasets or numbers.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {readFileSync} from "node:fs";
import {csvFormat, csvParse} from "d3-dsv";
import {cellErrors, launch, open, settle, type Watch} from "./harness.js";
import {generateCustomers} from "../../loaders/customers.js";

let browser: Browser;
const customers = generateCustomers();

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until the latest analysis has finished ("Done in" and the results not busy) and the page is quiet. */
async function analysed(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForTimeout(300);
  await settle(page, {timeout});
  try {
    await page.waitForFunction(
      () => /Done in/.test(document.querySelector(".seg-progress")?.textContent ?? "") && document.querySelector(".seg-results")?.getAttribute("aria-busy") === "false",
      undefined,
      {timeout}
    );
  } catch (error) {
    throw new Error(`no result: the status reads “${await page.locator(".seg-status").textContent()}”; ${error}`, {cause: error});
  }
  await settle(page, {timeout});
}

async function metric(page: Page, name: string): Promise<string> {
  return ((await page.locator(`.seg-result [data-metric="${name}"]`).first().textContent()) ?? "").trim();
}

async function upload(page: Page, name: string, content: string): Promise<void> {
  await page.locator("input[type=file]").setInputFiles({name, mimeType: "text/csv", buffer: Buffer.from(content)});
}

async function uploaded(page: Page, name: string): Promise<string> {
  await page.waitForFunction((name) => (document.querySelector(".seg-upload-message")?.textContent ?? "").includes(`“${name}”`), name, {timeout: 120_000});
  return (await page.locator(".seg-upload-message").textContent()) ?? "";
}

async function download(page: Page, button: string | RegExp, index = 0): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: button}).nth(index).click()]);
  return readFileSync((await file.path())!);
}

function noTrouble(watch: Watch): void {
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offsite).toEqual([]);
}

/** `copies` × the 1,000 sample customers, ids renumbered, as CSV: a file big enough for a run to take a while. */
function bigCustomers(copies: number): string {
  const rows = [];
  for (let c = 0; c < copies; ++c) for (const r of customers) rows.push({...r, customer_id: c * 1000 + r.customer_id, total_spending: +(r.total_spending * (1 + c / 1000)).toFixed(2)});
  return csvFormat(rows);
}

describe("/segmentation never shows a stale result", () => {
  it("during an analysis after an upload the results are aria-busy with Cancel and every export disabled; the CSV afterwards holds the new rows", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      // Stability makes the run long enough to look at it.
      await page.getByLabel("Stability (20 reruns)").check();
      await analysed(page);
      await upload(page, "many.csv", bigCustomers(40));
      await page.waitForFunction(() => document.querySelector(".seg-results")?.getAttribute("aria-busy") === "true", undefined, {timeout: 60_000});
      await uploaded(page, "many.csv");
      await page.waitForFunction(() => /Analysing/.test(document.querySelector(".seg-progress")?.textContent ?? ""), undefined, {timeout: 60_000});
      const during = await page.evaluate(() => {
        const box = document.querySelector(".seg-results")!;
        const cancel = box.querySelector<HTMLButtonElement>("button.seg-cancel");
        const state = {
          busy: box.getAttribute("aria-busy"),
          stale: box.classList.contains("seg-stale"),
          cancel: !!cancel,
          note: box.querySelector(".seg-stale-note")?.textContent ?? "",
          controls: [...box.querySelectorAll("[data-needs-result]")].map((b) => [(b as HTMLButtonElement).textContent, (b as HTMLButtonElement).disabled])
        };
        return state;
      });
      expect(during.busy).toBe("true");
      expect(during.stale).toBe(true);
      expect(during.cancel).toBe(true);
      expect(during.note).toMatch(/previous ones \(Sample customers/);
      expect(during.controls.length).toBeGreaterThanOrEqual(4);
      for (const [name, disabled] of during.controls) expect(disabled, String(name)).toBe(true);
      // Known bug, left open in issue 15: on the merged page, Cancel during this run does not reach
      // "Cancelled." (the run goes on); the Cancel check is the skipped test below until it is fixed.
      // Run it to the end, without stability.
      await page.getByLabel("Stability (20 reruns)").uncheck();
      await analysed(page, 120_000);
      expect(await page.locator(".seg-results [data-needs-result][disabled]").count()).toBe(0);
      const csv = csvParse((await download(page, "Export CSV (rows + segment)")).toString("utf8"));
      expect(csv).toHaveLength(40_000);
      expect(csv[39_999].customer_id).toBe(String(39_000 + customers[999].customer_id));
      const json = JSON.parse((await download(page, "Export JSON")).toString("utf8"));
      expect(json.dataset.name).toBe("many.csv");
      expect(json.dataset.fingerprint).toBe((await page.locator(".seg-dataset code").textContent())?.trim());
      expect(json.dataset.rows).toBe(40_000);
      expect(json.rows.segment).toHaveLength(40_000);
      // Segments are numbered alike in the CSV and the JSON.
      expect(csv.slice(0, 50).map((r) => Number(r.segment))).toEqual(json.rows.segment.slice(0, 50));
      expect(json.segments.map((s: {segment: number}) => s.segment)).toEqual([1, 2, 3, 4]);
      expect(await cellErrors(page)).toEqual([]);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 240_000);

  it("exportCsv() never overwrites a data column called segment: it adds segment_2 and says so", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      const rows = customers.slice(0, 300).map((r) => ({segment: "gold", segment_name: "x", ...r}));
      await upload(page, "has-segment.csv", csvFormat(rows));
      await uploaded(page, "has-segment.csv");
      await analysed(page);
      await page.getByText(/already has a column named “segment”, so the export calls its new column “segment_2”/).waitFor();
      const csv = csvParse((await download(page, "Export CSV (rows + segment)")).toString("utf8"));
      expect(csv.columns.slice(0, 2)).toEqual(["segment", "segment_name"]);
      expect(csv.columns.slice(-2)).toEqual(["segment_2", "segment_name_2"]);
      expect(csv.every((r) => r.segment === "gold" && /^[1-4]$/.test(r.segment_2))).toBe(true);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 120_000);
});

/** Saved entries straight into the page's IndexedDB store. */
async function plant(page: Page, values: unknown[], store = "analyses"): Promise<void> {
  await page.evaluate(
    ({values, store}) =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.open("pattern-kitchen-segmentation", 1);
        r.onupgradeneeded = () => {
          r.result.createObjectStore("analyses", {keyPath: "id"});
          r.result.createObjectStore("datasets", {keyPath: "fingerprint"});
        };
        r.onsuccess = () => {
          const tx = r.result.transaction(store, "readwrite");
          for (const v of values) tx.objectStore(store).put(v);
          tx.oncomplete = () => (r.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    {values, store}
  );
}

async function scalingText(page: Page): Promise<string> {
  return page.getByLabel("Scaling").evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? "");
}

async function reopenFirst(page: Page): Promise<void> {
  const history = page.locator("table").filter({hasText: "parameters"});
  await history.locator("tbody tr").first().locator("input[type=checkbox]").check();
  await page.getByRole("button", {name: "Reopen"}).click();
}

describe("/segmentation reopens exactly what was saved", () => {
  const cars = customers.slice(0, 400).map(({name: _name, email: _email, ...r}) => r);
  const settings = async (page: Page) => ({
    features: await page.locator("form").filter({hasText: "Numeric features"}).locator("input:checked").evaluateAll((els) => els.map((e) => e.parentElement?.textContent?.trim())),
    label: await page.getByLabel("Known label (for agreement)").evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? ""),
    silhouette: await metric(page, "silhouette"),
    ari: await metric(page, "ari"),
    clusters: await metric(page, "clusters")
  });

  it("reopen(entry) restores the file, features, label, scaling, method and parameters, and the metrics equal the saved ones", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      await upload(page, "shop.csv", csvFormat(cars));
      await uploaded(page, "shop.csv");
      await analysed(page);
      await page.locator("label", {hasText: /^Hierarchical$/}).locator("input").check();
      await page.getByLabel("Scaling").selectOption({label: "Min–max (0 to 1)"});
      await page.getByLabel("Known label (for agreement)").selectOption("true_segment");
      const boxes = page.locator("form").filter({hasText: "Numeric features"});
      for (const f of ["total_spending", "age", "avg_order_value"]) await boxes.locator("label", {hasText: new RegExp(`^${f}$`)}).locator("input").setChecked(f !== "age");
      await page.getByLabel("Segments (k)", {exact: true}).first().fill("3");
      await page.getByLabel("Segments (k)", {exact: true}).first().dispatchEvent("input");
      await analysed(page);
      const saved = await settings(page);
      expect(saved.clusters).toBe("3");
      await page.getByRole("button", {name: "Save to history"}).click();
      await page.getByText(/^Saved\. The dataset's file was saved with it\./).waitFor();

      await page.goto(page.url().split("?")[0]);
      await analysed(page);
      expect(await page.locator(".seg-dataset h3").textContent()).toMatch(/Sample customers/);
      await reopenFirst(page);
      await page.locator(".seg-dataset h3", {hasText: "shop.csv"}).waitFor({timeout: 60_000});
      await page.locator(".seg-reopened").waitFor({timeout: 60_000});
      await analysed(page);
      expect(await page.locator(".seg-reopened").textContent()).toMatch(/the metrics above equal the saved ones/);
      expect(await settings(page)).toEqual(saved);
      expect(await scalingText(page)).toBe("Min–max (0 to 1)");
      expect(await page.locator("label", {hasText: /^Hierarchical$/}).locator("input").isChecked()).toBe(true);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 180_000);

  it("reopen(entry) whose file wasn't kept names the file to load again and applies the settings only to a file with its fingerprint", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      await upload(page, "shop.csv", csvFormat(cars));
      await uploaded(page, "shop.csv");
      await page.getByLabel("Scaling").selectOption({label: "Robust (median, IQR)"});
      await analysed(page);
      const saved = await settings(page);
      await page.getByRole("button", {name: "Save to history"}).click();
      await page.getByText(/^Saved\./).waitFor();
      // As if the file had been over the size cap: only the settings are kept.
      await page.evaluate(() => new Promise<void>((resolve) => {
        const r = indexedDB.open("pattern-kitchen-segmentation");
        r.onsuccess = () => {
          const tx = r.result.transaction("datasets", "readwrite");
          tx.objectStore("datasets").clear();
          tx.oncomplete = () => (r.result.close(), resolve());
        };
      }));
      await page.goto(page.url().split("?")[0]);
      await analysed(page);
      await reopenFirst(page);
      await page.getByText(/To reopen this analysis, load “shop\.csv” again \(400 rows, fingerprint [0-9a-f]{16}\)/).waitFor();
      // Another file: told it isn't the one.
      await upload(page, "other.csv", csvFormat(cars.slice(0, 300)));
      expect(await uploaded(page, "other.csv")).toMatch(/is not that of “shop\.csv”/);
      await analysed(page);
      // The same file: settings restored, metrics equal.
      await upload(page, "shop-again.csv", csvFormat(cars));
      expect(await uploaded(page, "shop-again.csv")).toMatch(/This is the file of the analysis saved on/);
      await analysed(page);
      await page.locator(".seg-reopened", {hasText: "equal the saved ones"}).waitFor();
      expect(await settings(page)).toEqual(saved);
      expect(await scalingText(page)).toBe("Robust (median, IQR)");
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 180_000);

  it("listAnalyses() skips damaged entries (params.numeric a string, segments: [null]) with a message; the page stays usable and the history can be cleared", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      await page.getByRole("button", {name: "Save to history"}).click();
      await page.getByText(/^Saved\./).waitFor();
      const good = await page.evaluate(() => new Promise<unknown>((resolve) => {
        const r = indexedDB.open("pattern-kitchen-segmentation");
        r.onsuccess = () => {
          const q = r.result.transaction("analyses").objectStore("analyses").getAll();
          q.onsuccess = () => (r.result.close(), resolve(q.result[0]));
        };
      })) as Record<string, unknown> & {params: Record<string, unknown>};
      await plant(page, [
        {...good, id: "numeric-string", params: {...good.params, numeric: "total_spending"}},
        {...good, id: "null-segment", segments: [null]},
        {...good, id: "text-metric", metrics: {silhouette: "high"}},
        {id: "nonsense", nonsense: [1, 2, 3]}
      ]);
      await page.reload();
      await analysed(page);
      await page.getByText(/4 saved entries are damaged and were skipped/).waitFor();
      expect(await cellErrors(page)).toEqual([]);
      const history = page.locator("table").filter({hasText: "parameters"});
      expect(await history.locator("tbody tr").count()).toBe(1);
      // Still usable: reopen the good one, change k.
      await reopenFirst(page);
      await page.locator(".seg-reopened", {hasText: "equal the saved ones"}).waitFor();
      await page.getByRole("button", {name: "Clear the history"}).click();
      await page.getByText("History cleared.").waitFor();
      await page.getByText(/damaged/).waitFor({state: "detached"});
      expect(await cellErrors(page)).toEqual([]);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe("/segmentation exports and links", () => {
  it("a chart's SVG and PNG hold the chart, not a legend swatch or colour ramp", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      for (const [name, mark] of [["segments-pca", "circle|path"], ["segment-profiles", "rect"], ["silhouette", "rect"]] as const) {
        const svg = (await download(page, `Download ${name} as SVG`)).toString("utf8");
        const width = Number(/<svg[^>]*\swidth="(\d+(?:\.\d+)?)"/.exec(svg)?.[1]);
        expect(width, name).toBeGreaterThan(200);
        expect((svg.match(new RegExp(`<(${mark})\\b`, "g")) ?? []).length, name).toBeGreaterThan(10);
        const png = await download(page, `Download ${name} as PNG`);
        expect(png.readUInt32BE(16), name).toBeGreaterThan(400); // IHDR width at scale 2
      }
      // PCA: the CSV and the JSON carry each row's scores.
      await page.locator("label", {hasText: /^PCA$/}).locator("input").check();
      await analysed(page);
      const csv = csvParse((await download(page, "Export CSV (rows + PC scores)")).toString("utf8"));
      expect(csv).toHaveLength(1000);
      expect(csv.columns.slice(-2)).toEqual(["pc1", "pc2"]);
      const json = JSON.parse((await download(page, "Export JSON")).toString("utf8"));
      expect(json.rows.pc1).toHaveLength(1000);
      expect(json.rows.pc1.slice(0, 5)).toEqual(csv.slice(0, 5).map((r) => Number(r.pc1)));
      const variance = (xs: number[]) => xs.reduce((s, x) => s + x * x, 0) / xs.length;
      expect(variance(json.rows.pc1)).toBeGreaterThan(variance(json.rows.pc2));
      noTrouble(watch);
    } finally {
      await context.close();
    }
  });

  it("links naming an unknown or malformed dataset, or k = 0x4 / ' 4 ', say so and show the defaults", async () => {
    for (const [query, message] of [
      ["?dataset=0123456789abcdef", /dataset 0123456789abcdef, which isn't saved in this browser/],
      ["?dataset=<b>x</b>", /not a dataset fingerprint/],
      ["?k=0x4", /k = “0x4”, which this page can’t use/],
      ["?k=%204%20", /k = “ 4 ”, which this page can’t use/]
    ] as const) {
      const {page, context, watch} = await open(browser, `/segmentation${query}`);
      try {
        await analysed(page);
        await page.getByText(message).waitFor();
        expect(await page.locator(".seg-dataset h3").textContent()).toMatch(/Sample customers/);
        expect(await metric(page, "clusters")).toBe("4");
        noTrouble(watch);
      } finally {
        await context.close();
      }
    }
  }, 120_000);
});

/** The state of the results container after a Cancel. */
async function cancelledState(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector(".seg-results")!;
    return {
      status: box.querySelector(".seg-progress")?.textContent ?? "",
      busy: box.getAttribute("aria-busy"),
      stale: box.classList.contains("seg-stale"),
      note: box.querySelector(".seg-stale-note")?.textContent ?? "",
      controls: box.querySelectorAll("[data-needs-result]").length,
      enabled: [...box.querySelectorAll<HTMLButtonElement>("[data-needs-result]")].filter((b) => !b.disabled).map((b) => b.textContent)
    };
  });
}

describe("/segmentation Cancel", () => {
  it("cancel() during an analysis after an upload stops it: 'Cancelled.', old result dimmed, exports off; a new setting then runs normally", async () => {
    const {page, context, watch} = await open(browser, "/segmentation");
    try {
      await analysed(page);
      const before = await metric(page, "silhouette");
      await page.getByLabel("Stability (20 reruns)").check();
      await analysed(page);
      // 1. Cancel the moment it appears after the upload: the engine is still copying the table and has
      // no request to stop yet (the bug: that click was lost and the run went on).
      await page.evaluate(() => {
        const status = document.querySelector(".seg-status")!;
        const observer = new MutationObserver(() => {
          const button = status.querySelector<HTMLButtonElement>("button.seg-cancel");
          if (!button) return;
          observer.disconnect();
          button.click();
        });
        observer.observe(status, {childList: true, subtree: true});
      });
      await upload(page, "many.csv", bigCustomers(40));
      await uploaded(page, "many.csv");
      await page.getByText(/^Cancelled\./).waitFor({timeout: 30_000});
      // It stays cancelled: nothing asks again behind the reader's back.
      await page.waitForTimeout(3000);
      for (const state of [await cancelledState(page)]) {
        expect(state.status).toMatch(/^Cancelled\./);
        expect(state.busy).toBe("false");
        expect(state.stale).toBe(true);
        expect(state.note).toMatch(/previous ones \(Sample customers .*they don't match the data and settings above/);
        expect(state.controls).toBeGreaterThanOrEqual(4);
        expect(state.enabled).toEqual([]);
      }
      expect(await metric(page, "silhouette")).toBe(before);
      // 2. A changed parameter starts a new analysis as usual; Cancel pressed by the reader while the
      // worker reruns for stability stops it too.
      await page.getByRole("spinbutton", {name: "Seed", exact: true}).fill("7");
      await page.getByRole("spinbutton", {name: "Seed", exact: true}).dispatchEvent("input");
      await page.waitForFunction(() => /stability rerun/.test(document.querySelector(".seg-progress")?.textContent ?? ""), undefined, {timeout: 120_000});
      await page.locator("button.seg-cancel").click();
      await page.getByText(/^Cancelled\./).waitFor({timeout: 30_000});
      await page.waitForTimeout(2000);
      const second = await cancelledState(page);
      expect(second.status).toMatch(/^Cancelled\./);
      expect(second.note).toMatch(/previous ones \(Sample customers/);
      expect(second.enabled).toEqual([]);
      // 3. Without stability the run on the uploaded rows ends, and its result is the current one.
      await page.getByLabel("Stability (20 reruns)").uncheck();
      await analysed(page, 120_000);
      expect(await page.locator(".seg-results [data-needs-result][disabled]").count()).toBe(0);
      expect(await page.locator(".seg-stale-note").isHidden()).toBe(true);
      const json = JSON.parse((await download(page, "Export JSON")).toString("utf8"));
      expect(json.dataset.name).toBe("many.csv");
      expect(json.dataset.rows).toBe(40_000);
      expect(json.parameters.seed).toBe(7);
      expect(await cellErrors(page)).toEqual([]);
      noTrouble(watch);
    } finally {
      await context.close();
    }
  }, 240_000);
});
