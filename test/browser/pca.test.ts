// The PCA lesson shows what src/ computes: each check recomputes the expected numbers in Node with
// the same library and compares them with the charts' text alternatives and the text on the page.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {ariaLabel, cellErrors, checkRadio, launch, open, setInput, settle, text} from "./harness.js";
import {showSlideWith} from "./slides.js";
import {describeComponents, pca, standardize} from "../../src/index.js";
import {seedDataset} from "../../loaders/seedDataset.js";

const profiles = seedDataset("recipe_profiles");
const {features, names, X} = profiles;
const scores = 'svg[aria-label^="Scores scatter"]';
const heatmap = 'svg[aria-label^="Loadings heatmap"]';
const scree = 'svg[aria-label^="Scree plot"]';

// The page's number formats: a true minus sign, fixed decimals, percentages with one decimal.
const fixed = (x: number, digits = 2) => {
  const s = Math.abs(x).toFixed(digits);
  return Number(s) === 0 ? s : `${x < 0 ? "−" : ""}${s}`;
};
const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)}%`;

function fit(scaling: "none" | "standardize", k?: number) {
  const input = scaling === "standardize" ? standardize(X).data : X;
  return pca(input, k === undefined ? {} : {components: k});
}



// Inputs.radio labels each option with its own text.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function openPca(path = "/pca", options = {}) {
  return open(browser, path, {...options, waitFor: scores});
}

async function expectModel(page: Page, scaling: "none" | "standardize", k: number): Promise<void> {
  const model = fit(scaling, k);
  const full = fit(scaling);
  let total = 0;
  const cumulative = full.explainedVarianceRatio.map((r) => (total += r));
  expect(await text(page, ".pk-k")).toBe(String(k));
  expect(await text(page, ".pk-kept")).toBe(pct(cumulative[k - 1]));
  const scoresLabel = await ariaLabel(page, scores);
  names.forEach((name, i) => {
    const s = model.scores[i];
    expect(scoresLabel).toContain(`${name}: PC1 ${fixed(s[0])}${k > 1 ? `, PC2 ${fixed(s[1])}` : ""}`);
  });
  const heat = await ariaLabel(page, heatmap);
  model.components.forEach((row, c) => expect(heat).toContain(`PC${c + 1}: ${row.map((v, j) => `${features[j]} ${fixed(v)}`).join(", ")}`));
  expect(heat).not.toContain(`PC${k + 1}:`);
  expect(await ariaLabel(page, scree)).toContain(`${k} kept, together ${pct(cumulative[k - 1])}`);
  const readings = describeComponents(full, {features, names, count: 2, noun: "dishes"});
  for (const r of readings) expect(await text(page, `.pk-reading[data-pc="${r.name}"]`)).toContain(r.text);
}

describe("/pca", () => {
  it("pca(recipe_profiles, {components: k}) is what the page shows for k = 2, 4 and 1, raw and standardized", async () => {
    const {page, context, watch} = await openPca();
    try {
      await expectModel(page, "none", 2);
      await setInput(page, "Components kept", 4);
      await expectModel(page, "none", 4);
      await checkRadio(page, "standardize (mean 0, SD 1)");
      await expectModel(page, "standardize", 4);
      await setInput(page, "Components kept", 1);
      await expectModel(page, "standardize", 1);
      expect(await page.locator(".note", {hasText: "Keep at least two components to draw the biplot"}).count()).toBe(1);
      expect(new URL(page.url()).searchParams.get("scale")).toBe("standardize");
      expect(new URL(page.url()).searchParams.get("k")).toBe("1");
      expect(await cellErrors(page)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("pca(standardize(X), {components: 3}) is what a shared link (?scale=standardize&k=3) opens on, with the biplot's arrows at its loadings", async () => {
    const {page, context} = await openPca("/pca?scale=standardize&k=3");
    try {
      await expectModel(page, "standardize", 3);
      const model = fit("standardize", 3);
      const biplot = await ariaLabel(page, 'svg[aria-label^="Biplot"]');
      features.forEach((f, j) => expect(biplot).toContain(`${f} (${fixed(model.components[0][j])}, ${fixed(model.components[1][j])})`));
    } finally {
      await context.close();
    }
  });

  it("the standardize sentence names PC1's share in both scalings and the feature whose loading moved most", async () => {
    const {page, context} = await openPca();
    try {
      const raw = fit("none", 2), std = fit("standardize", 2);
      const moved = features
        .map((f, j) => ({f, delta: Math.abs(Math.abs(raw.components[0][j]) - Math.abs(std.components[0][j]))}))
        .sort((a, b) => b.delta - a.delta)[0].f;
      const note = await text(page, ".pk-scaling-note");
      expect(note).toContain(`PC1 would carry ${pct(std.explainedVarianceRatio[0])} instead of ${pct(raw.explainedVarianceRatio[0])}`);
      expect(note).toContain(`${moved} would change its weight on PC1 the most`);
      await checkRadio(page, "standardize (mean 0, SD 1)");
      expect(await text(page, ".pk-scaling-note")).toContain(`PC1 now carries ${pct(std.explainedVarianceRatio[0])} instead of ${pct(raw.explainedVarianceRatio[0])}`);
    } finally {
      await context.close();
    }
  });

  it("the rebuild chart's typical miss is the RMS gap between a dish and its reconstruction from k components", async () => {
    const {page, context} = await openPca("/pca?k=3&dish=Spicy+Curry");
    try {
      const model = fit("none", 3);
      const i = names.indexOf("Spicy Curry");
      const rebuilt = features.map((_, j) => model.mean[j] + model.scores[i].reduce((s, v, c) => s + v * model.components[c][j], 0));
      const rms = Math.sqrt(rebuilt.reduce((s, v, j) => s + (v - X[i][j]) ** 2, 0) / features.length);
      expect(await text(page, ".pk-rebuild")).toBe(rms.toFixed(2));
    } finally {
      await context.close();
    }
  });

  it("the predict-then-reveal exercise wants a guess, then gives pca's count of components for the chosen share and scaling", async () => {
    const {page, context} = await openPca("/pca?qTarget=80%25");
    try {
      const button = page.getByRole("button", {name: "Lock in my guess and reveal"});
      const reveal = (selector: string) =>
        expect.poll(async () => (await button.click(), await settle(page), page.locator(selector).count()), {timeout: 15_000}).toBeGreaterThan(0);
      const needed = (scaling: "none" | "standardize", share: number) => {
        let total = 0;
        return fit(scaling).explainedVarianceRatio.map((r) => (total += r)).findIndex((c) => c >= share - 1e-12) + 1;
      };
      // The answer depends on what the learner sets.
      expect(new Set([needed("none", 0.8), needed("none", 0.9), needed("none", 0.95), needed("standardize", 0.8)]).size).toBeGreaterThan(1);
      expect(await page.locator(".pk-needed").count()).toBe(0);
      await reveal(".pk-reveal[role=status]");
      expect(await text(page, ".pk-reveal")).toContain("Pick a number first");
      await checkRadio(page, "1");
      expect(await page.locator(".pk-needed").count()).toBe(0);
      await reveal(".pk-needed");
      expect(await text(page, ".pk-needed")).toBe(String(needed("none", 0.8)));
      expect(await text(page, ".pk-reveal")).toContain(needed("none", 0.8) > 1 ? "Too few." : "Spot on.");
      // A new setting hides the answer: nothing is re-graded, and no lock sits in the URL.
      await checkRadio(page, "on a common scale (standardized)");
      expect(await page.locator(".pk-needed").count()).toBe(0);
      expect(new URL(page.url()).searchParams.get("locked")).toBeNull();
      await reveal(".pk-needed");
      expect(await text(page, ".pk-needed")).toBe(String(needed("standardize", 0.8)));
    } finally {
      await context.close();
    }
  });

  it("the axis explorer's captured share is uᵀCu / trace(C), and its peak is pca's PC1 of the two columns", async () => {
    const {page, context} = await open(browser, "/pca?present=1");
    try {
      await showSlideWith(page, ".pk-captured");
      const i = features.indexOf("sweet"), j = features.indexOf("umami");
      const xs = X.map((r) => r[i]), ys = X.map((r) => r[j]);
      const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
      const mx = mean(xs), my = mean(ys);
      const sxx = mean(xs.map((x) => (x - mx) ** 2)), syy = mean(ys.map((y) => (y - my) ** 2));
      const sxy = mean(xs.map((x, n) => (x - mx) * (ys[n] - my)));
      const share = (deg: number) => {
        const t = (deg * Math.PI) / 180;
        return (Math.cos(t) ** 2 * sxx + 2 * Math.cos(t) * Math.sin(t) * sxy + Math.sin(t) ** 2 * syy) / (sxx + syy);
      };
      expect(await text(page, ".pk-captured")).toBe(pct(share(20)));
      await setInput(page, "Axis angle (°)", 100);
      expect(await text(page, ".pk-captured")).toBe(pct(share(100)));
      // Presenter mode: → turns the axis by 5°.
      await page.locator("h2").filter({visible: true}).first().click();
      await page.keyboard.press("ArrowRight");
      await settle(page);
      expect(await text(page, ".pk-captured")).toBe(pct(share(105)));
      expect(new URL(page.url()).searchParams.get("angle")).toBe("105");
      await page.getByLabel("Show PC1").check();
      await settle(page);
      const two = pca(X.map((r) => [r[i], r[j]]), {components: 1});
      const best = ((((Math.atan2(two.components[0][1], two.components[0][0]) * 180) / Math.PI) % 180) + 180) % 180;
      const caption = await text(page, "figcaption:has-text('The curve peaks at')");
      expect(caption).toContain(`The curve peaks at ${best.toFixed(1)}° with ${pct(two.explainedVarianceRatio[0])}`);
      expect(share(best)).toBeCloseTo(two.explainedVarianceRatio[0], 12);
    } finally {
      await context.close();
    }
  });

  it("k from 2 to 3 redraws the scree plot but keeps the scores plot and the biplot, whose PC1 and PC2 are the same", async () => {
    const {page, context} = await openPca("/pca?k=2");
    try {
      const biplot = 'svg[aria-label^="Biplot"]';
      await page.locator(biplot).waitFor();
      const charts = [scores, biplot, scree];
      await page.evaluate((sels) => sels.forEach((s) => ((document.querySelector(s) as SVGElement & {pkMark?: boolean}).pkMark = true)), charts);
      await setInput(page, "Components kept", 3);
      expect(await ariaLabel(page, scree)).toContain("3 kept");
      expect(await page.evaluate((sels) => sels.map((s) => Boolean((document.querySelector(s) as (SVGElement & {pkMark?: boolean}) | null)?.pkMark)), charts)).toEqual([true, true, false]);
    } finally {
      await context.close();
    }
  });

  it("a change of k or scaling re-renders the charts (time logged)", async () => {
    const {page, context} = await openPca();
    try {
      const times: string[] = [];
      const steps: [string, number][] = [["none", 3], ["none", 5], ["standardize", 5], ["standardize", 2], ["none", 2], ["none", 6]];
      let scaling = "none";
      for (const [s, k] of steps) {
        const model = fit(s as "none" | "standardize", k);
        const expected = `PC${k}: ${model.components[k - 1].map((v, j) => `${features[j]} ${fixed(v)}`).join(", ")}`;
        const first = `${names[0]}: PC1 ${fixed(model.scores[0][0])}`;
        const change = s !== scaling ? "scale" : "k";
        scaling = s;
        const ms = await page.evaluate(
          async ({change, s, k, expected, first}) => {
            const t0 = performance.now();
            if (change === "k") {
              const form = Array.from(document.querySelectorAll("form")).find((f) => f.textContent?.includes("Components kept"))!;
              const input = form.querySelector("input[type=number]") as HTMLInputElement;
              input.value = String(k);
              input.dispatchEvent(new Event("input", {bubbles: true}));
            } else {
              const radio = Array.from(document.querySelectorAll("input[type=radio]")).find((r) => (r as HTMLInputElement).value !== undefined && r.parentElement?.textContent?.startsWith(s)) as HTMLInputElement;
              radio.click();
            }
            const done = () =>
              (document.querySelector('svg[aria-label^="Loadings heatmap"]')?.getAttribute("aria-label") ?? "").includes(expected) &&
              (document.querySelector('svg[aria-label^="Scores scatter"]')?.getAttribute("aria-label") ?? "").includes(first);
            const dom = await new Promise<number>((resolve, reject) => {
              const observer = new MutationObserver(() => {
                if (done()) {
                  observer.disconnect();
                  resolve(performance.now() - t0);
                }
              });
              observer.observe(document.body, {subtree: true, childList: true, attributes: true});
              setTimeout(() => reject(new Error("the charts did not re-render within 10 s")), 10_000);
            });
            await new Promise(requestAnimationFrame);
            return {dom, frame: performance.now() - t0};
          },
          {change, s, k, expected, first}
        );
        times.push(`${change === "k" ? `k=${k}` : `scale=${s}`}: ${ms.dom.toFixed(1)} ms (next frame ${ms.frame.toFixed(1)} ms)`);
        await settle(page);
      }
      console.log(`/pca re-render after an input change (DOM updated with the new charts): ${times.join("; ")}`);
      expect(times).toHaveLength(steps.length);
    } finally {
      await context.close();
    }
  });
});
