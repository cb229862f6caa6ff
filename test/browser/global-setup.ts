// Builds the site once (unless PK_BASE_URL is set) (unless PK_SKIP_BUILD=1 and dist/ exists) and serves dist/ on 127.0.0.1
// for every browser test file. The URL reaches the tests through `inject("baseURL")`.
import {execSync} from "node:child_process";
import {existsSync} from "node:fs";
import {join} from "node:path";
import type {TestProject} from "vitest/node";
import {serve} from "./server.js";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // PK_BASE_URL=http://127.0.0.1:PORT tests a running `observable preview` instead (while developing a page).
  if (process.env.PK_BASE_URL) {
    project.provide("baseURL", process.env.PK_BASE_URL);
    return async () => {};
  }
  const root = process.cwd();
  const dist = join(root, "dist");
  if (!(process.env.PK_SKIP_BUILD === "1" && existsSync(join(dist, "index.html")))) {
    execSync("npm run build", {cwd: root, stdio: ["ignore", "ignore", "inherit"]});
  }
  const {server, url} = await serve(dist);
  project.provide("baseURL", url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
