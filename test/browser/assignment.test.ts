// The assignment page shows what src/ computes: segments, the dendrogram's cut, and the generated
// names, insights, recommendations and messages are recomputed in Node with the same library and
// compared with the page as k and linkage change. Notes must survive a reload and reach the export.
import {readFile} from "node:fs/promises";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {cellErrors, checkRadio, launch, open, setInput, settle} from "./harness.js";
import {customerMessage, cutTree, deliveryProfiles, encodeCustomers, hierarchical, hourGap, segmentStories} from "../../src/index.js";
import type {CustomerScaling, HourEncoding, Linkage} from "../../src/index.js";
import {seedDataset} from "../../loaders/seedDataset.js";

const delivery = seedDataset("food_delivery");
const linkages: Linkage[] = ["ward", "complete", "average", "single"];
const tree = 'svg[aria-label^="Dendrogram of"]';
const owls: [string, number[]][] = [["Night Owl (23:00)", [30, 8, 3, 23, 2]], ["Night Owl (01:00)", [30, 8, 3, 1, 2]]];

interface Expected {
  cut: number;
  segments: {members: string[]; name: string; insights: string[]; recommendations: string[]; messages: string[]}[];
}

function expected({linkage = "ward" as Linkage, k = 4, scaling = "standardize" as CustomerScaling, hour = "circle" as HourEncoding, withOwls = false} = {}): Expected {
  const names = withOwls ? [...delivery.names, ...owls.map((o) => o[0])] : delivery.names;
  const X = withOwls ? [...delivery.X, ...owls.map((o) => o[1])] : delivery.X;
  const {merges} = hierarchical(encodeCustomers(X, {columns: delivery.features, hour, scaling}).data, {linkage});
  const labels = cutTree(merges, {k});
  const heights = merges.map((m) => m[2]).sort((a, b) => a - b);
  const n = X.length;
  const stories = segmentStories(deliveryProfiles(X, labels, {columns: delivery.features}));
  return {
    cut: (heights[n - k - 1] + heights[n - k]) / 2,
    segments: stories.map((story, c) => ({
      members: names.filter((_, i) => labels[i] === c),
      name: story.name,
      insights: story.insights.map((l) => l.text),
      recommendations: story.recommendations.map((l) => l.text),
      messages: X.flatMap((row, i) =>
        labels[i] === c ? [customerMessage(story, {name: names[i], value: row[0], frequency: row[1], diversity: row[2], hour: row[3], seasonality: row[4]}).text] : []
      )
    }))
  };
}


async function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).allInnerTexts();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function openPage(path = "/assignment", options = {}) {
  return open(browser, path, {...options, waitFor: tree});
}

describe("/assignment", () => {
  it("cutTree(hierarchical(encodeCustomers(X), {linkage}).merges, {k}) and segmentStories(...) are what the page shows for k = 2…6 and every linkage", async () => {
    const {page, context, watch} = await openPage("/assignment?solution=true");
    try {
      for (const linkage of linkages) {
        await checkRadio(page, linkage);
        for (const k of [2, 3, 4, 5, 6]) {
          await setInput(page, "Segments (k)", k);
          const want = expected({linkage, k});
          const describe = want.segments.map((s, c) => `segment ${c + 1}: ${s.members.join(", ")}`).join("; ");
          await expect.poll(() => page.locator(tree).getAttribute("aria-label")).toBe(
            `Dendrogram of 10 customers, ${linkage} linkage, standardized features, peak hour as a point on the clock. Cut into ${want.segments.length} segments at height ${want.cut.toFixed(2)}: ${describe}.`
          );
          // The cut line is drawn and labelled at that height; every leaf is drawn, in as many colours as segments.
          expect(await page.locator(`${tree} g[aria-description="cut line"] line`).count()).toBe(1);
          expect(await page.locator(`${tree} text`, {hasText: `cut ${want.cut.toFixed(2)}`}).count()).toBe(1);
          const fills = await page.$$eval(`${tree} g[aria-description="customers"] > *`, (els) => els.map((e) => e.getAttribute("fill")));
          expect(fills).toHaveLength(10);
          expect(new Set(fills).size).toBe(want.segments.length);
          // Try-it-yourself cards and the worked solution follow.
          expect(await texts(page, ".pk-segments .pk-members")).toEqual(want.segments.map((s) => s.members.join(", ")));
          expect(await texts(page, ".pk-solution .pk-name")).toEqual(want.segments.map((s) => s.name));
          const cards = page.locator(".pk-solution section.pk-segment");
          expect(await cards.count()).toBe(want.segments.length);
          for (let c = 0; c < want.segments.length; ++c) {
            const card = cards.nth(c);
            expect(await card.locator(".pk-insights li").allInnerTexts()).toEqual(want.segments[c].insights);
            expect(await card.locator(".pk-recommendations li").allInnerTexts()).toEqual(want.segments[c].recommendations);
            const messages = await card.locator(".pk-messages li").allInnerTexts();
            expect(messages.map((m) => m.replace(/^.*?: “/, "").replace(/”$/, ""))).toEqual(want.segments[c].messages);
            expect(await card.locator(".pk-stats tbody tr").count()).toBe(5);
          }
        }
      }
      expect(await cellErrors(page)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a link restores linkage, scaling, hour encoding and k, and the segments follow them", async () => {
    const {page, context} = await openPage("/assignment?linkage=average&scaling=robust&hour=plain%20number&k=5&solution=true");
    try {
      const want = expected({linkage: "average", k: 5, scaling: "robust", hour: "number"});
      expect(await page.locator(tree).getAttribute("aria-label")).toContain("average linkage, robust features, peak hour as a plain number. Cut into 5 segments");
      expect(await texts(page, ".pk-solution .pk-name")).toEqual(want.segments.map((s) => s.name));
      expect(await page.locator(".pk-solution .note").innerText()).toContain("you are looking at 5");
    } finally {
      await context.close();
    }
  });

  it("notes survive a reload, come back with their group of customers, and the Markdown export contains them", async () => {
    const {page, context} = await openPage();
    try {
      const first = page.locator(".pk-segments textarea").first();
      await first.fill("Evening regulars on a mid budget.\nOffer: dinner bundles at 18:00.");
      await expect.poll(() => page.locator(".pk-status").innerText()).toContain("Saved in this browser");
      await page.getByLabel("The choice of linkage, scaling and number of segments is stated and justified").check();
      await settle(page);
      // A note on a grouping that only exists at k = 6.
      await setInput(page, "Segments (k)", 6);
      const six = expected({k: 6});
      const lastSix = page.locator(".pk-segments textarea").nth(5);
      await lastSix.fill("Only one customer here.");
      await setInput(page, "Segments (k)", 4);

      await page.reload({waitUntil: "load"});
      await page.waitForSelector(tree, {timeout: 30_000});
      await settle(page);
      expect(await page.locator(".pk-segments textarea").first().inputValue()).toBe("Evening regulars on a mid budget.\nOffer: dinner bundles at 18:00.");
      expect(await page.getByLabel("The choice of linkage, scaling and number of segments is stated and justified").isChecked()).toBe(true);

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByText("Download my notes (Markdown)").click()]);
      expect(download.suggestedFilename()).toBe("food-delivery-segments-notes.md");
      const markdown = await readFile((await download.path())!, "utf8");
      const four = expected({k: 4});
      expect(markdown).toContain(`## Segment 1\n\nCustomers (${four.segments[0].members.length}): ${four.segments[0].members.join(", ")}`);
      expect(markdown).toContain("### My notes\n\nEvening regulars on a mid budget.\nOffer: dinner bundles at 18:00.");
      expect(markdown).toContain(`## Notes on groupings not shown above\n\n### ${[...six.segments[5].members].sort().join(" | ")}\n\nOnly one customer here.`);
      expect(markdown).toContain("- [x] The choice of linkage, scaling and number of segments is stated and justified");
      expect(markdown).toContain("- [ ] The dendrogram is readable");
      expect(markdown).toContain("- linkage: ward");
      // Back at k = 6, the one-customer group finds its note again.
      await setInput(page, "Segments (k)", 6);
      expect(await page.locator(".pk-segments textarea").nth(5).inputValue()).toBe("Only one customer here.");
      expect(await page.locator(".pk-segments textarea").first().inputValue()).toBe("");
    } finally {
      await context.close();
    }
  });

  it("blocked storage and full storage each say so in the page, and typing never breaks it", async () => {
    for (const [script, message] of [
      [`Object.defineProperty(window, "localStorage", {get() { throw new DOMException("denied", "SecurityError"); }});`, "blocks storage"],
      [`Storage.prototype.setItem = function () { throw new DOMException("full", "QuotaExceededError"); };`, "storage for the site is full"]
    ]) {
      const context = await browser.newContext({viewport: {width: 1280, height: 900}});
      try {
        await context.addInitScript(script);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(String(e)));
        const {baseURL} = await import("./harness.js");
        await page.goto(new URL("/assignment", baseURL()).href, {waitUntil: "load"});
        await page.waitForSelector(tree, {timeout: 30_000});
        await settle(page);
        await page.locator(".pk-segments textarea").first().fill("A note");
        await expect.poll(() => page.locator(".pk-status").innerText()).toContain(message);
        expect(await page.locator(".pk-segments textarea").first().inputValue()).toBe("A note");
        expect(errors).toEqual([]);
        expect(await cellErrors(page)).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("the peak-hour section states the distances encodeCustomers gives, and the night owls split as plain numbers but not on the clock", async () => {
    const {page, context} = await openPage("/assignment?owls=true&hour=plain%20number");
    try {
      const others = delivery.features.map((_, j) => delivery.X.reduce((a, r) => a + r[j], 0) / delivery.X.length);
      const at = (h: number) => others.map((v, j) => (j === 3 ? h : v));
      const dist = (a: number[], b: number[]) => Math.hypot(...a.map((v, j) => v - b[j]));
      const rows = [at(23), at(1), at(12)];
      const plain = encodeCustomers(delivery.X, {columns: delivery.features, hour: "number"}).transform(rows);
      const clock = encodeCustomers(delivery.X, {columns: delivery.features, hour: "circle"}).transform(rows);
      const table = await page.$$eval(".pk-probe tbody tr", (trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent)));
      expect(table[0]).toEqual(["23:00 and 01:00", String(hourGap(23, 1)), dist(plain[0], plain[1]).toFixed(2), dist(clock[0], clock[1]).toFixed(2)]);
      expect(table[1]).toEqual(["23:00 and 12:00", "11", dist(plain[0], plain[2]).toFixed(2), dist(clock[0], clock[2]).toFixed(2)]);

      const split = expected({hour: "number", withOwls: true});
      const seg = (name: string) => split.segments.findIndex((s) => s.members.includes(name));
      expect(seg("Night Owl (23:00)")).not.toBe(seg("Night Owl (01:00)"));
      expect(await page.getByText("the night owls are split").innerText()).toContain(`the 01:00 one in segment ${seg("Night Owl (01:00)") + 1} with ${split.segments[seg("Night Owl (01:00)")].members.filter((m) => !m.startsWith("Night Owl")).join(", ")}`);

      await checkRadio(page, "clock (sin, cos)");
      const together = expected({withOwls: true});
      const a = together.segments.findIndex((s) => s.members.includes("Night Owl (23:00)"));
      expect(together.segments[a].members).toContain("Night Owl (01:00)");
      expect(await page.getByText("both night owls are in segment").innerText()).toContain(`both night owls are in segment ${a + 1}.`);
      expect(await page.locator(tree).getAttribute("aria-label")).toContain("Dendrogram of 12 customers");
    } finally {
      await context.close();
    }
  });
});
