// The scikit-learn/scipy side of every benchmark: same float64 values, fit timed inside Python.
import {spawnSync} from "node:child_process";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {endianness, tmpdir} from "node:os";
import {join} from "node:path";
import {fileURLToPath} from "node:url";
import type {Matrix} from "../src/core/matrix.js";

/** Debian's Python, which carries python3-sklearn and python3-scipy. */
export const PYTHON = "/usr/bin/python3";
const SCRIPT = fileURLToPath(new URL("./reference.py", import.meta.url));

/** What `reference.py` can run; see bench/README.md for each task's parameters and result. */
export type ReferenceTask =
  | "kmeans"
  | "linkage"
  | "dbscan"
  | "kdistance"
  | "pca"
  | "silhouette"
  | "calinski_harabasz"
  | "davies_bouldin"
  | "gaussian_mixture";

let available: boolean | undefined;
let versions: Record<string, string> | null | undefined;

/** True when `/usr/bin/python3` can import numpy, scipy and scikit-learn (checked once). */
export function sklearnAvailable(): boolean {
  if (available === undefined) available = pythonVersions() !== null;
  return available;
}

/** `{python, numpy, scipy, sklearn}` version strings, or null when scikit-learn cannot be imported. */
export function pythonVersions(): Record<string, string> | null {
  if (versions !== undefined) return versions;
  const code =
    "import json, platform, numpy, scipy, sklearn; " +
    "print(json.dumps({'python': platform.python_version(), 'numpy': numpy.__version__, 'scipy': scipy.__version__, 'sklearn': sklearn.__version__}))";
  const r = spawnSync(PYTHON, ["-c", code], {encoding: "utf8"});
  versions = r.status === 0 ? (JSON.parse(r.stdout) as Record<string, string>) : null;
  return versions;
}

/**
 * Runs one scikit-learn/scipy task on exactly the values of `X` and returns the median time of
 * the fit alone (measured in Python with `time.perf_counter`, over `params.repeats` runs,
 * default 3) and the task's result; null when scikit-learn is not installed.
 *
 * `X` (and `params.labels`, when given) travel as raw little-endian float64 through a temporary
 * file, so both sides compute on identical numbers. Results:
 * - kmeans `{k, n_init = 10, random_state = 42, algorithm = "lloyd", max_iter = 300}` → `{inertia, labels, n_iter}`
 * - linkage `{method = "ward", maxclust = 4}` → `{heights, labels}` (labels of `fcluster(Z, maxclust, "maxclust")`, 1-based)
 * - dbscan `{eps, min_samples = 5}` → `{labels, n_noise, n_clusters}`
 * - kdistance `{k = 5}` → `{distances}` (distance to the k-th neighbour counting the point itself, sorted descending)
 * - pca `{n_components = 2, svd_solver = "full"}` → `{explained_variance, explained_variance_ratio}`
 * - silhouette `{labels, sample_size?, random_state = 42}` → `{score}`
 * - calinski_harabasz / davies_bouldin `{labels}` → `{score}`
 * - gaussian_mixture `{k, covariance = "full", n_init = 1, random_state = 42}` → `{score, bic, labels, n_iter, converged}`
 */
export function reference(task: ReferenceTask, X: Matrix, params: Record<string, unknown> = {}): {seconds: number; result: any} | null {
  if (!sklearnAvailable()) return null;
  const dir = mkdtempSync(join(tmpdir(), "pk-bench-"));
  try {
    writeFileSync(join(dir, "X.f64"), littleEndian(X.data));
    const {labels, ...rest} = params;
    const meta: Record<string, unknown> = {task, n: X.n, d: X.d, params: rest};
    if (labels !== undefined) {
      const l = Float64Array.from(labels as ArrayLike<number>);
      if (l.length !== X.n) throw new RangeError(`reference(${task}): ${l.length} labels for ${X.n} rows`);
      writeFileSync(join(dir, "labels.f64"), littleEndian(l));
      meta.labels = true;
    }
    writeFileSync(join(dir, "meta.json"), JSON.stringify(meta));
    const r = spawnSync(PYTHON, [SCRIPT, dir], {encoding: "utf8", maxBuffer: 1 << 30});
    if (r.status !== 0) throw new Error(`reference.py ${task} failed (exit ${r.status}): ${r.stderr || r.error?.message}`);
    const out = JSON.parse(r.stdout) as {seconds: number; result: unknown};
    return {seconds: out.seconds, result: out.result};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

function littleEndian(a: Float64Array): Uint8Array {
  if (endianness() === "LE") return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const out = new DataView(new ArrayBuffer(a.byteLength));
  for (let i = 0; i < a.length; ++i) out.setFloat64(i * 8, a[i], true);
  return new Uint8Array(out.buffer);
}
