// The playground: painting with the mouse and the keyboard, k-means centres placed by clicking and
// stepped, a painted link reopened in a fresh page, the Compare grid, and each lesson's "Break it"
// link landing on the failure it promises (numbers recomputed here with the same library).
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {baseURL, cellErrors, launch, open, settle, text} from "./harness.js";
import {SHAPES, adjustedRandIndex, cutTree, dbscan, hierarchical, kmeans, makeShape, pca, standardize} from "../../src/index.js";

const chart = ".pk-pg-chart canvas";
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const preset = (name: string) => makeShape(name as never, {n: 300, seed: 0, noise: SHAPES.find((s) => s.name === name)!.noise});

async function openPlayground(path = "/playground") {
  const opened = await open(browser, path, {waitFor: chart});
  await waitForResult(opened.page);
  return opened;
}

/** Waits until the scores (or PCA's line) are on the page for the current points. */
async function waitForResult(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector(".pk-pg-scores")?.textContent ?? "").includes("in a worker"), null, {timeout: 30_000});
  await settle(page);
}

async function pointCount(page: Page): Promise<number> {
  const t = await text(page, ".pk-pg-count");
  const m = /^([\d,]+) points?/.exec(t);
  if (!m) throw new Error(`no point count in “${t}”`);
  return Number(m[1].replace(/,/g, ""));
}

async function chartBox(page: Page) {
  await page.locator(chart).evaluate((c) => c.scrollIntoView({block: "center"}));
  const box = await page.locator(chart).boundingBox();
  if (!box) throw new Error("no chart");
  return box;
}

async function clickButton(page: Page, name: string) {
  await page.getByRole("button", {name, exact: true}).first().click();
  await settle(page);
}

describe("/playground", () => {
  it("opens on two moons under k-means, states the point count and scores the result", async () => {
    const {page, context, watch} = await openPlayground();
    try {
      expect(await cellErrors(page)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(await text(page, ".pk-pg-count")).toMatch(/^300 points · true groups A 150, B 150 · Two moons/);
      const {X, y} = preset("moons");
      const ari = adjustedRandIndex(kmeans(X, {k: 2, nInit: 1, refine: false, seed: 0}).labels, y);
      expect(await text(page, ".pk-pg-scores")).toContain(`Adjusted Rand against the true groups: ${ari.toFixed(2)}`);
      expect(await text(page, ".pk-pg-verdict")).toMatch(/^k-means cut across the true groups/);
      expect(await page.locator(chart).getAttribute("aria-label")).toMatch(/^Scatter of 300 points in 2 true groups .* k-means with k = 2, its result: cluster 1: \d+, cluster 2: \d+/);
    } finally {
      await context.close();
    }
  });

  it("paints points with a mouse drag, erases them, and undoes", async () => {
    const {page, context} = await openPlayground();
    try {
      await clickButton(page, "Clear");
      expect(await pointCount(page)).toBe(0);
      const box = await chartBox(page);
      await page.mouse.move(box.x + 150, box.y + 150);
      await page.mouse.down();
      for (let i = 1; i <= 10; ++i) await page.mouse.move(box.x + 150 + 15 * i, box.y + 150 + 5 * i);
      await page.mouse.up();
      await settle(page);
      const painted = await pointCount(page);
      expect(painted).toBeGreaterThanOrEqual(30);
      expect(await text(page, ".pk-pg-count")).toContain("painted");
      await page.getByLabel("Erase").check();
      const after = await chartBox(page); // the hint above the chart changed
      await page.mouse.click(after.x + 150, after.y + 150);
      await settle(page);
      expect(await pointCount(page)).toBeLessThan(painted);
      await clickButton(page, "Undo");
      expect(await pointCount(page)).toBe(painted);
    } finally {
      await context.close();
    }
  });

  it("paints and removes points with the keyboard: arrows move the cursor, Space adds, X removes", async () => {
    const {page, context} = await openPlayground();
    try {
      await clickButton(page, "Clear");
      await page.locator(".pk-pg-chart").focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Shift+ArrowUp");
      expect(await text(page, ".pk-pg-cursor-status")).toMatch(/^Cursor at x [-\d.]+, y [-\d.]+\. 0 points\.$/);
      await page.keyboard.press("Space");
      await settle(page);
      expect(await pointCount(page)).toBe(5); // 5 points per dab by default
      await page.keyboard.press("Shift+ArrowLeft");
      await page.keyboard.press("Enter");
      await settle(page);
      expect(await pointCount(page)).toBe(10);
      await page.keyboard.press("x");
      await settle(page);
      expect(await pointCount(page)).toBeLessThan(10);
      expect(await text(page, ".pk-pg-cursor-status")).toMatch(/\d points\.$/);
    } finally {
      await context.close();
    }
  });

  it("places k-means' starting centres by clicking, then steps Assign and Update", async () => {
    const {page, context} = await openPlayground();
    try {
      await page.getByLabel("Start").selectOption({label: "I'll place them (click)"});
      await settle(page);
      expect(await text(page, ".pk-pg-hint")).toMatch(/Click the chart to place the 2 starting centres \(0 placed/);
      const box = await chartBox(page);
      await page.mouse.click(box.x + box.width * 0.2, box.y + box.height * 0.3);
      await settle(page);
      expect(await text(page, ".pk-pg-verdict")).toBe("Click the chart to place 1 more starting centre.");
      await page.mouse.click(box.x + box.width * 0.8, box.y + box.height * 0.7);
      await waitForResult(page);
      expect(await pointCount(page)).toBe(300); // placing centres paints nothing
      expect(page.url()).toMatch(/[?&]cent=/);
      expect(await text(page, ".pk-pg-step-sentence")).toMatch(/^Start: 2 centres where you placed them\. Press Assign\./);
      expect(await page.getByRole("button", {name: "Update"}).isDisabled()).toBe(true);
      await clickButton(page, "Assign");
      expect(await text(page, ".pk-pg-step-sentence")).toMatch(/^Step 1 of \d+, Assign: each point joins its nearest centre; 300 points are in a new cluster\. Press Update\./);
      expect(await page.locator(chart).getAttribute("aria-label")).toMatch(/step 1 \(assign\): cluster 1: \d+, cluster 2: \d+/);
      await clickButton(page, "Update");
      expect(await text(page, ".pk-pg-step-sentence")).toMatch(/^Step 2 of \d+, Update: each centre moves to the mean of its points, [\d.]+ in total\. Press Assign\./);
      await clickButton(page, "Finish");
      expect(await text(page, ".pk-pg-step-sentence")).toMatch(/converged after \d+ iterations?/);
    } finally {
      await context.close();
    }
  });

  it("PCA: dragging a point with the Move tool turns the axes", async () => {
    const {page, context} = await openPlayground("/playground?shape=stretched&algo=pca&n=50");
    try {
      const describe = async () => (await page.locator(chart).getAttribute("aria-label")) ?? "";
      const before = await describe();
      expect(before).toMatch(/PCA: PC1 points along \(1, [-\d.e]+\) and explains 9\d\.\d% of the variance/);
      await page.getByLabel("Move a point").check();
      const box = await chartBox(page);
      // The blob lies along the middle of the box: grab the point nearest the centre, drag it to the top.
      const centre = {x: box.x + box.width / 2, y: box.y + box.height / 2};
      let moved = false;
      for (const dx of [0, -20, 20, -40, 40, -60, 60, -80, 80, -100, 100]) {
        await page.mouse.move(centre.x + dx, centre.y);
        await page.mouse.down();
        await page.mouse.move(centre.x + dx, box.y + 30, {steps: 5});
        await page.mouse.up();
        await waitForResult(page);
        if ((await describe()) !== before) {
          moved = true;
          break;
        }
      }
      expect(moved).toBe(true);
      expect(await pointCount(page)).toBe(50);
      expect(await describe()).toMatch(/PC1 points along \([-\d.e]+, [-\d.e]+\) and explains \d+\.\d% of the variance/);
      expect(page.url()).toMatch(/[?&]pts=/);
    } finally {
      await context.close();
    }
  });

  it("replays the merges of the tree and DBSCAN's scan step by step", async () => {
    const {page, context} = await openPlayground("/playground?shape=blobs&n=40&algo=hierarchical");
    try {
      // A click on the tree moves the cut there.
      const tree = page.locator(".pk-pg-tree canvas");
      const tb = (await tree.boundingBox())!;
      await tree.click({position: {x: tb.width / 2, y: tb.height * 0.45}});
      await waitForResult(page);
      expect(page.url()).toMatch(/[?&]cut=height/);
      expect(await page.locator(chart).getAttribute("aria-label")).toMatch(/ward linkage cut at height [\d.]+ \(0\.\d+ of the last merge's\): cluster 1: \d+/);
      expect(await page.locator(".pk-pg-tree canvas").getAttribute("aria-label")).toMatch(/The dashed cut at height [\d.]+ gives \d+ clusters?/);
      const slider = page.getByLabel("Merges made").first();
      await slider.fill("10");
      await slider.dispatchEvent("input");
      await settle(page);
      expect(await text(page, ".pk-pg-side .pk-pg-note")).toMatch(/^Replay: 10 of 39 merges made; the latest joined clusters at height [\d.]+\./);
      expect(await page.locator(chart).getAttribute("aria-label")).toContain("replay: 10 of 39 merges made, 30 clusters");
      await page.getByLabel("DBSCAN", {exact: true}).check();
      await waitForResult(page);
      await clickButton(page, "Replay the scan");
      await page.waitForSelector(".pk-pg-scan-caption:has-text('Before the scan')");
      const step = page.getByLabel("Scan step").first();
      await step.fill("1");
      await step.dispatchEvent("input");
      await settle(page);
      expect(await text(page, ".pk-pg-scan-caption")).toMatch(/^Step 1 of \d+: point \d+ has \d+ points? within eps \(itself included\)/);
    } finally {
      await context.close();
    }
  });

  it("a link with painted points reproduces them in a fresh page", async () => {
    const first = await openPlayground("/playground?shape=blobs&n=100");
    let link: string;
    let csv: string;
    try {
      const {page} = first;
      const box = await chartBox(page);
      await page.mouse.move(box.x + 100, box.y + 100);
      await page.mouse.down();
      await page.mouse.move(box.x + 180, box.y + 120);
      await page.mouse.up();
      await waitForResult(page);
      expect(await pointCount(page)).toBeGreaterThan(100);
      link = page.url();
      expect(link).toMatch(/[?&]pts=[A-Za-z0-9_-]+/);
      expect(link).not.toMatch(/[?&]shape=/);
      csv = await exportCsv(page);
    } finally {
      await first.context.close();
    }
    const second = await openPlayground(link.slice(baseURL().replace(/\/$/, "").length));
    try {
      expect(await exportCsv(second.page)).toBe(csv);
      expect(second.page.url()).toBe(link);
    } finally {
      await second.context.close();
    }
  });

  it("imports a CSV, and a bad one leaves the points alone with a message", async () => {
    const {page, context} = await openPlayground();
    try {
      const input = page.locator("input[type=file]");
      await input.setInputFiles({name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("a,b\n1,2\n")});
      await settle(page);
      expect(await text(page, ".pk-pg-error")).toBe("bad.csv was not loaded, and your points are unchanged: the file needs columns named x and y; it has “a”, “b”.");
      expect(await pointCount(page)).toBe(300);
      await input.setInputFiles({name: "three.csv", mimeType: "text/csv", buffer: Buffer.from("x,y,group\n0,0,A\n1,1,B\n2,0.5,B\n")});
      await waitForResult(page);
      expect(await text(page, ".pk-pg-count")).toMatch(/^3 points · true groups A 1, B 2 · painted\.$/);
    } finally {
      await context.close();
    }
  });

  it("runs the comparison: every algorithm on every shape with time and adjusted Rand; a click opens one large", async () => {
    const {page, context} = await openPlayground();
    try {
      await clickButton(page, "Run the comparison");
      await page.waitForFunction(() => /fits in/.test(document.querySelector(".pk-pg-compare-status")?.textContent ?? ""), null, {timeout: 60_000});
      const panels = page.locator(".pk-pg-panel");
      expect(await panels.count()).toBe(SHAPES.length * 6);
      const moons = page.locator('.pk-pg-panel[data-shape="moons"][data-algorithm="kmeans"]');
      // Each shape is standardized first, as in scikit-learn's comparison.
      const {X, y} = makeShape("moons", {n: 300, seed: 0, noise: 0.06});
      const ari = adjustedRandIndex(kmeans(standardize(X).data, {k: 2, nInit: 1, refine: false, seed: 0}).labels, y);
      expect(await moons.getAttribute("aria-label")).toMatch(new RegExp(`^k-means on Two moons \\(300 points\\): 2 clusters, adjusted Rand ${ari.toFixed(2)}, [\\d.]+ ms\\. Open it large\\.$`));
      expect(await text(page, '.pk-pg-panel[data-shape="rings"][data-algorithm="pca"] .pk-pg-panel-caption')).toMatch(/^PC1 \d+% · [\d.]+ ms$/);
      await page.locator('.pk-pg-panel[data-shape="smiley"][data-algorithm="dbscan"]').click();
      await waitForResult(page);
      expect(await text(page, ".pk-pg-count")).toMatch(/^300 points · true groups .* · Smiley, seed 0\.$/);
      expect(page.url()).toMatch(/shape=smiley/);
      expect(page.url()).toMatch(/algo=dbscan/);
    } finally {
      await context.close();
    }
  });
});

async function exportCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Export CSV"}).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

describe("each lesson's Break it link opens the failure it promises", () => {
  async function follow(lesson: string, linkText: RegExp): Promise<{page: Page; close: () => Promise<void>}> {
    const {page, context} = await open(browser, lesson);
    const link = page.locator("#break-it ~ p a").filter({hasText: linkText}).first();
    await link.click();
    await page.waitForURL(/\/playground\?/);
    await page.waitForSelector(chart, {timeout: 30_000});
    await waitForResult(page);
    return {page, close: () => context.close()};
  }

  it("k-means → two moons cut in half", async () => {
    const {page, close} = await follow("/kmeans", /two moons/);
    try {
      const {X, y} = preset("moons");
      const ari = adjustedRandIndex(kmeans(X, {k: 2, nInit: 1, refine: false, seed: 0}).labels, y);
      expect(ari).toBeLessThan(0.3);
      expect(await text(page, ".pk-pg-scores")).toContain(`Adjusted Rand against the true groups: ${ari.toFixed(2)}`);
      expect(await text(page, ".pk-pg-verdict")).toContain("straight borders");
    } finally {
      await close();
    }
  });

  it("hierarchical → single linkage joins the bridged blobs (ARI 0.00)", async () => {
    const {page, close} = await follow("/hierarchical", /single linkage/);
    try {
      const {X, y} = preset("bridge");
      expect(adjustedRandIndex(cutTree(hierarchical(X, {linkage: "single"}).merges, {k: 2}), y)).toBeCloseTo(0, 2);
      expect(await text(page, ".pk-pg-scores")).toContain("Adjusted Rand against the true groups: 0.00");
      expect(await text(page, ".pk-pg-verdict")).toMatch(/^Single linkage joined true groups/);
      expect(await page.locator(".pk-pg-tree canvas").getAttribute("aria-label")).toMatch(/^Dendrogram of 300 points: 299 merges/);
    } finally {
      await close();
    }
  });

  it("DBSCAN → a third of the varied blobs is noise, and the knee disagrees", async () => {
    const {page, close} = await follow("/dbscan", /different spread/);
    try {
      const {X} = preset("varied");
      const r = dbscan(X, {eps: 0.5});
      const verdict = await text(page, ".pk-pg-verdict");
      expect(verdict).toContain(`${r.nNoise} points (${Math.round((100 * r.nNoise) / 300)}%) called noise`);
      expect(Math.round((100 * r.nNoise) / 300)).toBe(33); // "a third", as the lesson says
      expect(verdict).toContain("eps is too small for some groups");
      expect(await text(page, ".pk-pg-knee")).toMatch(/suggests eps ≈ 0\.9\d*; yours is 0\.5\. They disagree/);
    } finally {
      await close();
    }
  });

  it("PCA → no straight axis summarises the rings", async () => {
    const {page, close} = await follow("/pca", /concentric rings/);
    try {
      const ratio = pca(preset("rings").X).explainedVarianceRatio;
      expect(await text(page, ".pk-pg-pca-verdict")).toMatch(new RegExp(`^No straight axis summarises these points: PC1 explains only ${(100 * ratio[0]).toFixed(0)}%`));
      expect(await page.locator(".pk-pg-variance").getAttribute("aria-label")).toBe(`Variance explained: PC1 ${(100 * ratio[0]).toFixed(1)}%, PC2 ${(100 * ratio[1]).toFixed(1)}%.`);
    } finally {
      await close();
    }
  });
});
