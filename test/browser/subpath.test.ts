// Issue 13: the built site published under a sub-path, as a GitHub Pages project site is
// (https://USER.github.io/ml-course/). dist/ is served at /ml-course/ with 404s everywhere else, so any URL
// that escapes the prefix (an absolute "/…" path) shows up as an HTTP error.
import {existsSync} from "node:fs";
import type {Server} from "node:http";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import type {Browser} from "playwright-core";
import {cellErrors, launch, open, routes, routeURL, settle} from "./harness.js";
import {serve} from "./server.js";

const prefix = "/ml-course/";
const dist = join(import.meta.dirname, "..", "..", "dist");
const built = existsSync(join(dist, "index.html"));

let browser: Browser;
let server: Server | undefined;
let base: string;
beforeAll(async () => {
  if (!built) return;
  ({server, url: base} = await serve(dist, 0, {prefix}));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

describe.skipIf(!built)(`the built site under ${prefix}`, () => {
  const links = new Set<string>();

  for (const route of routes) {
    it(`${prefix}${route.slice(1)} loads with no console error, no failed or off-prefix request, and links that stay under ${prefix}`, async () => {
      const {page, context, watch} = await open(browser, route, {base});
      try {
        expect(new URL(page.url()).pathname.startsWith(prefix)).toBe(true);
        expect(await cellErrors(page)).toEqual([]);
        expect(watch.pageErrors).toEqual([]);
        expect(watch.consoleErrors).toEqual([]);
        expect(watch.offsite).toEqual([]);
        expect(watch.failed).toEqual([]);
        expect(watch.httpErrors).toEqual([]);
        const origin = new URL(base).origin;
        const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
        const internal = hrefs.filter((href) => href.startsWith(`${origin}/`)).map((href) => href.replace(/#.*$/, ""));
        expect(internal.filter((href) => !href.startsWith(base)), "links that leave the prefix").toEqual([]);
        for (const href of internal) links.add(href);
      } finally {
        await context.close();
      }
    });
  }

  it("every internal link found on those pages resolves (HTTP 200)", async () => {
    expect(links.size).toBeGreaterThanOrEqual(routes.length);
    const context = await browser.newContext();
    try {
      const broken: string[] = [];
      for (const href of links) {
        const response = await context.request.get(href);
        if (response.status() !== 200) broken.push(`${response.status()} ${href}`);
      }
      expect(broken).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it(`the service worker registers with scope ${prefix}, caches the course under it, and a lesson loads offline`, async () => {
    const {page, context} = await open(browser, "/kmeans", {base});
    try {
      const scope = await page.evaluate(async () => {
        if (!document.querySelector('meta[name="pk-service-worker"]')) return "no service worker meta (not a built site)";
        const reg = await navigator.serviceWorker.ready;
        return reg.active ? reg.scope : "not active";
      });
      expect(scope).toBe(base);
      await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith("pattern-kitchen-")));
      const cached = await page.evaluate(async () => {
        const name = (await caches.keys()).find((k) => k.startsWith("pattern-kitchen-"))!;
        return (await (await caches.open(name)).keys()).map((r) => r.url);
      });
      expect(cached.filter((url) => !url.startsWith(base)), "cached URLs outside the prefix").toEqual([]);
      expect(cached).toContain(base);
      expect(cached).toContain(routeURL("/dbscan", base));
      await context.setOffline(true);
      for (const route of ["/dbscan", "/"]) {
        await page.goto(routeURL(route, base), {waitUntil: "load"});
        await settle(page);
        expect(await cellErrors(page), route).toEqual([]);
        expect(await page.locator("#observablehq-main h1").first().innerText(), route).not.toBe("");
        if (route === "/dbscan") expect(await page.locator("#observablehq-main svg").count()).toBeGreaterThan(0);
      }
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });
});
