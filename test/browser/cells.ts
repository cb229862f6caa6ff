// Helpers for code cells in browser tests: type into a cell's editor with the keyboard, press Run,
// read the output. Lines are typed one at a time with Escape before Enter, so an open completion list
// never swallows the Enter; each line must close its own brackets (CodeMirror closes them as you type).
import type {Locator, Page} from "playwright-core";

export function cell(page: Page, id: string): Locator {
  return page.locator(`[data-cell="${id}"]`);
}

/**
 * The cell's editor (`.cm-content`), once it exists: a cell gets its editor when it comes near the
 * screen, so the cell is scrolled into view first.
 */
export async function editorOf(page: Page, id: string): Promise<Locator> {
  const c = cell(page, id);
  await c.scrollIntoViewIfNeeded();
  const editor = c.locator(".cm-content");
  await editor.waitFor();
  return editor;
}

/** Replaces the cell's code by typing `code` (select all, delete, then key presses). */
export async function typeCode(page: Page, id: string, code: string): Promise<void> {
  await (await editorOf(page, id)).click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  const lines = code.split("\n");
  for (let i = 0; i < lines.length; ++i) {
    await page.keyboard.type(lines[i].trimStart());
    await page.keyboard.press("Escape");
    if (i < lines.length - 1) await page.keyboard.press("Enter");
  }
}

/** The editor's text as the page shows it. */
export async function codeOf(page: Page, id: string): Promise<string> {
  return (await editorOf(page, id)).evaluate((el) => Array.from(el.querySelectorAll(".cm-line"), (l) => l.textContent).join("\n"));
}

/** Presses the cell's Run button and waits (up to `timeout` ms) for the run to finish; returns the output's text. */
export async function runCell(page: Page, id: string, {timeout = 20_000} = {}): Promise<string> {
  const c = cell(page, id);
  await c.getByRole("button", {name: "Run", exact: true}).click();
  await c.locator("button.pk-run:not([disabled])").waitFor({timeout});
  return output(page, id);
}

export async function output(page: Page, id: string): Promise<string> {
  return ((await cell(page, id).locator(".pk-cell-output").textContent()) ?? "").replace(/\s+/g, " ").trim();
}

/** The verdict of the last run of an exercise's cell: {ok, text}. */
export async function verdict(page: Page, id: string): Promise<{ok: boolean; text: string}> {
  const v = cell(page, id).locator(".pk-verdict");
  await v.waitFor({timeout: 5_000});
  const ok = (await v.getAttribute("class"))?.includes("pk-verdict-right") ?? false;
  return {ok, text: ((await v.textContent()) ?? "").replace(/\s+/g, " ").trim()};
}
