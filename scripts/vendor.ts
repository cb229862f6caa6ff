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
import {build, type Plugin} from "esbuild";
import {existsSync, mkdirSync, readFileSync, copyFileSync, writeFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join, relative} from "node:path";
import {fileURLToPath} from "node:url";
import {htlPatch} from "./htlPatch.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cache = join(root, "docs", ".observablehq", "cache", "_npm");
const require = createRequire(join(root, "package.json"));
const force = process.argv.includes("--force");
/** Raised when the bundling itself changes (a plugin, an option), so caches vendored before are redone. */
const REVISION = 4;

interface Vendored {
  /** The npm package name, as pages and Framework import it. */
  name: string;
  /** Extra files Framework resolves with import.meta.resolve (paths inside the package). */
  assets?: string[];
  /** Packages that must exist once on a page (they share facets, node types, highlight tags): kept as imports of their own vendored copies. */
  shared?: string[];
}

/**
 * CodeMirror 6 is a family of packages whose state is shared by identity (one @codemirror/state, one
 * @lezer/highlight…). Bundling each alone would give a page two copies and "Unrecognized extension value"
 * errors, so each member is vendored with the others left as relative imports of their cache folders.
 */
const codemirror = [
  "codemirror",
  "@codemirror/state",
  "@codemirror/view",
  "@codemirror/language",
  "@codemirror/lang-javascript",
  "@codemirror/commands",
  "@codemirror/autocomplete",
  "@codemirror/lint",
  "@codemirror/search",
  "@lezer/common",
  "@lezer/highlight",
  "@lezer/javascript",
  "@lezer/lr"
];

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
  {name: "parquet-wasm", assets: ["esm/parquet_wasm_bg.wasm"]},
  {name: "arquero"},
  ...codemirror.map((name) => ({name, shared: codemirror}))
];

function versionOf(name: string): string {
  const pkg = JSON.parse(readFileSync(join(root, "node_modules", name, "package.json"), "utf8")) as {version: string};
  return pkg.version;
}

function cacheDir(name: string): string {
  return join(cache, `${name}@${versionOf(name)}`);
}

/** Resolves the other members of `shared` to their vendored files, relative to `dir`, and keeps them external. */
function sharedImports(name: string, shared: string[], dir: string): Plugin {
  const others = shared.filter((s) => s !== name);
  const filter = new RegExp(`^(${others.map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")})$`);
  return {
    name: "shared-imports",
    setup(b) {
      b.onResolve({filter}, ({path}) => ({path: `./${relative(dir, join(cacheDir(path), "_esm.js")).split("\\").join("/")}`.replace(/^\.\/\.\.\//, "../"), external: true}));
    }
  };
}

async function vendor({name, assets = [], shared = []}: Vendored): Promise<void> {
  const version = versionOf(name);
  const dir = cacheDir(name);
  const output = join(dir, "_esm.js");
  const stamp = join(dir, ".vendored");
  if (!force && existsSync(output) && existsSync(stamp) && readFileSync(stamp, "utf8") === `${name}@${version} r${REVISION}\n`) return;
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
    // htl's event-handler attributes never reach the page (see scripts/htlPatch.ts); CodeMirror's packages share one copy each.
    plugins: [htlPatch, ...(shared.length ? [sharedImports(name, shared, dir)] : [])],
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
  writeFileSync(stamp, `${name}@${version} r${REVISION}\n`);
  process.stderr.write(`vendored ${name}@${version}\n`);
}

for (const p of packages) await vendor(p);
