// Steps shared by /segmentation's browser tests (issue 18's map, box plots and Gower silhouette):
// wait for a finished analysis, and check that a page had no trouble.
import {expect} from "vitest";
import type {Page} from "playwright-core";
import {settle, type Watch} from "./harness.js";

/** Waits until the latest analysis is drawn: "Done in …" and the results no longer busy. */
export async function analysed(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForTimeout(300);
  await settle(page, {timeout});
  await page.waitForFunction(
    () => /Done in/.test(document.querySelector(".seg-progress")?.textContent ?? "") && document.querySelector(".seg-results")?.getAttribute("aria-busy") === "false",
    undefined,
    {timeout}
  );
  await settle(page, {timeout});
}

/** No page error, console error or request to another host. */
export function noTrouble(watch: Watch): void {
  expect(watch.pageErrors).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.offsite).toEqual([]);
}
