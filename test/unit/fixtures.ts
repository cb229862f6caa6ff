// Reference results from scikit-learn 1.2.1 / scipy 1.10.1, kept beside the repository in ../shared/fixtures.
import {readFileSync, readdirSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {join} from "node:path";

export const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));

export interface KmeansFixture {
  input: "standardized" | "raw";
  k: number;
  labels: number[];
  inertia: number;
  centers: number[][];
  silhouette: number;
  silhouette_samples: number[];
  calinski_harabasz: number;
  davies_bouldin: number;
}
export interface HierarchicalFixture {
  input: "standardized" | "raw";
  method: "ward" | "complete" | "average" | "single";
  linkage: number[][];
  cophenetic_correlation: number;
  maxclust: Record<string, number[]>;
}
export interface PcaFixture {
  input: "standardized" | "raw";
  n_components: number;
  explained_variance: number[];
  explained_variance_ratio: number[];
  singular_values: number[];
  mean: number[];
  components: number[][];
  scores: number[][];
}
export interface DbscanFixture {
  input: "standardized" | "raw";
  eps: number;
  min_samples: number;
  labels: number[];
  core: boolean[];
  k_distance_sorted_desc: number[];
}
export interface Fixture {
  name: string;
  n: number;
  d: number;
  X: number[][];
  standardized: number[][];
  features?: string[];
  names?: string[];
  kmeans: KmeansFixture[];
  hierarchical: HierarchicalFixture[];
  pca: PcaFixture[];
  dbscan: DbscanFixture[];
}

/** Every `<dataset>.json` fixture (seed datasets and synthetic blobs). */
export function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".json") && f !== "VERSIONS.json" && f !== "seed-datasets.json")
    .sort()
    .map((f) => JSON.parse(readFileSync(join(fixturesDir, f), "utf8")) as Fixture);
}

/** The input a fixture entry was computed on. */
export function inputOf(fx: Fixture, entry: {input: "standardized" | "raw"}): number[][] {
  return entry.input === "standardized" ? fx.standardized : fx.X;
}

/** True when two labelings define the same partition (equal up to renaming the clusters; noise −1 must match −1). */
export function samePartition(a: ArrayLike<number>, b: ArrayLike<number>, {noise = false}: {noise?: boolean} = {}): boolean {
  if (a.length !== b.length) return false;
  const ab = new Map<number, number>();
  const ba = new Map<number, number>();
  for (let i = 0; i < a.length; ++i) {
    if (noise && (a[i] === -1 || b[i] === -1)) {
      if (a[i] !== b[i]) return false;
      continue;
    }
    const x = ab.get(a[i]);
    const y = ba.get(b[i]);
    if (x === undefined && y === undefined) {
      ab.set(a[i], b[i]);
      ba.set(b[i], a[i]);
    } else if (x !== b[i] || y !== a[i]) return false;
  }
  return true;
}

/** Relative closeness: |a − b| ≤ rel · max(|a|, |b|, 1e-300) + abs. */
export function close(a: number, b: number, rel = 1e-9, abs = 1e-12): boolean {
  return Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
}
