// The hierarchical lesson shows what src/ computes: the expected trees, cuts and correlations are
// recomputed in Node with the same library and compared with the chart descriptions and tables.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {ariaLabel, cellErrors, checkRadio, launch, open, setInput, settle} from "./harness.js";
import {showSlideWith} from "./slides.js";
import {copheneticCorrelation, cutTree, hierarchical, standardize} from "../../src/index.js";
import type {Linkage} from "../../src/cluster/hierarchical/hierarchical.js";
import {seedDataset} from "../../loaders/seedDataset.js";

const recipes = seedDataset("recipes");
const linkages: Linkage[] = ["ward", "complete", "average", "single"];
const live = 'svg[aria-label^="Dendrogram of"]';
const replay = 'svg[aria-label^="Replay of"]';

function data(scaled: boolean): number[][] {
  return scaled ? standardize(recipes.X).data : recipes.X;
}

function describeGroups(labels: number[]): string {
  const k = Math.max(...labels) + 1;
  return Array.from({length: k}, (_, c) => `cluster ${c + 1}: ${recipes.names.filter((_, i) => labels[i] === c).join(", ")}`).join("; ");
}



// The merge table's rows as the page prints them: i, a, b, height (3 decimals), size.
async function mergeRows(page: Page): Promise<string[][]> {
  return page.$$eval(".pk-merge-table tbody tr", (rows) => rows.map((r) => Array.from(r.querySelectorAll("td"), (td) => td.textContent ?? "").slice(0, 5)));
}

function expectedRows(merges: number[][]): string[][] {
  return merges.map(([a, b, h, size], i) => [String(i), String(a), String(b), h.toFixed(3), String(size)]);
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function openTree(path = "/hierarchical", options = {}) {
  return open(browser, path, {...options, waitFor: live});
}

describe("/hierarchical", () => {
  it("hierarchical(standardize(recipes), {linkage}) and cutTree(merges, {k}) are what the page shows as linkage and k change", async () => {
    const {page, context, watch} = await openTree();
    try {
      for (const [linkage, k] of [["ward", 3], ["single", 4], ["complete", 2]] as [Linkage, number][]) {
        if (linkage !== "ward") {
          await checkRadio(page, linkage);
          await setInput(page, "Clusters (k)", k);
        }
        const {merges} = hierarchical(data(true), {linkage});
        const labels = cutTree(merges, {k});
        expect(await ariaLabel(page, live)).toContain(`${linkage} linkage, standardized features. `);
        expect(await ariaLabel(page, live)).toContain(`: ${describeGroups(labels)}.`);
        expect(await mergeRows(page)).toEqual(expectedRows(merges));
        // Every recipe is drawn as one leaf, and the cut line sits between the right merges.
        expect(await page.locator(`${live} g[aria-description="recipes"] > *`).count()).toBe(recipes.names.length);
        // Both printed ends of the range are cuts that give k families (issue 14, error 5).
        const summary = await page.locator("h2", {hasText: "families"}).first().innerText();
        const m = /^(\d+) families: any cut from height ([\d.]+) to ([\d.]+) gives them$/.exec(summary);
        expect(m, summary).not.toBeNull();
        expect(Number(m![1])).toBe(k);
        for (const h of [Number(m![2]), Number(m![3])]) expect(new Set(cutTree(merges, {height: h})).size).toBe(k);
      }
      expect(await cellErrors(page)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("cutTree(merges, {height}) on unscaled data is what the page shows when cutting by height with Standardize off", async () => {
    const {page, context} = await openTree();
    try {
      await page.getByLabel("Standardize features").uncheck();
      await settle(page);
      await checkRadio(page, "height");
      await setInput(page, "Cut height", 20);
      const {merges} = hierarchical(data(false), {linkage: "ward"});
      const labels = cutTree(merges, {height: 20});
      const k = new Set(labels).size;
      expect(await page.locator("h2", {hasText: "Cut at height"}).first().innerText()).toBe(`Cut at height 20.00: ${k} families`);
      expect(await ariaLabel(page, live)).toContain(`ward linkage, unscaled features. Cut at height 20.00: ${k} families: ${describeGroups(labels)}.`);
      expect(await mergeRows(page)).toEqual(expectedRows(merges));
      expect(await page.getByText("What scaling changed.").locator("..").innerText()).toContain("Scaling is off.");
      const url = new URL(page.url());
      expect([url.searchParams.get("scaled"), url.searchParams.get("cutBy"), url.searchParams.get("height")]).toEqual(["false", "height", "20"]);
    } finally {
      await context.close();
    }
  });

  it("the cophenetic chart states copheneticCorrelation for all four linkages", async () => {
    const {page, context} = await openTree("/hierarchical?linkage=average");
    try {
      const label = await ariaLabel(page, 'svg[aria-label^="Cophenetic correlation by linkage"]');
      const X = data(true);
      for (const linkage of linkages) expect(label).toContain(`${linkage} ${copheneticCorrelation(X, hierarchical(X, {linkage}).merges).toFixed(3)}`);
      expect(label).toContain("average is in use");
    } finally {
      await context.close();
    }
  });

  it("the predict-then-reveal exercise asks about its own linkage and scaling, and names the smaller family of cutTree(merges, {k: 2})", async () => {
    const {page, context} = await openTree("/hierarchical?qLinkage=complete&qScaled=false");
    try {
      const smaller = (linkage: Linkage, scaled: boolean) => {
        const labels = cutTree(hierarchical(data(scaled), {linkage}).merges, {k: 2});
        const small = labels.filter((l) => l === 1).length < labels.filter((l) => l === 0).length ? 1 : 0;
        return recipes.names.filter((_, i) => labels[i] === small).join(", ");
      };
      // The answer depends on the settings: not the same under all eight.
      const all = new Set(linkages.flatMap((l) => [true, false].map((sc) => smaller(l, sc))));
      expect(all.size).toBeGreaterThan(1);
      const answer = smaller("complete", false);
      const reveal = (text: string) =>
        expect
          .poll(
            async () => {
              await page.getByRole("button", {name: "Lock in my guess and reveal"}).click();
              await settle(page);
              return page.getByText(text).count();
            },
            {timeout: 15_000}
          )
          .toBeGreaterThan(0);
      await reveal("Pick an answer first");
      const wrong = [...all].find((o) => o !== answer)!;
      await checkRadio(page, wrong);
      expect(await page.locator(".pk-answer").count()).toBe(0);
      await reveal("Not quite");
      expect(await page.locator(".pk-answer").innerText()).toBe(answer);
      // A new guess hides the answer again: nothing is re-graded.
      await checkRadio(page, answer);
      expect(await page.locator(".pk-answer").count()).toBe(0);
      await reveal("Right!");
      // The page no longer names the loner up front.
      expect(await page.locator("#observablehq-main > p", {hasText: "A family tree answers"}).innerText()).not.toContain("Beef Wellington");
    } finally {
      await context.close();
    }
  });

  it("the replay follows the merges step by step, and → steps it in presenter mode", async () => {
    const {page, context} = await open(browser, "/hierarchical?step=2&present=1");
    try {
      await showSlideWith(page, replay);
      const {merges} = hierarchical(data(true), {linkage: "ward"});
      expect(await ariaLabel(page, replay)).toContain(`after 2 of ${merges.length} merges`);
      await page.locator("h2").filter({visible: true}).first().click();
      await page.keyboard.press("ArrowRight");
      await settle(page);
      expect(await ariaLabel(page, replay)).toContain(`after 3 of ${merges.length} merges`);
      expect(await ariaLabel(page, replay)).toContain(`Merge 3: `);
      expect(await ariaLabel(page, replay)).toContain(`at height ${merges[2][2].toFixed(2)}, making a family of ${merges[2][3]}.`);
      expect(await page.locator('.pk-merge-table tr[aria-current="step"] td').first().innerText()).toBe("2");
      expect(new URL(page.url()).searchParams.get("step")).toBe("3");
      await page.getByRole("button", {name: "First step"}).click();
      await settle(page);
      expect(await ariaLabel(page, replay)).toContain("Before any merge");
    } finally {
      await context.close();
    }
  });

  it("a change of linkage re-renders the charts (time logged)", async () => {
    const {page, context} = await openTree();
    try {
      const times: number[] = [];
      for (const linkage of ["single", "average", "complete", "ward", "single", "average", "complete", "ward"] as Linkage[]) {
        const labels = cutTree(hierarchical(data(true), {linkage}).merges, {k: 3});
        const expected = `${linkage} linkage, standardized features. 3 families`;
        const ms = await page.evaluate(
          async ({linkage, expected, groups}) => {
            const radio = Array.from(document.querySelectorAll("label")).find((l) => l.textContent === linkage)!.querySelector("input") as HTMLInputElement;
            const t0 = performance.now();
            radio.click();
            for (;;) {
              await new Promise(requestAnimationFrame);
              const label = document.querySelector('svg[aria-label^="Dendrogram of"]')?.getAttribute("aria-label") ?? "";
              const coph = document.querySelector('svg[aria-label^="Cophenetic correlation"]')?.getAttribute("aria-label") ?? "";
              if (label.includes(expected) && label.includes(groups) && coph.includes(`${linkage} is in use`)) return performance.now() - t0;
              if (performance.now() - t0 > 10_000) throw new Error("the charts did not re-render within 10 s");
            }
          },
          {linkage, expected, groups: describeGroups(labels)}
        );
        times.push(ms);
      }
      console.log(`/hierarchical re-render after a change of linkage (ms, to the next frame showing the new charts): ${times.map((t) => t.toFixed(1)).join(", ")}`);
      expect(times).toHaveLength(8);
    } finally {
      await context.close();
    }
  });
});
