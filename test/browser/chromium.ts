// Which Chromium the browser tests, scripts/findBrowser.ts and scripts/screenshot.ts drive, and its flags.
import {accessSync, constants, statSync} from "node:fs";
import {delimiter, join} from "node:path";

// Debian's Chromium flags for headless runs on a machine with no outside network.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** Executable names looked up on PATH, in order (Debian's, Ubuntu's and Google's packages). */
export const browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/** Fixed places, tried before PATH: Debian's `apt-get install chromium` (found even when PATH leaves out /usr/bin), then macOS apps. */
export const knownPaths = [
  "/usr/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
];

/** One line saying how to get a browser, for when none is found. */
export const howToGetOne =
  "no Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable";

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to drive: `CHROMIUM_PATH` when set (null if it is not an executable: a wrong setting is not
 * silently replaced), else the first of `knownPaths`, else the first of `browserNames` on PATH. Null when none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : null;
  const known = knownPaths.find(executable);
  if (known) return known;
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const name of browserNames) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (executable(path)) return path;
    }
  }
  return null;
}

/** `findChromium()`, or an error saying how to get one. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = findChromium(env);
  if (path) return path;
  throw new Error(env.CHROMIUM_PATH ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file` : howToGetOne);
}
