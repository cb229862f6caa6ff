import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser} from "playwright-core";
import {cellErrors, launch, open, routes} from "./harness.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("every route of the built site", () => {
  for (const route of routes) {
    it(`${route} loads with no console error, no failed cell, no off-site request and a chart`, async () => {
      const {page, context, watch} = await open(browser, route);
      try {
        expect(await cellErrors(page)).toEqual([]);
        expect(watch.pageErrors).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
        expect(watch.offsite).toEqual([]);
        expect(watch.failed).toEqual([]);
        // Some pages draw after a worker answers: wait (up to 20 s) for the first chart, then count.
        const chartSelector = "#observablehq-main svg[class*='plot'], #observablehq-main figure svg, #observablehq-main canvas";
        await page.locator(chartSelector).first().waitFor({state: "attached", timeout: 20_000}).catch(() => {});
        const charts = await page.locator(chartSelector).count();
        expect(charts).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    });
  }
});
