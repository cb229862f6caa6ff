// Presenter mode fits every slide to the screen (issue 14): a section too tall for the screen (1920×1080,
// and a 1280×720 projector) is shown in parts, each its own slide, and nothing on any slide of any
// lesson reaches below the screen.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {cellErrors, launch, open} from "./harness.js";
import {goToSlide, slideCounter, slideKey} from "./slides.js";

const lessons = ["/", "/kmeans", "/hierarchical", "/pca", "/dbscan"];
const screens = [{width: 1920, height: 1080}, {width: 1280, height: 720}];
const SLACK = 4; // px

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** How far (px) the shown slide's content reaches below the screen, and the document's scroll overflow. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const main = document.querySelector("#observablehq-main")!;
    let bottom = 0;
    for (const el of main.querySelectorAll<HTMLElement>(":scope > *, :scope > * > *")) {
      if (el.closest(".pk-off-slide")) continue;
      const r = el.getBoundingClientRect();
      if (r.height > 0) bottom = Math.max(bottom, r.bottom + window.scrollY);
    }
    return {content: Math.round(bottom - window.innerHeight), scroll: document.documentElement.scrollHeight - window.innerHeight};
  });
}

describe("presenter mode: every slide fits the screen", () => {
  for (const {width, height} of screens) for (const route of lessons) {
    it(`${route}?present=1 at ${width}×${height}: no slide's content reaches below the screen, and every slide's URL names it`, async () => {
      const {page, context, watch} = await open(browser, `${route}?present=1`, {width, height});
      try {
        const tall: string[] = [];
        let i = 0;
        for (; i < (await slideCounter(page)).count; ++i) {
          await goToSlide(page, i);
          const {index, count} = await slideCounter(page);
          expect(index).toBe(i);
          const key = await slideKey(page);
          expect(new URL(page.url()).searchParams.get("slide") ?? "1").toBe(key);
          const {content, scroll} = await overflow(page);
          const title = (await page.locator("#observablehq-main > h2, #observablehq-main > h1").filter({visible: true}).first().innerText().catch(() => "")).trim();
          if (process.env.PK_SLIDE_REPORT) console.log(`${route} ${i + 1}/${count} ${key} ${title}: ${content} / ${scroll}`);
          if (content > SLACK || scroll > SLACK) tall.push(`slide ${i + 1}/${count} (${key}, ${title}): ${content} px below, scrolls ${scroll} px`);
        }
        expect(i).toBeGreaterThan(4);
        expect(tall).toEqual([]);
        expect(await cellErrors(page)).toEqual([]);
        expect(watch.pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
