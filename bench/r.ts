// The R side of the benchmarks (Debian's r-cran-dbscan): same float64 values, call timed inside R.
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {endianness, tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {Matrix} from "../src/core/matrix.js";

const SCRIPT = fileURLToPath(new URL("./reference.R", import.meta.url));

let versions: Record<string, string> | null | undefined;

/** `{R, dbscan}` version strings, or null when Rscript or the dbscan package is missing (checked once). */
export function rVersions(): Record<string, string> | null {
  if (versions !== undefined) return versions;
  const code = 'suppressPackageStartupMessages({library(dbscan); library(jsonlite)}); cat(toJSON(list(R = paste(R.version$major, R.version$minor, sep = "."), dbscan = as.character(packageVersion("dbscan"))), auto_unbox = TRUE))';
  const r = spawnSync("Rscript", ["-e", code], {encoding: "utf8"});
  versions = r.status === 0 ? (JSON.parse(r.stdout) as Record<string, string>) : null;
  return versions;
}

/**
 * Runs one R task on exactly the values of `X` (raw little-endian float64 through a temporary file)
 * and returns the median time of the call, measured in R, and its result; null without R.
 * - hdbscan `{minPts, repeats = 3}` → `{cluster (0 = noise), membership_prob, outlier_scores}`
 */
export function rReference(task: "hdbscan", X: Matrix, params: Record<string, unknown> = {}): {seconds: number; result: any} | null {
  if (!rVersions()) return null;
  const dir = mkdtempSync(join(tmpdir(), "pk-bench-r-"));
  try {
    const bytes = endianness() === "LE" ? new Uint8Array(X.data.buffer, X.data.byteOffset, X.data.byteLength) : swap(X.data);
    writeFileSync(join(dir, "X.f64"), bytes);
    writeFileSync(join(dir, "meta.json"), JSON.stringify({task, n: X.n, d: X.d, params}));
    const r = spawnSync("Rscript", [SCRIPT, dir], {encoding: "utf8", maxBuffer: 1 << 30});
    if (r.status !== 0) throw new Error(`reference.R ${task} failed (exit ${r.status}): ${r.stderr || r.error?.message}`);
    const out = JSON.parse(r.stdout) as {seconds: number; result: unknown};
    return {seconds: out.seconds, result: out.result};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

function swap(a: Float64Array): Uint8Array {
  const out = new DataView(new ArrayBuffer(a.byteLength));
  for (let i = 0; i < a.length; ++i) out.setFloat64(i * 8, a[i], true);
  return new Uint8Array(out.buffer);
}
