// Site-wide checks from issue 8: shareable state, presenter mode, accessibility (axe-core), offline.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {baseURL, cellErrors, launch, open, routes, settle} from "./harness.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: {target: string[]}[];
}

async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the site's Content-Security-Policy
  // (rightly) refuses an inline script tag.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const w = window as unknown as {axe: {run: (ctx: unknown, opts: unknown) => Promise<{violations: AxeViolation[]}>}};
    const result = await w.axe.run(document, {resultTypes: ["violations"]});
    return result.violations.map((v) => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({target: n.target}))}));
  });
}

/** The first range slider in the page's main content, as [label, value, min, max]. */
async function firstRange(page: Page): Promise<{index: number; value: string; min: string; max: string; step: string} | null> {
  return page.evaluate(() => {
    const ranges = Array.from(document.querySelectorAll<HTMLInputElement>("#observablehq-main form input[type=range]"));
    const index = ranges.findIndex((r) => !r.disabled && Number(r.max) > Number(r.min));
    if (index < 0) return null;
    const r = ranges[index];
    return {index, value: r.value, min: r.min, max: r.max, step: r.step};
  });
}

describe("accessibility", () => {
  for (const route of routes) {
    it(`axe(${route}) finds no serious or critical violation`, async () => {
      const {page, context} = await open(browser, route);
      try {
        const violations = (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
  for (const route of routes) {
    it(`axe(${route}) in dark mode finds no serious or critical violation`, async () => {
      const {page, context} = await open(browser, route, {colorScheme: "dark"});
      try {
        const violations = (await axe(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
  it("every chart on every route has a text alternative", async () => {
    for (const route of routes) {
      const {page, context} = await open(browser, route);
      try {
        // A chart is described by its own aria-label, by an enclosing element's aria-label (a legend of
        // swatches), or by its figure's caption; decorative svgs are aria-hidden.
        const missing = await page.evaluate(() => {
          const described = (el: Element | null): boolean => {
            for (let e = el; e && e.id !== "observablehq-main"; e = e.parentElement) {
              if ((e.getAttribute("aria-label") ?? "").trim().length >= 12) return true;
              if (e.getAttribute("aria-hidden") === "true" || e.getAttribute("aria-labelledby")) return true;
              if (e.tagName === "FIGURE" && (e.querySelector("figcaption")?.textContent ?? "").trim().length >= 12) return true;
            }
            return false;
          };
          return Array.from(document.querySelectorAll("#observablehq-main svg[class*='plot']"))
            .filter((svg) => !described(svg))
            .map((svg) => `${svg.outerHTML.slice(0, 80)} after “${svg.closest("div,figure,section")?.previousElementSibling?.textContent?.slice(0, 60) ?? ""}”`);
        });
        expect(missing, `${route}: charts without a text alternative`).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

describe("shareable state", () => {
  for (const route of routes) {
    it(`${route}: a moved slider is in the URL, and the URL restores it in a fresh page`, async () => {
      const {page, context} = await open(browser, route);
      try {
        const r = await firstRange(page);
        if (!r) return; // a route with no slider has nothing to restore (checked by its own test)
        const step = r.step === "any" || r.step === "" ? (Number(r.max) - Number(r.min)) / 10 : Number(r.step);
        const target = Number(r.value) + step <= Number(r.max) ? Number(r.value) + step : Number(r.value) - step;
        await page.evaluate(
          ({index, target}) => {
            const range = Array.from(document.querySelectorAll<HTMLInputElement>("#observablehq-main form input[type=range]"))[index];
            range.value = String(target);
            range.dispatchEvent(new Event("input", {bubbles: true}));
          },
          {index: r.index, target}
        );
        await settle(page);
        const url = page.url();
        expect(url).toContain("?");
        const fresh = await context.newPage();
        await fresh.goto(url, {waitUntil: "load"});
        await settle(fresh);
        const restored = await fresh.evaluate(
          (index) => Array.from(document.querySelectorAll<HTMLInputElement>("#observablehq-main form input[type=range]"))[index]?.value,
          r.index
        );
        expect(Number(restored)).toBeCloseTo(target, 9);
        expect(await cellErrors(fresh)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
  it("a link with an out-of-range parameter falls back to the default with a note", async () => {
    const {page, context, watch} = await open(browser, "/?k=999&seed=banana");
    try {
      const value = await page.evaluate(() => document.querySelector<HTMLInputElement>("#observablehq-main form input[type=range]")?.value);
      expect(value).toBe("3");
      const note = await page.locator(".pk-url-note").innerText();
      expect(note).toContain("999");
      expect(note).toContain("banana");
      expect(await cellErrors(page)).toEqual([]);
      expect(watch.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("presenter mode", () => {
  it("?present=1 turns it on: large type, no sidebar, no instructor notes (they are in the speaker view, issue 14)", async () => {
    const {page, context} = await open(browser, "/kmeans?present=1");
    try {
      expect(await page.evaluate(() => document.documentElement.classList.contains("pk-present"))).toBe(true);
      expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
      const notes = page.locator(".pk-instructor-notes").first();
      expect(await notes.isVisible()).toBe(false);
      const size = await page.evaluate(() => getComputedStyle(document.body).fontSize);
      expect(parseFloat(size)).toBeGreaterThanOrEqual(20);
    } finally {
      await context.close();
    }
  });
  it("the P key toggles it and Page Down moves to the next lesson in presenter mode", async () => {
    const {page, context} = await open(browser, "/kmeans");
    try {
      expect(await page.locator(".pk-instructor-notes").first().isVisible()).toBe(false);
      await page.keyboard.press("p");
      expect(await page.evaluate(() => document.documentElement.classList.contains("pk-present"))).toBe(true);
      expect(page.url()).toContain("present=1");
      await Promise.all([page.waitForURL(/\/hierarchical/), page.keyboard.press("PageDown")]);
      await settle(page);
      expect(await page.evaluate(() => document.documentElement.classList.contains("pk-present"))).toBe(true);
      await page.keyboard.press("p");
      expect(await page.evaluate(() => document.documentElement.classList.contains("pk-present"))).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe("offline", () => {
  it("after one visit, a lesson reloads with the network cut", async () => {
    const {page, context} = await open(browser, "/kmeans");
    try {
      const registered = await page.evaluate(async () => {
        if (!document.querySelector('meta[name="pk-service-worker"]')) return "no service worker meta (not a built site)";
        const reg = await navigator.serviceWorker.ready;
        return reg.active ? "active" : "not active";
      });
      expect(registered).toBe("active");
      await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith("pattern-kitchen-")));
      await context.setOffline(true);
      await page.goto(new URL("/dbscan", baseURL()).href, {waitUntil: "load"});
      await settle(page);
      expect(await cellErrors(page)).toEqual([]);
      expect(await page.locator("#observablehq-main svg").count()).toBeGreaterThan(0);
      await page.reload({waitUntil: "load"});
      await settle(page);
      expect(await page.locator("#observablehq-main h1").first().innerText()).not.toBe("");
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });
});
