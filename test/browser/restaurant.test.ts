// The restaurant dashboard follows its controls: tiers, outliers, charts and order totals are checked
// against the same computation run here in Node with src/ and the order loader.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {cellErrors, launch, open, setInput, settle} from "./harness.js";
import {clusterPrices, dbscan, kmeans, menuFeatures, nameTiers, tierNames} from "../../src/index.js";
import type {CuisineEncoding} from "../../src/index.js";
import {restaurantMenu} from "../../loaders/restaurantMenu.js";
import {generateOrders} from "../../loaders/orders.js";

const menu = restaurantMenu();
const orders = generateOrders();
const allFeatures = ["price", "prep_time", "calories", "spice_level"];

interface Settings {
  k: number;
  features: string[];
  cuisine: CuisineEncoding;
  eps: number;
  minSamples: number;
}

const defaults: Settings = {k: 3, features: allFeatures, cuisine: "onehot", eps: 1.5, minSamples: 2};

/** What the page should show for these settings: tiers cheapest first with their dishes and revenue, and the outliers. */
function expected({k, features, cuisine, eps, minSamples}: Settings) {
  const {X} = menuFeatures(menu, {features, cuisine});
  const {labels} = kmeans(X, {k, seed: 42});
  const prices = clusterPrices(labels, menu.map((d) => d.price), k);
  const names = nameTiers(prices);
  const tiers = names
    .map((name, c) => ({name, price: prices[c], dishes: menu.filter((_, i) => labels[i] === c).map((d) => d.name)}))
    .sort((a, b) => a.price - b.price)
    .map((t) => {
      const sold = orders.filter((o) => t.dishes.includes(o.item));
      const revenue = sold.reduce((s, o) => s + o.quantity * menu.find((d) => d.name === o.item)!.price, 0);
      return {...t, revenue};
    });
  const noise = dbscan(X, {eps, minSamples}).labels;
  const outliers = menu.filter((_, i) => noise[i] === -1).map((d) => d.name);
  return {tiers, outliers};
}

/** The tiers as the page's table shows them, in table order. */
async function pageTiers(page: Page) {
  return page.$$eval(".pk-tier-table tbody[data-tier]", (rows) =>
    rows.map((r) => ({
      name: r.getAttribute("data-tier") ?? "",
      price: Number(r.getAttribute("data-mean-price")),
      dishes: (r.querySelector("[data-dishes]")?.getAttribute("data-dishes") ?? "").split("|"),
      revenue: r.querySelectorAll("td.num")[4]?.textContent ?? ""
    }))
  );
}

async function pageOutliers(page: Page): Promise<string[]> {
  const attr = await page.locator(".pk-outliers").first().getAttribute("data-outliers");
  return attr ? attr.split("|") : [];
}

async function ariaLabel(page: Page, prefix: string): Promise<string> {
  const label = await page.locator(`#observablehq-main svg[aria-label^="${prefix}"]`).first().getAttribute("aria-label");
  if (label === null) throw new Error(`no chart whose aria-label starts with “${prefix}”`);
  return label;
}

const money = (v: number) => `$${Math.round(v).toLocaleString("en-US")}`;

async function expectPageToMatch(page: Page, settings: Settings) {
  const want = expected(settings);
  const got = await pageTiers(page);
  expect(got.map((t) => t.name)).toEqual(tierNames(settings.k));
  expect(got.map((t) => t.name)).toEqual(want.tiers.map((t) => t.name));
  for (let i = 0; i < got.length; ++i) {
    expect(got[i].dishes.sort()).toEqual(want.tiers[i].dishes.sort());
    expect(got[i].price).toBeCloseTo(want.tiers[i].price, 3);
    expect(got[i].revenue).toBe(money(want.tiers[i].revenue));
  }
  // Names follow price order: each tier's mean price is above the previous one's.
  for (let i = 1; i < got.length; ++i) expect(got[i].price).toBeGreaterThanOrEqual(got[i - 1].price);
  expect(await pageOutliers(page)).toEqual(want.outliers);
  // The charts follow too: their text alternatives name the same tiers, dishes and outliers.
  const scatter = await ariaLabel(page, "Scatter of the 11 dishes");
  expect(scatter).toContain(`in ${settings.k} tiers`);
  for (const t of want.tiers) expect(scatter).toContain(`${t.name}: ${menu.filter((d) => t.dishes.includes(d.name)).map((d) => d.name).join(", ")}`);
  const revenue = await ariaLabel(page, "Revenue for the year by tier");
  for (const t of want.tiers) expect(revenue).toContain(`${t.name} ${money(t.revenue)}`);
  const map = await ariaLabel(page, "The dishes on the PCA map, marked by DBSCAN");
  expect(map).toContain(`eps ${settings.eps}, minSamples ${settings.minSamples}`);
  if (want.outliers.length === 0) expect(map).toContain("unusual: none");
  for (const name of want.outliers) expect(map).toContain(name);
  const kdist = await ariaLabel(page, "Distance from each dish to its neighbour");
  expect(kdist).toContain(`eps = ${settings.eps}`);
  expect(await cellErrors(page)).toEqual([]);
}

async function setFeatures(page: Page, features: string[]) {
  const labels: Record<string, string> = {price: "price", prep_time: "prep time", calories: "calories", spice_level: "spice level"};
  for (const f of allFeatures) {
    const box = page.getByRole("checkbox", {name: labels[f], exact: true});
    if (features.includes(f)) await box.check();
    else await box.uncheck();
  }
  await settle(page);
}

async function setCuisine(page: Page, cuisine: CuisineEncoding) {
  const labels: Record<CuisineEncoding, string> = {onehot: "one-hot (one column per cuisine)", code: "numeric code 1–7 (the seed's)", none: "leave cuisine out"};
  await page.getByRole("radio", {name: labels[cuisine], exact: true}).check();
  await settle(page);
}

/** Opens the dashboard and waits for its tier table (a preview server may reload the page once while files change). */
function openDashboard(path: string) {
  return open(browser, path, {waitFor: ".pk-tier-table tbody[data-tier]"});
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("/restaurant", () => {
  it("open(/restaurant) shows the tiers, outliers and order totals that src/ computes for the defaults", async () => {
    const {page, context, watch} = await openDashboard("/restaurant");
    try {
      await expectPageToMatch(page, defaults);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("setInput(Tiers (k), 2 … 5) names the tiers Budget … Premium in the order of their mean price", async () => {
    const {page, context} = await openDashboard("/restaurant");
    try {
      for (let k = 2; k <= 5; ++k) {
        const start = performance.now();
        await setInput(page, "Tiers (k)", k);
        const elapsed = performance.now() - start;
        console.log(`/restaurant: k = ${k} re-rendered in ${elapsed.toFixed(0)} ms (including the harness' 150 ms settle)`);
        await expectPageToMatch(page, {...defaults, k});
      }
    } finally {
      await context.close();
    }
  });

  it("setFeatures([prep_time, spice_level]) and setCuisine(code) recompute the tiers, keep names in price order and redraw the charts", async () => {
    const {page, context} = await openDashboard("/restaurant");
    try {
      const before = await ariaLabel(page, "Scatter of the 11 dishes");
      const settings: Settings = {...defaults, k: 4, features: ["prep_time", "spice_level"], cuisine: "code"};
      await setInput(page, "Tiers (k)", 4);
      await setFeatures(page, settings.features);
      await setCuisine(page, "code");
      await expectPageToMatch(page, settings);
      const after = await ariaLabel(page, "Scatter of the 11 dishes");
      expect(after).not.toBe(before);
      expect(after).toContain("prep time, spice level, cuisine code");
      // The loadings chart now has the three features the matrix holds.
      const loadings = await ariaLabel(page, "Loadings of each feature");
      expect(loadings).toContain("cuisine code on PC1");
      expect(loadings).not.toContain("price on PC1");
    } finally {
      await context.close();
    }
  });

  it("setInput(eps, …) and setInput(Min. samples, …) change which dishes DBSCAN flags, with a reason for each", async () => {
    const {page, context} = await openDashboard("/restaurant");
    try {
      const cases: Settings[] = [
        {...defaults, eps: 1.2},
        {...defaults, eps: 1, minSamples: 3},
        {...defaults, eps: 3},
        {...defaults, eps: 0.5, minSamples: 2}
      ];
      const seen = new Set<string>();
      for (const settings of cases) {
        await setInput(page, /Neighbourhood \(eps\)/, settings.eps);
        await setInput(page, "Min. samples", settings.minSamples);
        await expectPageToMatch(page, settings);
        const outliers = await pageOutliers(page);
        seen.add(outliers.join("|"));
        for (const name of outliers) {
          const reason = await page.locator(`[data-outlier="${name.replace(/"/g, '\\"')}"]`).textContent();
          expect(reason).toMatch(/\d\.\d SD (above|below) the menu average/);
        }
      }
      // The cases were chosen to give different answers: the test would notice a page that ignores eps.
      expect(seen.size).toBe(cases.length);
    } finally {
      await context.close();
    }
  });

  it("open(/restaurant?k=4&features=…&cuisine=code&eps=1.2) restores that state from the URL", async () => {
    const settings: Settings = {k: 4, features: ["price", "calories"], cuisine: "code", eps: 1.2, minSamples: 3};
    const query = `?k=4&features=price,calories&cuisine=code&eps=1.2&minSamples=3`;
    const {page, context} = await openDashboard(`/restaurant${query}`);
    try {
      await expectPageToMatch(page, settings);
      await setInput(page, "Tiers (k)", 5);
      expect(new URL(page.url()).searchParams.get("k")).toBe("5");
    } finally {
      await context.close();
    }
  });

  it("open(/restaurant?k=99) keeps k = 3 with a note, and no feature at all gives a message instead of a broken page", async () => {
    const {page, context} = await openDashboard("/restaurant?k=99");
    try {
      expect(await page.locator(".pk-url-note").textContent()).toContain("k = “99”");
      await expectPageToMatch(page, defaults);
      await setFeatures(page, []);
      await setCuisine(page, "none");
      expect(await page.locator(".pk-error").first().textContent()).toContain("choose at least one feature");
      expect(await cellErrors(page)).toEqual([]);
      await setCuisine(page, "onehot");
      expect(await page.locator(".pk-error").count()).toBe(0);
      expect(await pageTiers(page)).toHaveLength(3);
    } finally {
      await context.close();
    }
  });
});
