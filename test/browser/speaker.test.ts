// The speaker view (issue 14): a second window with the instructor notes, the current and next slide
// and a timer, kept in step with the room's window both ways over BroadcastChannel (slides, sliders,
// reveals); the room's window shows no instructor note and no answer before it is revealed.
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Page} from "playwright-core";
import {launch, open, settle} from "./harness.js";
import {showSlideWith, slideCounter, slideKey} from "./slides.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const kValue = (page: Page) => page.getByLabel("Clusters (k)").first().inputValue();
const visibleCount = (page: Page, selector: string) => page.locator(selector).filter({visible: true}).count();

describe("speaker view", () => {
  it("S opens the speaker's window: notes, timer, next slide; slides, sliders and reveals stay in step both ways; the room sees no note and no unrevealed answer", async () => {
    const {page: room, context} = await open(browser, "/kmeans?present=1", {width: 1920, height: 1080});
    try {
      await room.locator("h1").click();
      const [speaker] = await Promise.all([context.waitForEvent("page"), room.keyboard.press("s")]);
      await speaker.waitForLoadState("load");
      await settle(speaker);
      expect(new URL(speaker.url()).searchParams.get("speaker")).toBe("1");

      // The speaker's panel: every instructor note, a running timer, the next slide's title.
      const notes = await room.locator(".pk-instructor-notes li").allTextContents();
      expect(notes.length).toBeGreaterThan(2);
      await expect.poll(() => speaker.locator(".pk-speaker-notes li").allTextContents(), {timeout: 5000}).toEqual(notes);
      expect(await speaker.locator(".pk-speaker-timer").isVisible()).toBe(true);
      await expect.poll(() => speaker.locator(".pk-speaker-timer").textContent(), {timeout: 5000}).not.toBe("00:00");
      expect(await speaker.locator(".pk-speaker-next-title").textContent()).not.toBe("");
      // The room's window: no notes, no panel.
      expect(await visibleCount(room, ".pk-instructor-notes")).toBe(0);
      expect(await visibleCount(room, ".pk-speaker-panel")).toBe(0);
      expect(await room.locator("body").innerText()).not.toContain(notes[0]);

      // Slides: the room moves, the speaker follows; the speaker moves, the room follows.
      const sort = await showSlideWith(room, 'svg[aria-label^="Scatter of"]');
      await expect.poll(async () => (await slideCounter(speaker)).index).toBe(sort);
      await speaker.locator("h2").filter({visible: true}).first().click();
      await speaker.keyboard.press("ArrowLeft");
      await expect.poll(async () => (await slideCounter(room)).index).toBe(sort - 1);
      await speaker.keyboard.press("ArrowRight");
      await expect.poll(async () => (await slideCounter(room)).index).toBe(sort);
      expect(new URL(room.url()).searchParams.get("slide")).toBe(await slideKey(room));
      // The speaker sees the next slide's title.
      expect(await speaker.locator(".pk-speaker-now").textContent()).toContain(`Slide ${sort + 1} of`);

      // A slider moved in either window moves in both.
      const k = speaker.getByLabel("Clusters (k)").first();
      await k.fill("5");
      await k.dispatchEvent("input");
      await expect.poll(() => kValue(room)).toBe("5");
      await expect.poll(() => room.locator("h2", {hasText: "inertia"}).first().textContent()).toContain("5 jars");
      const rk = room.getByLabel("Clusters (k)").first();
      await rk.fill("2");
      await rk.dispatchEvent("input");
      await expect.poll(() => kValue(speaker)).toBe("2");
      await expect.poll(() => speaker.locator("h2", {hasText: "inertia"}).first().textContent()).toContain("2 jars");

      // A reveal pressed by the speaker shows in the room, and not before.
      const predict = await showSlideWith(room, ".pk-predict");
      await expect.poll(async () => (await slideCounter(speaker)).index).toBe(predict);
      const guess = speaker.locator("label").filter({hasText: /^Cayenne and Paprika$/}).locator("input[type=radio]");
      await guess.check();
      await expect.poll(() => room.locator("label").filter({hasText: /^Cayenne and Paprika$/}).locator("input[type=radio]").isChecked()).toBe(true);
      await settle(room);
      expect(await room.getByText("Saffron shares its jar with").count()).toBe(0);
      await expect
        .poll(
          async () => {
            if ((await speaker.getByText("Saffron shares its jar with").count()) === 0) await speaker.getByRole("button", {name: "Lock in my guess and reveal"}).click();
            return room.getByText("Saffron shares its jar with").count();
          },
          {timeout: 15_000}
        )
        .toBe(1);
      expect(await room.getByText("Not quite").count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  for (const route of ["/", "/kmeans", "/hierarchical", "/pca", "/dbscan"]) {
    it(`${route}: in the room's window no instructor note and no answer shows on any slide before a reveal`, async () => {
      const {page, context} = await open(browser, `${route}?present=1`, {width: 1280, height: 720});
      try {
        const notes = (await page.locator(".pk-instructor-notes li").allTextContents()).filter(Boolean);
        const {count} = await slideCounter(page);
        for (let i = 0; i < count; ++i) {
          await page.evaluate((n) => document.dispatchEvent(new CustomEvent("pk-slide", {detail: n})), i);
          await settle(page);
          const shown = await page.locator("#observablehq-main").innerText();
          for (const note of notes) expect(shown, `${route} slide ${i + 1}`).not.toContain(note);
          // The answers of the predictions appear only after their button.
          for (const answer of [".pk-answer", ".pk-needed", ".pk-seed-clusters", "text=Saffron shares its jar with"]) expect(await visibleCount(page, answer), `${route} slide ${i + 1}: ${answer}`).toBe(0);
        }
      } finally {
        await context.close();
      }
    });
  }
});
