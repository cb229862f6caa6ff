/**
 * Offline npm for Observable Framework.
 *
 * Framework resolves `npm:` imports (explicit ones and its implicit Plot, Inputs, htl, d3, d3-dsv,
 * exceljs, apache-arrow, parquet-wasm…) by fetching them from a CDN into
 * `docs/.observablehq/cache/_npm/<name>@<version>/`. When a file is already there, and the folder name
 * satisfies the import's range, Framework uses it and fetches nothing. So before `preview` and `build`
 * we bundle each package from node_modules (the version in package-lock.json) into that cache with
 * esbuild: the site then builds with no network and ships only what we installed.
 *
 * Usage: tsx scripts/vendor.ts [--force]
 */
import {build} from "esbuild";
import {existsSync, mkdirSync, readFileSync, copyFileSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cache = join(root, "docs", ".observablehq", "cache", "_npm");
const require = createRequire(join(root, "package.json"));
const force = process.argv.includes("--force");

interface Vendored {
  /** The npm package name, as pages and Framework import it. */
  name: string;
  /** Extra files Framework resolves with import.meta.resolve (paths inside the package). */
  assets?: string[];
}

/** Every npm package a page can reach, directly or through Framework's standard library. */
export const packages: Vendored[] = [
  {name: "@observablehq/plot"},
  {name: "@observablehq/inputs"},
  {name: "htl"},
  {name: "d3"},
  {name: "d3-dsv"},
  {name: "isoformat"},
  {name: "exceljs"},
  {name: "jszip"},
  {name: "apache-arrow"},
  {name: "arquero"},
  {name: "parquet-wasm", assets: ["esm/parquet_wasm_bg.wasm"]}
];

function versionOf(name: string): string {
  const pkg = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as {version: string};
  return pkg.version;
}

async function vendor({name, assets = []}: Vendored): Promise<void> {
  const version = versionOf(name);
  const dir = join(cache, `${name}@${version}`);
  const output = join(dir, "_esm.js");
  const stamp = join(dir, ".vendored");
  if (!force && existsSync(output) && existsSync(stamp)) return;
  mkdirSync(dir, {recursive: true});
  const entry = name === "parquet-wasm" ? require.resolve("parquet-wasm/esm") : name;
  await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    outfile: output,
    logLevel: "error",
    // exceljs and friends reference Node built-ins behind runtime checks; the browser build never calls them.
    define: {"process.env.NODE_ENV": '"production"', global: "globalThis"},
    mainFields: ["browser", "module", "main"],
    conditions: ["browser", "import", "module", "default"]
  });
  for (const asset of assets) {
    const target = join(dir, asset);
    mkdirSync(dirname(target), {recursive: true});
    copyFileSync(join(root, "node_modules", name, asset), target);
  }
  writeFileSync(stamp, `${name}@${version}\n`);
  process.stderr.write(`vendored ${name}@${version}\n`);
}

for (const p of packages) await vendor(p);
