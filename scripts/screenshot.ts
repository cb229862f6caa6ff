/**
 * Screenshots of the built site, for reviewing pages and for the README.
 * Usage: tsx scripts/screenshot.ts <route> [width=1280] [out.png] [--dark] [--present] [--full]
 * Serves dist/ on loopback itself; uses the Chromium test/browser/chromium.ts finds (Debian's by default).
 */
import {chromium} from "playwright-core";
import {join} from "node:path";
import {serve} from "../test/browser/server.js";
import {chromiumArgs, chromiumPath} from "../test/browser/chromium.js";

const [route = "/", widthArg = "1280", out = "/tmp/shot.png"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const dark = process.argv.includes("--dark");
const present = process.argv.includes("--present");
const full = process.argv.includes("--full");
const {server, url} = await serve(join(process.cwd(), "dist"));
const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
try {
  const context = await browser.newContext({viewport: {width: Number(widthArg), height: 900}, colorScheme: dark ? "dark" : "light"});
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && console.error("console:", m.text()));
  const target = new URL(route, url);
  if (present) target.searchParams.set("present", "1");
  await page.goto(target.href, {waitUntil: "load"});
  await page.waitForFunction(() => document.querySelectorAll(".observablehq--loading, observablehq-loading").length === 0, undefined, {timeout: 30000});
  await page.waitForTimeout(500);
  await page.screenshot({path: out, fullPage: full});
  console.log(out);
} finally {
  await browser.close();
  server.close();
}
