// The k-means lesson shows what src/ computes: every check below recomputes the expected numbers in
// Node with the same library and compares them with the chart descriptions and text on the page.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {ariaLabel, cellErrors, checkRadio, launch, open, setInput, settle} from "./harness.js";
import {showSlideWith} from "./slides.js";
import {kmeans, silhouette, silhouetteSamples, standardize} from "../../src/index.js";
import {seedDataset} from "../../loaders/seedDataset.js";

const spices = seedDataset("spices");
const scatter = 'svg[aria-label^="Scatter of"]';

interface Settings {
  k: number;
  scaled?: boolean;
  seed?: number;
  nInit?: number;
  init?: "kmeans++" | "random";
}

function data(scaled: boolean): number[][] {
  return scaled ? standardize(spices.X).data : spices.X;
}

function fitFor({k, scaled = true, seed = 42, nInit = 10, init = "kmeans++"}: Settings) {
  return kmeans(data(scaled), {k, seed, nInit, init, refine: false}); // the lesson runs scikit-learn's plain Lloyd
}

// The page's wording of a partition: "cluster 1: Vanilla, Cinnamon; cluster 2: …".
function describeGroups(labels: number[]): string {
  const k = Math.max(...labels) + 1;
  return Array.from({length: k}, (_, c) => `cluster ${c + 1}: ${spices.names.filter((_, i) => labels[i] === c).join(", ")}`).join("; ");
}

// Inputs.radio names every option after the group's label, so options are found by their own label text.

async function heading(page: Page): Promise<string> {
  return (await page.locator("h2", {hasText: "inertia"}).first().textContent()) ?? "";
}


let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function openKmeans(path = "/kmeans", options = {}) {
  return open(browser, path, {...options, waitFor: scatter});
}

describe("/kmeans", () => {
  it("kmeans(standardize(spices), {k}) is what the page shows for k = 3 and then k = 4", async () => {
    const {page, context, watch} = await openKmeans();
    try {
      for (const k of [3, 4]) {
        if (k !== 3) await setInput(page, "Clusters (k)", k);
        const fit = fitFor({k});
        const X = data(true);
        expect(await heading(page)).toBe(`${k} jars · inertia ${fit.inertia.toFixed(3)} · ${fit.iterations} Lloyd ${fit.iterations === 1 ? "round" : "rounds"} · mean silhouette ${silhouette(X, fit.labels).toFixed(3)}`);
        expect(await ariaLabel(page, scatter)).toContain(`in ${k} k-means clusters with their centres: ${describeGroups(fit.labels)}.`);
        expect(await page.locator(`${scatter} g[aria-description="centres"] > *`).count()).toBe(k);
        expect(await page.locator(`${scatter} g[aria-description="spices"] > *`).count()).toBe(spices.names.length);
        // Centres in original units: centre × scale + mean, as the groups table shows them.
        const {mean, scale} = standardize(spices.X);
        const table = await page.locator("table", {hasText: "what's in it"}).innerText();
        fit.centers.forEach((c, j) => {
          const members = spices.names.filter((_, i) => fit.labels[i] === j).join(", ");
          expect(table).toContain(members);
          for (const [t, v] of c.entries()) expect(table).toContain((v * scale[t] + mean[t]).toFixed(2));
        });
      }
      expect(await cellErrors(page)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("kmeans(spices, {k: 3}) without scaling is what the page shows when Standardize is off, with a sentence on what changed", async () => {
    const {page, context} = await openKmeans();
    try {
      await page.getByLabel("Standardize features").uncheck();
      await settle(page);
      const fit = fitFor({k: 3, scaled: false});
      expect(await heading(page)).toContain(`inertia ${fit.inertia.toFixed(3)}`);
      expect(await ariaLabel(page, scatter)).toContain(describeGroups(fit.labels));
      expect(await page.getByText("What scaling changed.").locator("..").innerText()).toContain("Scaling is off.");
      expect(new URL(page.url()).searchParams.get("scaled")).toBe("false");
    } finally {
      await context.close();
    }
  });

  it("kmeans(X, {init: 'random', nInit: 1, seed: 3}) is what the page shows for those controls", async () => {
    const {page, context} = await openKmeans();
    try {
      await checkRadio(page, "random");
      await settle(page);
      await setInput(page, "Runs (n_init)", 1);
      await setInput(page, "Seed", 3);
      const fit = fitFor({k: 3, init: "random", nInit: 1, seed: 3});
      expect(await heading(page)).toContain(`inertia ${fit.inertia.toFixed(3)}`);
      expect(await ariaLabel(page, scatter)).toContain(describeGroups(fit.labels));
    } finally {
      await context.close();
    }
  });

  it("the elbow, silhouette-over-k and per-spice silhouette charts state kmeans' inertia and silhouette values", async () => {
    const {page, context} = await openKmeans("/kmeans?k=4");
    try {
      const X = data(true);
      const elbow = await ariaLabel(page, 'svg[aria-label^="Elbow chart"]');
      const overK = await ariaLabel(page, 'svg[aria-label^="Mean silhouette by k"]');
      for (let k = 1; k <= 7; ++k) {
        const fit = fitFor({k});
        expect(elbow).toContain(`k ${k}: ${fit.inertia.toFixed(2)}`);
        if (k >= 2) expect(overK).toContain(`k ${k}: ${silhouette(X, fit.labels).toFixed(3)}`);
      }
      expect(elbow).toContain("k = 4 is chosen");
      const fit = fitFor({k: 4});
      const s = silhouetteSamples(X, fit.labels);
      const perSpice = await ariaLabel(page, 'svg[aria-label^="Silhouette of each spice"]');
      spices.names.forEach((name, i) => expect(perSpice).toContain(`${name} (cluster ${fit.labels[i] + 1}) ${s[i].toFixed(2)}`));
    } finally {
      await context.close();
    }
  });

  it("the predict-then-reveal exercise asks for a guess first, then names Saffron's jar-mates from kmeans(k = 2)", async () => {
    const {page, context} = await openKmeans();
    try {
      // The reveal button is rebuilt when the guess cell re-runs; a click that lands on the old one is lost, so click until the page answers.
      const revealUntil = (answer: string) =>
        expect
          .poll(
            async () => {
              await page.getByRole("button", {name: "Lock in my guess and reveal"}).click();
              await settle(page);
              return page.getByText(answer).count();
            },
            {timeout: 15_000}
          )
          .toBe(1);
      await revealUntil("Pick an answer first");
      const fit = fitFor({k: 2});
      const saffron = spices.names.indexOf("Saffron");
      const mates = spices.names.filter((_, i) => i !== saffron && fit.labels[i] === fit.labels[saffron]);
      await checkRadio(page, "Cayenne and Paprika");
      await settle(page);
      await expect(page.getByText("Saffron shares its jar with").count()).resolves.toBe(0);
      await revealUntil("Saffron shares its jar with");
      const text = await page.getByText("Saffron shares its jar with").innerText();
      expect(text).toContain(`Saffron shares its jar with ${mates.join(" and ")}.`);
      expect(text).toContain("Not quite");
    } finally {
      await context.close();
    }
  });

  it("the step-through replays kmeans' history, and → steps it in presenter mode", async () => {
    const {page, context} = await open(browser, "/kmeans?init=random&nInit=1&seed=1&present=1");
    try {
      await showSlideWith(page, 'svg[aria-label^="Step "]');
      const history = kmeans(data(true), {k: 3, init: "random", nInit: 1, seed: 1, history: true, refine: false}).history!;
      expect(history.length).toBeGreaterThan(2);
      const stepLabel = 'svg[aria-label^="Step "]';
      expect(await ariaLabel(page, stepLabel)).toContain(`Step 0 of the k-means run`);
      expect(await ariaLabel(page, stepLabel)).toContain(describeGroups(history[0].labels));
      await page.locator("h2").filter({visible: true}).first().click();
      await page.keyboard.press("ArrowRight");
      await settle(page);
      expect(await ariaLabel(page, stepLabel)).toContain("Step 1 of the k-means run");
      expect(new URL(page.url()).searchParams.get("step")).toBe("1");
      await page.getByRole("button", {name: "Last step"}).click();
      await settle(page);
      expect(await ariaLabel(page, stepLabel)).toContain(`Step ${history.length - 1} of the k-means run`);
      expect(await ariaLabel(page, stepLabel)).toContain("converged");
      const centres = await page.locator(`${stepLabel} g[aria-description="centres"] > *`).count();
      expect(centres).toBe(3);
    } finally {
      await context.close();
    }
  });

  it("a change of k re-renders the charts (time logged)", async () => {
    const {page, context} = await openKmeans();
    try {
      const times: number[] = [];
      for (const k of [4, 5, 2, 3, 6]) {
        const fit = fitFor({k});
        const expected = `in ${k} k-means clusters with their centres: ${describeGroups(fit.labels)}.`;
        const ms = await page.evaluate(
          async ({k, expected}) => {
            const input = Array.from(document.querySelectorAll("form")).find((f) => f.textContent?.includes("Clusters (k)"))!.querySelector("input[type=number]") as HTMLInputElement;
            const t0 = performance.now();
            input.value = String(k);
            input.dispatchEvent(new Event("input", {bubbles: true}));
            for (;;) {
              await new Promise(requestAnimationFrame);
              const label = document.querySelector('svg[aria-label^="Scatter of"]')?.getAttribute("aria-label") ?? "";
              const elbow = document.querySelector('svg[aria-label^="Elbow chart"]')?.getAttribute("aria-label") ?? "";
              if (label.includes(expected) && elbow.includes(`k = ${k} is chosen`)) return performance.now() - t0;
              if (performance.now() - t0 > 10_000) throw new Error("the charts did not re-render within 10 s");
            }
          },
          {k, expected}
        );
        times.push(ms);
      }
      console.log(`/kmeans re-render after a change of k (ms, to the next frame showing the new charts): ${times.map((t) => t.toFixed(1)).join(", ")}`);
      expect(times).toHaveLength(5);
    } finally {
      await context.close();
    }
  });
});
