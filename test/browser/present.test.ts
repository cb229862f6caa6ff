// Presenter mode as slides (issue 14): every `##` section is a slide fitted to the screen, the main
// chart of a slide is redrawn at the slide's size (≥ 60% of the width, text ≥ 18 px), the URL keeps
// the slide, and the room's window never shows instructor notes.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {cellErrors, launch, open, settle} from "./harness.js";
import {goToSlide, slideCounter, slideKey} from "./slides.js";

const lessons = ["/", "/kmeans", "/hierarchical", "/pca", "/dbscan"];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The widest chart on the visible slide (its main chart): its width and the smallest font size of its text. */
function mainChart(page: Page) {
  return page.evaluate(() => {
    // A heatmap (cells of a fixed size) on a part of its own is no slide's main chart.
    const svgs = Array.from(document.querySelectorAll<SVGSVGElement>("#observablehq-main svg")).filter((svg) => {
      const r = svg.getBoundingClientRect();
      return r.width > 60 && r.height > 60 && svg.closest(".pk-off-slide") === null && !/heatmap/i.test(svg.getAttribute("aria-label") ?? "");
    });
    if (svgs.length === 0) return null;
    const svg = svgs.reduce((a, b) => (b.getBoundingClientRect().width > a.getBoundingClientRect().width ? b : a));
    const sizes = Array.from(svg.querySelectorAll("text"), (t) => parseFloat(getComputedStyle(t).fontSize)).filter((v) => v > 0);
    return {width: svg.getBoundingClientRect().width, height: svg.getBoundingClientRect().height, label: svg.getAttribute("aria-label")?.slice(0, 60) ?? "", minFont: sizes.length ? Math.min(...sizes) : Infinity};
  });
}

describe("presenter mode: slides", () => {
  for (const [width, height] of [[1920, 1080], [1280, 720]]) {
    for (const route of lessons) {
      it(`${route}?present=1 at ${width}×${height}: every slide's main chart is ≥ 60% of the width with text ≥ 18 px, and no instructor note shows`, async () => {
        const {page, context, watch} = await open(browser, `${route}${route.includes("?") ? "&" : "?"}present=1`, {width, height});
        try {
          const {count} = await slideCounter(page);
          expect(count).toBeGreaterThan(2);
          let charts = 0;
          const small: string[] = [];
          for (let i = 0; i < count; ++i) {
            await goToSlide(page, i);
            expect((await slideCounter(page)).index).toBe(i);
            expect(new URL(page.url()).searchParams.get("slide") ?? "1").toBe(await slideKey(page));
            expect(await page.locator(".pk-instructor-notes").evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length)).toBe(0);
            const chart = await mainChart(page);
            if (!chart) continue;
            charts++;
            if (chart.width < 0.6 * width || chart.minFont < 18) small.push(`slide ${i + 1}: ${Math.round(chart.width)} px wide, text ${chart.minFont} px (${chart.label})`);
          }
          expect(charts).toBeGreaterThan(0);
          expect(small).toEqual([]);
          expect(await cellErrors(page)).toEqual([]);
          expect(watch.pageErrors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }

  it("→ steps a slide's step-through to its end before it changes slide, and the URL keeps the slide", async () => {
    const {page, context} = await open(browser, "/kmeans?present=1&init=random&nInit=1&seed=1", {width: 1280, height: 720});
    try {
      const {count} = await slideCounter(page);
      let stepSlide = -1;
      for (let i = 0; i < count && stepSlide < 0; ++i) {
        await goToSlide(page, i);
        if (await page.locator('svg[aria-label^="Step "]').filter({visible: true}).count()) stepSlide = i; // off-slide charts are drawn too, invisibly
      }
      expect(stepSlide).toBeGreaterThan(0);
      const steps = Number(await page.locator(".pk-stepper input[type=range]").first().getAttribute("max"));
      expect(steps).toBeGreaterThan(1);
      await page.locator("h2").filter({visible: true}).first().click();
      const stepKey = await slideKey(page);
      for (let s = 1; s <= steps; ++s) {
        await page.keyboard.press("ArrowRight");
        await settle(page);
        expect(await slideKey(page)).toBe(stepKey);
        expect(new URL(page.url()).searchParams.get("step")).toBe(String(s));
      }
      await page.keyboard.press("ArrowRight");
      await settle(page);
      // The next slide (its number can move by one while the section's parts are re-measured; its name is checked).
      expect(await slideKey(page)).not.toBe(stepKey);
      expect(await page.locator('svg[aria-label^="Step "]').filter({visible: true}).count()).toBe(0);
      expect(new URL(page.url()).searchParams.get("slide")).toBe(await slideKey(page));
      // The URL names the slide by section and part ("6" or "6.2"): a reload shows the same section
      // (the part can differ while the reloaded page's charts are still being measured).
      const section = (key: string) => key.split(".")[0];
      const after = await slideKey(page);
      await page.reload({waitUntil: "load"});
      await settle(page);
      expect(section(await slideKey(page))).toBe(section(after));
      expect(new URL(page.url()).searchParams.get("slide")).toBe(await slideKey(page));
    } finally {
      await context.close();
    }
  });
});
