// Builds the site once (unless PK_BASE_URL is set) (unless PK_SKIP_BUILD=1 and dist/ exists) and serves dist/ on 127.0.0.1
// for every browser test file. The URL reaches the tests through `inject("baseURL")`.
// The build runs as on a fresh machine with no outside network: a new HOME, and test/tools/no-network.mjs
// preloaded into every node process, refusing and recording any lookup of or connection to another host.
// What it printed and what it tried reach telemetry.test.ts through `inject("build")`.
import {spawnSync} from "node:child_process";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {pathToFileURL} from "node:url";
import type {TestProject} from "vitest/node";
import {serve} from "./server.js";

/** The site build as global-setup ran it: null when it did not build (PK_BASE_URL, PK_SKIP_BUILD). */
export interface BuildRecord {
  /** What `npm run build` wrote to stdout and stderr. */
  output: string;
  /** The lookups and connections to other hosts it tried (JSON lines of no-network.mjs). */
  network: string[];
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    build: BuildRecord | null;
  }
}

export const noNetwork = pathToFileURL(join(import.meta.dirname, "..", "tools", "no-network.mjs")).href;

/**
 * An environment for npm scripts as on a fresh machine with no outside network: HOME is `home` (where tools keep
 * first-run state, such as Framework's telemetry notice), every node process preloads no-network.mjs, which
 * appends what it refused to `log`, and npm's own update/fund/audit requests are off.
 */
export function offlineEnv(home: string, log: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${noNetwork}`.trim(),
    PK_NET_LOG: log,
    npm_config_update_notifier: "false",
    npm_config_fund: "false",
    npm_config_audit: "false"
  };
}

export function readNetLog(log: string): string[] {
  return existsSync(log) ? readFileSync(log, "utf8").split("\n").filter(Boolean) : [];
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // PK_BASE_URL=http://127.0.0.1:PORT tests a running `observable preview` instead (while developing a page).
  if (process.env.PK_BASE_URL) {
    project.provide("baseURL", process.env.PK_BASE_URL);
    project.provide("build", null);
    return async () => {};
  }
  // Two browser projects (run side by side, and one at a time: see vitest.config.ts) share one build and one server:
  // the first setup builds and serves, the others reuse them (this process's globalThis), the last teardown closes.
  const shared = globalThis as typeof globalThis & {__pkSite?: SharedSite};
  shared.__pkSite ??= {build: undefined, server: null, users: 0};
  const site = shared.__pkSite;
  const root = process.cwd();
  const dist = join(root, "dist");
  if (site.build === undefined) {
    site.build = null;
    if (!(process.env.PK_SKIP_BUILD === "1" && existsSync(join(dist, "index.html")))) {
      const scratch = mkdtempSync(join(tmpdir(), "pk-build-"));
      const log = join(scratch, "network.log");
      const home = join(scratch, "home");
      mkdirSync(home);
      try {
        const result = spawnSync("npm", ["run", "build"], {cwd: root, env: offlineEnv(home, log), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"]});
        process.stderr.write(result.stderr ?? "");
        if (result.status !== 0) {
          site.build = undefined;
          throw new Error(`npm run build failed (exit ${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
        }
        site.build = {output: `${result.stdout}\n${result.stderr}`, network: readNetLog(log)};
      } finally {
        rmSync(scratch, {recursive: true, force: true});
      }
    }
  }
  project.provide("build", site.build);
  site.server ??= serve(dist);
  const {url} = await site.server;
  project.provide("baseURL", url);
  site.users += 1;
  return async () => {
    if (--site.users > 0 || !site.server) return;
    const {server} = await site.server;
    site.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

interface SharedSite {
  /** The build record once built (null: not built here), undefined before the first setup. */
  build: BuildRecord | null | undefined;
  server: ReturnType<typeof serve> | null;
  users: number;
}
