// Shared browser-test harness: Chromium (found by chromium.ts, Debian's by default) driven by playwright-core against the built site.
import {chromium, type Browser, type BrowserContext, type Page} from "playwright-core";
import {inject} from "vitest";
import {chromiumArgs, chromiumPath} from "./chromium.js";

export const routes = ["/", "/kmeans", "/hierarchical", "/pca", "/dbscan", "/restaurant", "/segmentation", "/assignment"];

export {chromiumArgs};

export function baseURL(): string {
  return inject("baseURL");
}

/** A route ("/kmeans", "/?k=3") under a site's base URL, which may have a path ("http://127.0.0.1:PORT/ml-course/"). */
export function routeURL(path: string, base: string = baseURL()): string {
  return new URL(path.replace(/^\//, ""), base.endsWith("/") ? base : `${base}/`).href;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({executablePath: chromiumPath(), headless: true, args: chromiumArgs});
}

/** What a page did while it loaded and ran: console errors, page errors, requests to other hosts, failed requests, HTTP errors. */
export interface Watch {
  consoleErrors: string[];
  pageErrors: string[];
  offsite: string[];
  failed: string[];
  /** Responses with a status of 400 or more, as "status url". */
  httpErrors: string[];
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  watch: Watch;
}

/** Opens a route in a fresh context, recording everything that goes wrong, and waits for the page's cells to settle (and for `waitFor`, a selector, when given). */
export async function open(
  browser: Browser,
  path: string,
  {width = 1280, height = 900, colorScheme = "light" as "light" | "dark", waitFor = undefined as string | undefined, base = baseURL()} = {}
): Promise<Opened> {
  const context = await browser.newContext({viewport: {width, height}, colorScheme, acceptDownloads: true});
  const page = await context.newPage();
  const host = new URL(base).host;
  const watch: Watch = {consoleErrors: [], pageErrors: [], offsite: [], failed: [], httpErrors: []};
  page.on("console", (msg) => {
    if (msg.type() === "error") watch.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => watch.pageErrors.push(String(err)));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if ((url.protocol === "http:" || url.protocol === "https:") && url.host !== host) watch.offsite.push(req.url());
  });
  page.on("requestfailed", (req) => watch.failed.push(`${req.url()} ${req.failure()?.errorText ?? ""}`));
  page.on("response", (res) => {
    if (res.status() >= 400) watch.httpErrors.push(`${res.status()} ${res.url()}`);
  });
  const response = await page.goto(routeURL(path, base), {waitUntil: "load"});
  if (!response || response.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
  // A page's main chart can appear after the DOM first goes quiet (data loaders, workers): wait for it, then settle again.
  await settle(page);
  if (waitFor) {
    await page.waitForSelector(waitFor, {timeout: 30_000});
    await settle(page);
  }
  return {page, context, watch};
}

/**
 * Waits until Framework has no pending cells (no `observablehq-loading` element or `.observablehq--loading`) and the main content has
 * stopped changing for `quiet` ms (cells that compute after their inputs settle also count).
 */
export async function settle(page: Page, {timeout = 30_000, quiet = 250} = {}): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const w = window as unknown as {__pkQuiet?: {last: number}};
      if (!w.__pkQuiet) {
        const state = {last: performance.now()};
        w.__pkQuiet = state;
        new MutationObserver(() => (state.last = performance.now())).observe(document.documentElement, {childList: true, subtree: true, attributes: true, characterData: true});
      }
      return document.readyState === "complete" && document.querySelectorAll(".observablehq--loading, observablehq-loading").length === 0 && performance.now() - w.__pkQuiet.last > quiet;
    },
    quiet,
    {timeout, polling: 50}
  );
}

/** Texts of failed cells (Framework marks them with .observablehq--error). */
export async function cellErrors(page: Page): Promise<string[]> {
  return page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent ?? ""));
}

/** Sets an Inputs range/number/text control found by its label text, and waits for the page to settle. */
export async function setInput(page: Page, label: string | RegExp, value: string | number): Promise<void> {
  const input = page.getByLabel(label).first();
  await input.fill(String(value));
  await input.dispatchEvent("input");
  await settle(page);
}

/** Checks the radio option whose label text is exactly `option`, and waits for the page to settle. */
export async function checkRadio(page: Page, option: string): Promise<void> {
  const exact = new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  await page.locator("label").filter({hasText: exact}).locator("input[type=radio]").check();
  await settle(page);
}

/** The aria-label of the first element matching `selector` (waiting for it to appear). */
export async function ariaLabel(page: Page, selector: string): Promise<string> {
  await page.waitForSelector(selector, {timeout: 30_000});
  return (await page.locator(selector).first().getAttribute("aria-label")) ?? "";
}

/** The text of the first element matching `selector`, with white space folded. */
export async function text(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
}
