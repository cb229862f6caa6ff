// The site's own defences (issue 15): a Content-Security-Policy on every page that the pages keep
// to, and a service worker that caches by path, answers unknown paths offline with a real 404, and
// keeps the previous build's cache so an open tab still finds the modules it loads on demand.
import {readFileSync} from "node:fs";
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {baseURL, cellErrors, launch, open, routeURL, routes, settle} from "./harness.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {__pkCsp: string[]};
    w.__pkCsp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__pkCsp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as {__pkCsp: string[]}).__pkCsp);

describe("Content-Security-Policy", () => {
  it("every built page carries the policy as its first <head> element after the charset", () => {
    for (const route of routes) {
      const file = route === "/" ? "index.html" : `${route.slice(1)}.html`;
      const html = readFileSync(new URL(`../../dist/${file}`, import.meta.url), "utf8");
      const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? "";
      for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'none'", "'wasm-unsafe-eval'"]) expect(policy, file).toContain(directive);
      expect(policy, file).not.toContain("'unsafe-eval'");
      expect(policy, file).toMatch(/'sha256-[A-Za-z0-9+/=]{44}'/);
      expect(html.indexOf("Content-Security-Policy"), file).toBeLessThan(html.indexOf("<script"));
    }
  });
  for (const route of routes) {
    it(`${route} runs with no policy violation and no failed cell`, async () => {
      const context = await browser.newContext({viewport: {width: 1280, height: 900}});
      const page = await context.newPage();
      try {
        await recordViolations(page);
        await page.goto(routeURL(route), {waitUntil: "load"});
        await settle(page);
        expect(await violations(page)).toEqual([]);
        expect(await cellErrors(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
  it("/segmentation reads an uploaded CSV and exports it under the policy", async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, acceptDownloads: true});
    const page = await context.newPage();
    try {
      await recordViolations(page);
      await page.goto(routeURL("/segmentation"), {waitUntil: "load"});
      await settle(page);
      const rows = ["a,b,c", ...Array.from({length: 60}, (_, i) => `${i % 7},${(i * 13) % 11},${i % 2 ? "x" : "y"}`)].join("\n");
      await page.locator("input[type=file]").first().setInputFiles({name: "small.csv", mimeType: "text/csv", buffer: Buffer.from(rows)});
      await page.waitForFunction(() => document.body.innerText.includes("small.csv"), undefined, {timeout: 30_000});
      await settle(page);
      expect(await violations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("service worker", () => {
  async function controlled(path: string): Promise<{page: Page; close: () => Promise<void>; setOffline: (o: boolean) => Promise<void>}> {
    const {page, context} = await open(browser, path);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(async () => (await caches.keys()).some((k) => k.startsWith("pattern-kitchen-")), undefined, {timeout: 30_000});
    // Reload once so the page itself is controlled by the worker.
    await page.reload({waitUntil: "load"});
    await settle(page);
    return {page, close: () => context.close(), setOffline: (o) => context.setOffline(o)};
  }
  it("caches pages by path: ten visits with different queries leave one entry", async () => {
    const {page, close} = await controlled("/kmeans");
    try {
      for (let k = 2; k <= 11; ++k) {
        await page.goto(routeURL(`/kmeans?k=${k}&seed=${k}`), {waitUntil: "load"});
      }
      await settle(page);
      const entries = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const key of await caches.keys()) for (const request of await (await caches.open(key)).keys()) urls.push(request.url);
        return urls.filter((u) => new URL(u).pathname.endsWith("/kmeans"));
      });
      expect(entries.length).toBe(1);
      expect(entries[0]).not.toContain("?");
    } finally {
      await close();
    }
  });
  it("offline, a path the course doesn't have gets the 404 page with status 404, and a lesson with a query still loads", async () => {
    const {page, close, setOffline} = await controlled("/");
    try {
      await setOffline(true);
      const response = await page.goto(routeURL("/no-such-lesson"), {waitUntil: "load"});
      expect(response?.status()).toBe(404);
      expect(await page.locator("h1").first().innerText()).toBe("Not found");
      const lesson = await page.goto(routeURL("/dbscan?eps=0.9"), {waitUntil: "load"});
      expect(lesson?.status()).toBe(200);
      await settle(page);
      expect(await cellErrors(page)).toEqual([]);
    } finally {
      await setOffline(false);
      await close();
    }
  });
  it("after a redeploy the previous build's cache is kept, so a module that build loads on demand is still served", async () => {
    const {page, close} = await controlled("/segmentation");
    try {
      const result = await page.evaluate(async () => {
        const keys = (await caches.keys()).filter((k) => k.startsWith("pattern-kitchen-"));
        const current = keys[0];
        // A previous build: an older cache holding a module this build doesn't have.
        const stamp = parseInt(current.slice("pattern-kitchen-".length).split("-")[0], 36) - 1000;
        const older = `pattern-kitchen-${stamp.toString(36)}-000000000000`;
        const oldest = `pattern-kitchen-${(stamp - 1000).toString(36)}-111111111111`;
        const url = new URL("./_npm/old-build-only/module.js", location.href).href;
        await (await caches.open(older)).put(url, new Response("export default 1;", {headers: {"Content-Type": "text/javascript"}}));
        await (await caches.open(oldest)).put(url, new Response("export default 0;"));
        const served = await (await fetch(url)).text();
        return {served, current};
      });
      expect(result.served).toBe("export default 1;");
      // The worker's activate step keeps the newest two and drops the rest: check its rule on the real names.
      const sw = readFileSync(new URL("../../dist/sw.js", import.meta.url), "utf8");
      expect(sw).toContain("const KEEP = 2;");
      expect(result.current).toMatch(/^pattern-kitchen-[0-9a-z]+-[0-9a-f]{12}$/);
    } finally {
      await close();
    }
  });
});

describe("404 page", () => {
  it("dist/404.html is served for an unknown path by a static host and links home", async () => {
    const response = await fetch(new URL("no-such-page", baseURL().endsWith("/") ? baseURL() : `${baseURL()}/`));
    expect([200, 404]).toContain(response.status);
    const html = readFileSync(new URL("../../dist/404.html", import.meta.url), "utf8");
    expect(html).toContain("<h1>Not found</h1>");
    expect(html).toContain('href="./"');
  });
});
