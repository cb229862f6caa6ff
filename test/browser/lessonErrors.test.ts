// The lesson errors of issue 14, numbered as in the issue: each test failed on the code before the fix.
// (Error 5, the cut bounds, is also checked in hierarchical.test.ts; error 1's library part in
// test/unit/cluster/dbscan.test.ts.)
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {cellErrors, launch, open, settle, text} from "./harness.js";
import {showSlideWith} from "./slides.js";
import {cutTree, hierarchical, kmeans, randomSource, silhouette, standardize} from "../../src/index.js";
import {seedDataset} from "../../loaders/seedDataset.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Boxes of the visible texts in the first svg matching `selector`. */
function textBoxes(page: Page, selector: string) {
  return page.$$eval(`${selector} text`, (els) =>
    els
      .map((t) => {
        const r = t.getBoundingClientRect();
        return {text: t.textContent ?? "", x0: r.left, y0: r.top, x1: r.right, y1: r.bottom};
      })
      .filter((b) => b.text.trim() && b.x1 > b.x0)
  );
}

type Box = {x0: number; y0: number; x1: number; y1: number};
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

describe("issue 14: the lesson errors", () => {
  it("1. /dbscan at minSamples = 1 (the slider's minimum) runs every cell and suggests an eps", async () => {
    const {page, context} = await open(browser, "/dbscan?minSamples=1", {waitFor: 'svg[aria-label^="k-distance plot"]'});
    try {
      expect(await cellErrors(page)).toEqual([]);
      expect(Number(await text(page, ".pk-suggested"))).toBeGreaterThan(0);
      expect(await text(page, ".pk-kdist-caption")).toContain("With minSamples = 1 every dish counts itself");
    } finally {
      await context.close();
    }
  });

  it("2. the home page says where the silhouette really peaks, at the defaults and at the extremes of its sliders", {timeout: 180_000}, async () => {
    // The tray, as the page draws it.
    const tray = (n: number, centres: number, seed: number) => {
      const random = randomSource(seed);
      const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      const means = Array.from({length: centres}, () => [random() * 16 - 8, random() * 16 - 8]);
      return Array.from({length: n}, (_, i) => [means[i % centres][0] + gauss() * 1.3, means[i % centres][1] + gauss() * 1.3]);
    };
    for (const [seed, centres] of [[7, 4], [1, 2], [50, 6], [1, 6], [50, 2]]) {
      const points = tray(240, centres, seed);
      const s = [2, 3, 4, 5, 6, 7, 8].map((k) => ({k, s: silhouette(points, kmeans(points, {k, seed: 42, refine: false}).labels)}));
      const peak = s.reduce((a, b) => (b.s > a.s ? b : a));
      const at = s.find((d) => d.k === centres)!;
      const {page, context} = await open(browser, `/?seed=${seed}&centres=${centres}`, {waitFor: ".pk-peak"});
      try {
        const sentence = await text(page, ".pk-peak");
        expect(sentence).toContain(`highest at k = ${peak.k} (${peak.s.toFixed(3)}); at k = ${centres}, the number of hidden centres, it is ${at.s.toFixed(3)}.`);
        expect(sentence).toContain(peak.k === centres ? "finds the hidden count" : peak.k < centres ? "fewer groups than were hidden" : "more groups than were hidden");
        expect(await page.locator("#observablehq-main").innerText()).not.toContain("Set k to the number of hidden centres and the silhouette peaks");
      } finally {
        await context.close();
      }
    }
  });

  it("3. /kmeans runs scikit-learn's Lloyd by default: no unlabelled extra round, and its instructor notes are true at the defaults", async () => {
    const X = standardize(seedDataset("spices").X).data;
    const raw = seedDataset("spices").X;
    const fit = kmeans(X, {k: 2, nInit: 1, seed: 0, init: "random", refine: false, history: true});
    const {page, context} = await open(browser, "/kmeans?k=2&nInit=1&seed=0&init=random", {waitFor: 'svg[aria-label^="Step "]'});
    try {
      expect(await text(page, "h2:has-text('inertia')")).toContain(`${fit.iterations} Lloyd rounds`);
      expect(fit.history!.length).toBe(fit.iterations + 1);
      const scrubber = page.locator(".pk-stepper input[type=range]").first();
      expect(await scrubber.getAttribute("max")).toBe(String(fit.iterations));
      await page.getByRole("button", {name: "Last step"}).click();
      await settle(page);
      const sentence = await text(page, ".pk-step-sentence");
      expect(sentence).toContain(`Round ${fit.iterations} of ${fit.iterations}`);
      expect(sentence).not.toContain("the centres moved (total squared shift 0.000)");
      // The notes' claims, at the page's defaults (Lloyd, k-means++ or random as stated).
      const notes = (await page.locator(".pk-instructor-notes li").allTextContents()).join(" ");
      expect(notes).toContain("try seeds 1–5");
      const inertia = (seed: number, nInit: number) => kmeans(X, {k: 3, init: "random", nInit, seed, refine: false}).inertia.toFixed(3);
      expect(new Set([1, 2, 3, 4, 5].map((s) => inertia(s, 1))).size).toBeGreaterThan(1);
      expect(new Set([1, 2, 3, 4, 5].map((s) => inertia(s, 10))).size).toBe(1);
      expect(notes).toContain("Turn scaling off at k = 3: the jars stay the same");
      const partition = (labels: number[]) => JSON.stringify([...new Set(labels)].map((c) => labels.map((l, i) => (l === c ? i : -1)).filter((i) => i >= 0)).sort());
      const jars = (data: number[][], k: number) => partition(kmeans(data, {k, seed: 42, nInit: 10, refine: false}).labels);
      expect(jars(raw, 3)).toBe(jars(X, 3));
      expect(jars(raw, 5)).not.toBe(jars(X, 5));
      // The polish is a named option that says what it adds.
      expect(await page.getByLabel("Hartigan polish (not in scikit-learn)").isChecked()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it("4. /pca keeps equal axes: the trial axis at 20° is drawn at 20° on screen, on the page and on a slide", async () => {
    for (const path of ["/pca", "/pca?present=1"]) {
      const {page, context} = await open(browser, path, {width: 1280, height: 900});
      try {
        if (path.includes("present")) await showSlideWith(page, 'svg[aria-label^="Trial axis"]');
        await page.waitForSelector('svg[aria-label^="Trial axis"]');
        const angle = await page.$eval('svg[aria-label^="Trial axis"]', (svg) => {
          // Plot draws the trial axis (a link) as a path "M x1,y1 L x2,y2" in an orange group.
          const path = svg.querySelector('g[stroke="#D55E00"] path')!;
          const [x1, y1, x2, y2] = (path.getAttribute("d")!.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
          return (Math.atan2(-(y2 - y1), x2 - x1) * 180) / Math.PI;
        });
        expect(((angle % 180) + 180) % 180).toBeCloseTo(20, 0);
      } finally {
        await context.close();
      }
    }
  });

  it("5. /hierarchical prints cut bounds that are true as printed, for every k (never 'Infinity')", async () => {
    const recipes = seedDataset("recipes");
    const merges = hierarchical(standardize(recipes.X).data, {linkage: "ward"}).merges;
    const {page, context} = await open(browser, "/hierarchical", {waitFor: 'svg[aria-label^="Dendrogram of"]'});
    try {
      for (let k = 1; k <= recipes.X.length; ++k) {
        const input = page.getByLabel("Clusters (k)").first();
        await input.fill(String(k));
        await input.dispatchEvent("input");
        await settle(page);
        const summary = await text(page, "h2:has-text('famil')");
        expect(summary).not.toContain("Infinity");
        const heights = [...summary.matchAll(/height ([\d.]+)(?: to ([\d.]+))?/g)].flatMap((m) => [m[1], m[2]]).filter(Boolean).map(Number);
        expect(heights.length, summary).toBeGreaterThan(0);
        for (const h of heights) expect(new Set(cutTree(merges, {height: h})).size, `${summary}: cut at ${h}`).toBe(k);
      }
    } finally {
      await context.close();
    }
  });

  it("6. generated sentences use the tables' names, never raw column names such as cook_time", {timeout: 180_000}, async () => {
    for (const path of ["/kmeans", "/kmeans?scaled=false&k=5", "/hierarchical", "/hierarchical?scaled=false", "/pca", "/dbscan", "/dbscan?scale=none"]) {
      const {page, context} = await open(browser, path);
      try {
        const prose = await page.$$eval("#observablehq-main :is(p, li, h2, h3, figcaption)", (els) =>
          els
            .filter((e) => !e.closest("pre, code, table, .observablehq--inspect, .pk-instructor-notes"))
            .map((e) => {
              const copy = e.cloneNode(true) as Element;
              for (const code of copy.querySelectorAll("code")) code.remove(); // identifiers shown as code are code
              return copy.textContent ?? "";
            })
            .join("\n")
        );
        // scikit-learn's parameter names are taught as they are; data columns never appear raw.
        const taught = new Set(["n_init", "min_samples"]);
        expect((prose.match(/\b[a-z]+_[a-z_]+\b/g) ?? []).filter((w) => !taught.has(w)), path).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("7. /kmeans says so when x axis = y axis", async () => {
    const {page, context} = await open(browser, "/kmeans?x=sweetness&y=sweetness", {waitFor: 'svg[aria-label^="Scatter of"]'});
    try {
      expect(await text(page, ".pk-same-axes")).toContain("x and y are both sweetness");
    } finally {
      await context.close();
    }
  });

  it("8. /pca's rebuild caption agrees with itself at 7 and 8 components", async () => {
    for (const k of [7, 8]) {
      const {page, context} = await open(browser, `/pca?k=${k}`, {waitFor: ".pk-rebuild"});
      try {
        const caption = await text(page, "figcaption:has(.pk-rebuild)");
        expect(caption).toContain(`rebuilt from ${k} components`);
        expect(caption).not.toContain("— with seven components");
        expect(caption).toContain(k === 7 ? "seven components rebuild all eight dishes exactly" : "exact, as it already was with seven");
      } finally {
        await context.close();
      }
    }
  });

  it("9. /pca loads eight times without a console error (Plot's negative <rect> width)", {timeout: 240_000}, async () => {
    for (let i = 0; i < 8; ++i) {
      const {context, watch} = await open(browser, "/pca", {waitFor: 'svg[aria-label^="Loadings heatmap"]'});
      try {
        expect(watch.consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("10. at 390 px no lesson is wider than the screen; the DBSCAN names don't overlap; k-means names stay off the centre marks; at 1280 the jars table shows price / g and identifiers don't break mid-word", {timeout: 180_000}, async () => {
    for (const path of ["/", "/kmeans", "/hierarchical", "/pca", "/dbscan"]) {
      const {page, context} = await open(browser, path, {width: 390, height: 844});
      try {
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
        if (path === "/dbscan") {
          await page.waitForSelector('svg[aria-label^="Scatter of"]');
          const boxes = await textBoxes(page, 'svg[aria-label^="Scatter of"] g[aria-label="text"]');
          for (let i = 0; i < boxes.length; ++i) for (let j = i + 1; j < boxes.length; ++j) expect(overlap(boxes[i], boxes[j]), `${boxes[i].text} / ${boxes[j].text}`).toBe(0);
        }
        if (path === "/hierarchical") {
          const {right, clip} = await page.$eval(".pk-merge-table", (el) => ({right: el.getBoundingClientRect().right, clip: el.scrollWidth - el.clientWidth}));
          expect(right).toBeLessThanOrEqual(390);
          expect(clip).toBeLessThanOrEqual(1);
        }
      } finally {
        await context.close();
      }
    }
    const {page, context} = await open(browser, "/kmeans", {width: 1280, height: 900, waitFor: 'svg[aria-label^="Scatter of"]'});
    try {
      const scatter = 'svg[aria-label^="Scatter of"]';
      const names = (await textBoxes(page, scatter)).filter((b) => /^[A-Z][a-z]+( [A-Z][a-z]+)?$/.test(b.text));
      const centres = await page.$$eval(`${scatter} g[aria-description="centres"] > *`, (els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({x0: r.left, y0: r.top, x1: r.right, y1: r.bottom})));
      expect(names.length).toBe(8);
      for (const n of names) for (const c of centres) expect(overlap(n, c), n.text).toBe(0);
      const table = page.locator("form[class$='-table']", {hasText: "what's in it"});
      const header = await table.locator("th", {hasText: "price / g"}).boundingBox();
      const box = await table.boundingBox();
      expect(header!.x + header!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
      // Identifiers in the scikit-learn table sit on one line.
      const broken = await page.$$eval(".pk-scroll td code", (els) => els.filter((e) => !/\s/.test(e.textContent ?? "") && e.getClientRects().length > 1).map((e) => e.textContent));
      expect(broken).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("11. no unexplained jargon: PCA readings say what the named share is; the n_init row is short", async () => {
    const {page, context} = await open(browser, "/pca", {waitFor: ".pk-reading"});
    try {
      const reading = await text(page, ".pk-reading");
      expect(reading).not.toMatch(/The features named make up [\d.]+% of the axis/);
      expect(reading).toMatch(/squared loadings/);
    } finally {
      await context.close();
    }
    const km = await open(browser, "/kmeans", {waitFor: ".pk-scroll"});
    try {
      const row = await km.page.locator(".pk-scroll tr", {hasText: "n_init=10"}).innerText();
      expect(row.split(/\s+/).length).toBeLessThanOrEqual(45);
    } finally {
      await km.context.close();
    }
  });

  it("12. /dbscan draws no eps circle in two of four features; the distance chart shows exactly who is within eps", async () => {
    const cooking = seedDataset("cooking");
    const Z = standardize(cooking.X).data;
    const {page, context} = await open(browser, "/dbscan?pick=Pasta+C", {waitFor: 'svg[aria-label^="Distances from"]'});
    try {
      const scatter = await page.getAttribute('svg[aria-label^="Scatter of"]', "aria-label");
      expect(scatter).not.toContain("circle");
      // No closed 97-point outline drawn around the picked dish.
      expect(await page.$$eval('svg[aria-label^="Scatter of"] path', (ps) => ps.filter((p) => (p.getAttribute("d") ?? "").split("L").length > 90).length)).toBe(0);
      const i = cooking.names.indexOf("Pasta C");
      const within = cooking.names.filter((_, j) => j !== i && Math.hypot(...Z[i].map((v, t) => v - Z[j][t])) <= 0.8);
      const label = (await page.getAttribute('svg[aria-label^="Distances from"]', "aria-label")) ?? "";
      expect(label).toContain(`${within.length} within eps 0.8`);
      for (const [j, name] of cooking.names.entries()) if (j !== i) expect(label).toContain(`${name} ${Math.hypot(...Z[i].map((v, t) => v - Z[j][t])).toFixed(2)}`);
    } finally {
      await context.close();
    }
  });
});
