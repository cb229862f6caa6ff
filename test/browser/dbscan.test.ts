// The DBSCAN lesson shows what src/ computes: each check recomputes the expected clusters, roles,
// k-distance curve and anomaly reasons in Node with the same library and compares them with the
// charts' text alternatives and the text on the page.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {ariaLabel, cellErrors, checkRadio, launch, open, setInput, settle, text} from "./harness.js";
import {showSlideWith} from "./slides.js";
import {dbscan, dbscanSteps, kDistance, standardize, suggestEps, unusualFeatures} from "../../src/index.js";
import {seedDataset} from "../../loaders/seedDataset.js";

const cooking = seedDataset("cooking");
const {features, names, X, records} = cooking;
const scatter = 'svg[aria-label^="Scatter of"]';
const kplot = 'svg[aria-label^="k-distance plot"]';

type Scaling = "standardize" | "none";
const space = (scaling: Scaling) => (scaling === "standardize" ? standardize(X).data : X);

function run(scaling: Scaling, eps: number, minSamples: number) {
  const Z = space(scaling);
  const result = dbscan(Z, {eps, minSamples});
  const role = result.labels.map((l, i) => (result.core[i] ? "core" : l === -1 ? "noise" : "border"));
  return {Z, result, role};
}




let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function openDbscan(path = "/dbscan", options = {}) {
  return open(browser, path, {...options, waitFor: scatter});
}

async function expectRun(page: Page, scaling: Scaling, eps: number, minSamples: number): Promise<void> {
  const {Z, result, role} = run(scaling, eps, minSamples);
  expect(await text(page, ".pk-clusters")).toBe(String(result.nClusters));
  expect(await text(page, ".pk-noise")).toBe(String(result.nNoise));
  expect(await text(page, ".pk-core")).toBe(String(role.filter((r) => r === "core").length));
  expect(await text(page, ".pk-border")).toBe(String(role.filter((r) => r === "border").length));
  expect(await text(page, ".pk-noise-share")).toBe(`${((100 * result.nNoise) / X.length).toFixed(0)}%`);
  const label = await ariaLabel(page, scatter);
  names.forEach((name, i) => expect(label).toContain(`${name}: ${role[i]}${result.labels[i] >= 0 ? `, cluster ${result.labels[i] + 1}` : ""};`.replace(/;$/, "")));
  // One mark per dish, drawn by role.
  expect(await page.locator(`${scatter} .pk-dish > *`).count()).toBe(names.length);
  const curve = kDistance(Z, {k: minSamples});
  const knee = suggestEps(curve);
  const k = await ariaLabel(page, kplot);
  expect(k).toContain(`k-distance plot for k = ${minSamples}:`);
  for (const d of curve) expect(k).toContain(d.toFixed(2));
  expect(k).toContain(`Suggested eps ${knee.eps.toFixed(2)}`);
  expect(k).toContain(`current eps ${eps}`);
  expect(await text(page, ".pk-suggested")).toBe(knee.eps.toFixed(2));
  const listed = await page.locator(".pk-anomaly").evaluateAll((els) => els.map((e) => e.getAttribute("data-dish")));
  const noise = names.filter((_, i) => result.labels[i] === -1);
  expect(listed).toEqual(noise);
  for (const name of noise) {
    const i = names.indexOf(name);
    const item = await text(page, `.pk-anomaly[data-dish="${name}"]`);
    for (const f of unusualFeatures(records, i, features)) expect(item).toContain(`${Math.abs(f.z).toFixed(1)} SD ${f.z > 0 ? "above" : "below"} the kitchen average`);
  }
}

describe("/dbscan", () => {
  it("dbscan(standardize(cooking), {eps, minSamples}) is what the page shows at 0.8/2, 0.5/2, 0.5/3 and 1.2/4", async () => {
    const {page, context, watch} = await openDbscan();
    try {
      await expectRun(page, "standardize", 0.8, 2);
      await setInput(page, "eps (standardized units)", 0.5);
      await expectRun(page, "standardize", 0.5, 2);
      await setInput(page, "minSamples", 3);
      await expectRun(page, "standardize", 0.5, 3);
      await setInput(page, "eps (standardized units)", 1.2);
      await setInput(page, "minSamples", 4);
      await expectRun(page, "standardize", 1.2, 4);
      expect(new URL(page.url()).searchParams.get("eps")).toBe("1.2");
      expect(new URL(page.url()).searchParams.get("minSamples")).toBe("4");
      expect(await cellErrors(page)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("dbscan(cooking, {eps}) in raw units is what the page shows with scaling off, and the sentence says which feature dominates", async () => {
    const {page, context} = await openDbscan();
    try {
      await checkRadio(page, "none (raw units)");
      await expectRun(page, "none", 10, 2);
      await setInput(page, "eps (raw units)", 40);
      await expectRun(page, "none", 40, 2);
      // Pasta C and its nearest neighbour: the feature with the largest share of the squared raw distance.
      const i = names.indexOf("Pasta C");
      const dist = (a: number[], b: number[]) => Math.hypot(...a.map((v, j) => v - b[j]));
      const other = names.map((_, j) => j).filter((j) => j !== i).sort((a, b) => dist(X[i], X[a]) - dist(X[i], X[b]))[0];
      const sq = features.map((_, j) => (X[i][j] - X[other][j]) ** 2);
      const top = sq.indexOf(Math.max(...sq));
      const note = await text(page, ".pk-scaling-note");
      expect(note).toContain(`its nearest neighbour, ${names[other]}`);
      expect(note).toContain(`${features[top].replace("_", " ")} supplies ${((100 * sq[top]) / sq.reduce((a, b) => a + b, 0)).toFixed(0)}%`);
    } finally {
      await context.close();
    }
  });

  it("a shared link (?eps=0.6&minSamples=3&pick=Salad+A) opens on that run, with the eps neighbourhood of Salad A", async () => {
    const {page, context} = await openDbscan("/dbscan?eps=0.6&minSamples=3&pick=Salad+A");
    try {
      await expectRun(page, "standardize", 0.6, 3);
      const {Z, result, role} = run("standardize", 0.6, 3);
      const i = names.indexOf("Salad A");
      const within = names.map((name, j) => ({name, d: Math.hypot(...Z[i].map((v, t) => v - Z[j][t]))})).filter((n) => n.d <= 0.6);
      const caption = await text(page, ".pk-pick-caption");
      expect(caption).toContain(`Salad A is a ${role[i]} dish`);
      expect(caption).toContain(`${within.length} dish${within.length === 1 ? "" : "es"} within eps = 0.6`);
      for (const n of within.filter((n) => n.name !== "Salad A")) expect(caption).toContain(`${n.name} at ${n.d.toFixed(2)}`);
      // The neighbourhood and the library agree on what makes a core dish.
      expect(within.length >= 3).toBe(result.core[i]);
      expect(await ariaLabel(page, scatter)).toContain(`Salad A is ringed; ${within.length} dish${within.length === 1 ? "" : "es"} (itself included) lie within eps 0.6 of it over all features`);
    } finally {
      await context.close();
    }
  });

  it("clicking a dish on the scatter inspects it", async () => {
    const {page, context} = await openDbscan("/dbscan");
    try {
      // Click Mystery Dish: find its mark by its title.
      const mark = page.locator(`${scatter} .pk-dish > *`).filter({has: page.locator("title", {hasText: /^Mystery Dish:/})});
      await mark.first().click({force: true});
      await settle(page);
      expect(await text(page, ".pk-pick-caption")).toContain("Mystery Dish is a noise dish");
      expect(new URL(page.url()).searchParams.get("pick")).toBe("Mystery Dish");
    } finally {
      await context.close();
    }
  });

  it("the replay steps through dbscanSteps(standardize(X), {eps, minSamples}), by its buttons and by → in presenter mode", async () => {
    const {page, context} = await open(browser, "/dbscan?present=1&eps=0.5&minSamples=3&step=2");
    try {
      await showSlideWith(page, 'svg[aria-label^="Step "]');
      const {steps} = dbscanSteps(standardize(X).data, {eps: 0.5, minSamples: 3});
      const state = (s: number) => names.map((name, i) => `${name} ${steps[s - 1].state[i] === -2 ? "not visited" : steps[s - 1].state[i] === -1 ? "noise so far" : `cluster ${steps[s - 1].state[i] + 1}`}`).join(", ");
      const replay = 'svg[aria-label^="Step "]';
      expect(await text(page, ".pk-step-caption")).toContain(`Step 2 of ${steps.length}: ${names[steps[1].point]}`);
      expect(await ariaLabel(page, replay)).toContain(state(2));
      await page.locator("h3").filter({visible: true}).first().click();
      await page.keyboard.press("ArrowRight");
      await settle(page);
      expect(await text(page, ".pk-step-caption")).toContain(`Step 3 of ${steps.length}: ${names[steps[2].point]}`);
      expect(await ariaLabel(page, replay)).toContain(state(3));
      expect(new URL(page.url()).searchParams.get("step")).toBe("3");
      await page.getByRole("button", {name: "Last step"}).click();
      await settle(page);
      const last = steps.length;
      expect(await ariaLabel(page, replay)).toContain(state(last));
      // The last snapshot is dbscan's answer.
      expect(steps[last - 1].state).toEqual(dbscan(standardize(X).data, {eps: 0.5, minSamples: 3}).labels);
      const kinds = {start: "starts cluster", spread: "so the crowd spreads", border: "joins as a border dish", noise: "noise, for now"};
      expect(await text(page, ".pk-step-caption")).toContain(kinds[steps[last - 1].kind]);
    } finally {
      await context.close();
    }
  });

  it("the predict-then-reveal exercise wants a guess, then gives dbscan's cluster count at the question's own eps and minSamples", async () => {
    const {page, context} = await openDbscan("/dbscan?qEps=0.6");
    try {
      const button = page.getByRole("button", {name: "Lock in my guess and reveal"});
      const reveal = (selector: string) =>
        expect.poll(async () => (await button.click(), await settle(page), page.locator(selector).count()), {timeout: 15_000}).toBeGreaterThan(0);
      expect(await page.locator(".pk-seed-clusters").count()).toBe(0);
      await reveal(".pk-reveal[role=status]");
      expect(await text(page, ".pk-reveal")).toContain("Pick a number first");
      await checkRadio(page, "3");
      expect(await page.locator(".pk-seed-clusters").count()).toBe(0);
      await reveal(".pk-seed-clusters");
      const {result} = run("standardize", 0.6, 2);
      expect(await text(page, ".pk-seed-clusters")).toBe(String(result.nClusters));
      expect(await text(page, ".pk-reveal")).toContain(result.nClusters === 3 ? "Right." : "Not quite.");
      // Changing the question hides the answer again (no re-grading), and the URL holds no lock.
      await setInput(page, "The question's eps", 0.8);
      expect(await page.locator(".pk-seed-clusters").count()).toBe(0);
      expect(new URL(page.url()).searchParams.get("locked")).toBeNull();
      await reveal(".pk-seed-clusters");
      expect(await text(page, ".pk-seed-clusters")).toBe(String(run("standardize", 0.8, 2).result.nClusters));
    } finally {
      await context.close();
    }
  });

  it("a change of eps or minSamples re-renders the charts (time logged)", async () => {
    const {page, context} = await openDbscan();
    try {
      const times: string[] = [];
      const steps: [string, number][] = [["eps (standardized units)", 0.5], ["minSamples", 3], ["eps (standardized units)", 1.1], ["minSamples", 4], ["eps (standardized units)", 0.8], ["minSamples", 2]];
      let eps = 0.8, minSamples = 2;
      for (const [label, value] of steps) {
        if (label === "minSamples") minSamples = value;
        else eps = value;
        const {result, role} = run("standardize", eps, minSamples);
        const expected = names.map((name, i) => `${name}: ${role[i]}${result.labels[i] >= 0 ? `, cluster ${result.labels[i] + 1}` : ""}`).join("; ");
        const kexpected = `k-distance plot for k = ${minSamples}:`;
        const ms = await page.evaluate(
          async ({label, value, expected, kexpected, eps}) => {
            const form = Array.from(document.querySelectorAll("form")).find((f) => f.querySelector("label")?.textContent === label)!;
            const input = form.querySelector("input[type=number]") as HTMLInputElement;
            const t0 = performance.now();
            input.value = String(value);
            input.dispatchEvent(new Event("input", {bubbles: true}));
            const done = () =>
              (document.querySelector('svg[aria-label^="Scatter of"]')?.getAttribute("aria-label") ?? "").includes(expected) &&
              (document.querySelector('svg[aria-label^="Scatter of"]')?.getAttribute("aria-label") ?? "").includes(`within eps ${eps} of it`) &&
              (document.querySelector('svg[aria-label^="k-distance plot"]')?.getAttribute("aria-label") ?? "").includes(kexpected) &&
              (document.querySelector('svg[aria-label^="k-distance plot"]')?.getAttribute("aria-label") ?? "").includes(`current eps ${eps};`);
            const dom = await new Promise<number>((resolve, reject) => {
              if (done()) return resolve(performance.now() - t0);
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
          {label, value, expected, kexpected, eps}
        );
        times.push(`${label}=${value}: ${ms.dom.toFixed(1)} ms (next frame ${ms.frame.toFixed(1)} ms)`);
        await settle(page);
      }
      console.log(`/dbscan re-render after an input change (DOM updated with the new charts): ${times.join("; ")}`);
      expect(times).toHaveLength(steps.length);
    } finally {
      await context.close();
    }
  });
});
