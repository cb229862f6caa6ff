// Helpers for presenter-mode tests: the slide counter, moving to a slide, finding the slide that holds something.
import type {Page} from "playwright-core";
import {settle} from "./harness.js";

/** The number of slides and the index of the one shown, read from the toolbar's counter. */
export async function slideCounter(page: Page): Promise<{index: number; count: number}> {
  const text = (await page.locator(".pk-slide-counter").first().textContent()) ?? "";
  const m = /Slide (\d+) of (\d+)/.exec(text);
  if (!m) throw new Error(`no slide counter: “${text}”`);
  return {index: Number(m[1]) - 1, count: Number(m[2])};
}

/** The URL's name of the slide shown ("4", or "4.2" for the second part of section 4), from the counter. */
export async function slideKey(page: Page): Promise<string> {
  return (await page.locator(".pk-slide-counter").first().getAttribute("data-slide")) ?? "";
}

/** Shows slide `index` (0-based) the way the speaker's outline does, and waits for the page to settle. */
export async function goToSlide(page: Page, index: number): Promise<void> {
  // A section's parts are re-measured while its charts are still being drawn: the slide stays, its number may move.
  for (let attempt = 0; attempt < 3; ++attempt) {
    await page.evaluate((i) => document.dispatchEvent(new CustomEvent("pk-slide", {detail: i})), index);
    await settle(page);
    if ((await slideCounter(page)).index === index) return;
  }
}

/** Shows the first slide that holds `selector` (in presenter mode), and returns its index. */
export async function showSlideWith(page: Page, selector: string): Promise<number> {
  const {count} = await slideCounter(page);
  for (let i = 0; i < count; ++i) {
    await goToSlide(page, i);
    if (await page.locator(selector).filter({visible: true}).count()) return i;
  }
  throw new Error(`no slide holds ${selector}`);
}
