// The sentences the segmentation page generates from numbers, kept apart from the DOM so each one is
// tested against the numbers it states (test/unit/components/segmentationWording.test.ts).
import {newMethodSettings} from "./methods/methodWording.js"; // issue 18

/** Parameters of a run, as the page sends them to the engine. */
export interface RunParams {
  algorithm: string;
  k?: number;
  seed?: number;
  linkage?: string;
  eps?: number;
  minSamples?: number;
  components?: number;
  numeric?: string[];
  categorical?: string[];
  missing?: string;
  scaling?: string;
}

const int = (x: number): string => Math.round(x).toLocaleString("en-US");
const fixed = (x: number | null | undefined, d: number): string => (x === null || x === undefined || Number.isNaN(x) ? "—" : (+x).toFixed(d));

/** "1 row", "2 rows", "1,000 rows". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${int(n)} ${Math.round(n) === 1 ? word : many}`;
}

/** The method and the parameters it uses, in words ("k-means, k = 4, seed 42"); nothing another method uses. */
export function methodSettings(p: RunParams): string {
  switch (p.algorithm) {
    case "kmeans":
      return `k-means, k = ${p.k}, seed ${p.seed}`;
    case "hierarchical":
      return `hierarchical (${p.linkage} linkage), k = ${p.k}`;
    case "dbscan":
      return `DBSCAN, eps = ${p.eps}, min samples ${p.minSamples}`;
    case "pca":
      return `PCA, ${p.components} components`;
    default:
      return newMethodSettings(p) ?? String(p.algorithm); // issue 18: gmm, hdbscan, kmedoids
  }
}

/** Only the parameters of the method ("k = 4, seed 42"), for the history table. */
export function parametersText(p: RunParams): string {
  const text = methodSettings(p).replace(/^[^,]*(, |$)/, "");
  return p.algorithm === "hierarchical" ? `${text}, ${p.linkage}` : text;
}

/** How a run uses a categorical column, as the settings name it: k-medoids compares categories by Gower's distance; the other methods one-hot encode them. */
export function categoricalUse(algorithm: string | undefined): string {
  return algorithm === "kmedoids" ? "category, Gower" : "one-hot";
}

/** A run's settings in words: method, features, scaling, missing-value rule. */
export function settingsText(p: RunParams): string {
  const features = [...(p.numeric ?? []), ...(p.categorical ?? []).map((c) => `${c} (${categoricalUse(p.algorithm)})`)];
  const missing = ({drop: "rows with a missing value dropped", mean: "missing values filled with the mean", median: "missing values filled with the median"} as Record<string, string>)[p.missing ?? ""] ?? `missing: ${p.missing}`;
  const scaling = ({standard: "standard scaling", minmax: "min–max scaling", robust: "robust scaling", none: "no scaling"} as Record<string, string>)[p.scaling ?? ""] ?? `scaling: ${p.scaling}`;
  return `${methodSettings(p)}; ${features.length ? features.join(", ") : "no features"}; ${scaling}; ${missing}`;
}

/** The metrics a silhouette caption needs. */
export interface SilhouetteMetrics {
  silhouette: number | null;
  nNoise?: number | null;
  silhouetteSampleSize?: number | null;
  silhouetteScope?: "all" | "sample";
  /** issue 18: "gower" when the silhouette uses the Gower distances k-medoids clustered by; Euclidean on the prepared features otherwise. */
  silhouetteMetric?: "euclidean" | "gower";
}

/** The caption under the silhouette: on how many rows, and which (a sample, all, every non-noise row). */
export function silhouetteCaption(m: SilhouetteMetrics, n: number): string {
  if (m.silhouette === null) return "needs 2 or more segments (and more rows than segments)";
  const kept = n - (m.nNoise ?? 0);
  const size = m.silhouetteSampleSize ?? kept;
  const sample = m.silhouetteScope ? m.silhouetteScope === "sample" : size < kept;
  const scope = sample ? `on a random sample of ${plural(size, "row")}` : m.nNoise ? `on every non-noise row (${int(kept)})` : `on all ${plural(kept, "row")}`;
  const gower = m.silhouetteMetric === "gower" ? `, on Gower's distances (those k-medoids clustered by)${sample ? " — the sample the medoids were found on" : ""}` : "";
  return `${scope}${gower}; −1 to 1, higher is better`;
}

/** What a result says about missing values and its own notes. */
export interface NotesInput {
  params: RunParams;
  droppedRows?: number;
  n: number;
  nTable: number;
  imputed?: Record<string, number>;
  fill?: Record<string, number | string>;
  notes?: string[];
}

/** What happened to missing values, and the run's own notes, as sentences. */
export function resultNotes(result: NotesInput): string[] {
  const rule = ({mean: "the mean", median: "the median"} as Record<string, string>)[result.params.missing ?? ""] ?? result.params.missing;
  const dropped = result.droppedRows ?? 0;
  return [
    dropped ? `${plural(dropped, "row")} with a missing value ${dropped === 1 ? "was" : "were"} dropped (${int(result.n)} of ${int(result.nTable)} analysed).` : null,
    ...Object.entries(result.imputed ?? {}).map(([c, m]) => {
      const v = result.fill?.[c];
      return `${plural(m, "missing cell")} of ${c} filled with ${typeof v === "number" ? fixed(v, 2) : `“${v}”`} (${rule}).`;
    }),
    ...(result.notes ?? [])
  ].filter((s): s is string => Boolean(s));
}

/** A share for a card: whole percent, "<1%" for a value that occurs but rounds to 0; null for none. */
export function shareText(count: number, total: number): string | null {
  if (!(total > 0) || !(count > 0)) return null;
  const p = (count / total) * 100;
  return p < 0.5 ? "<1%" : `${Math.round(p)}%`;
}

/** "home 52% · sports 30% · other <1%": the most common values of a column in a segment (present ones only). */
export function countsText(stats: {counts: Record<string, number> | Map<string, number>; missing?: number}, size: number, top = 4): string {
  const present = size - (stats.missing ?? 0);
  const all = (stats.counts instanceof Map ? [...stats.counts] : Object.entries(stats.counts ?? {})).filter(([, k]) => k > 0).sort((a, b) => b[1] - a[1]);
  const shown = all.slice(0, top).map(([v, k]) => `${v} ${shareText(k, present)}`);
  return `${shown.join(" · ")}${all.length > top ? ` · … (${all.length - top} more)` : ""}`;
}

/** A segment's number as the page, the CSV and the JSON show it: 1, 2, … or "noise"; null for a dropped row (−2 or null). */
export function segmentNumber(label: number | null | undefined): number | "noise" | null {
  return label === null || label === undefined || label === -2 ? null : label === -1 ? "noise" : label + 1;
}

/** Names for columns an export appends, none equal to a data column: name, else name_2, name_3… (csvSafeTable's rule). */
export function freeNames(columns: readonly string[], names: readonly string[]): string[] {
  const taken = new Set(columns);
  return names.map((name) => {
    let unique = name;
    for (let k = 2; taken.has(unique); ++k) unique = `${name}_${k}`;
    taken.add(unique);
    return unique;
  });
}

/** One sentence per appended column that had to be renamed. */
export function renameNotes(extra: readonly {name: string; wanted: string}[]): string[] {
  return extra
    .filter((e) => e.name !== e.wanted)
    .map((e) => `The data already has a column named “${e.wanted}”, so the export calls its new column “${e.name}” (your column is kept as it is).`);
}

/** The name of a segment label in captions: "segment 3", or "noise". */
export function segmentWord(label: number): string {
  return label === -1 ? "noise" : `segment ${label + 1}`;
}

/** Caption of the scatter on the first two components; `missed`: segments the drawn sample has no row of. */
export function scatterCaption({shown, sampled, ratio, byTruth, missed = []}: {shown: number; sampled: boolean; ratio: readonly number[]; byTruth: boolean; missed?: number[]}): string {
  const pct = (x: number | undefined) => `${((x ?? 0) * 100).toFixed(1)}%`;
  return `${plural(shown, "row")}${sampled ? " (a random sample)" : ""} on the first two principal components, which explain ${pct(ratio[0])} and ${pct(ratio[1])} of the variance of the scaled features; colour and shape show ${byTruth ? "the label column" : "segment"}${missed.length ? `; the sample has no row of ${missed.map(segmentWord).join(", ")}` : ""}.`;
}

/** Caption of the silhouette plot. */
export function silhouettePlotCaption({shown, sampled, mean, negative, metric = "euclidean"}: {shown: number; sampled: boolean; mean: number | null | undefined; negative: number; metric?: "euclidean" | "gower"}): string {
  return `Silhouette of ${plural(shown, "row")}${sampled ? " (a random sample)" : ""}${metric === "gower" ? " on Gower's distances (those k-medoids clustered by)" : ""}, sorted within each segment (1 = well inside its segment, below 0 = closer to another segment); mean ${fixed(mean, 2)}; ${plural(negative, "row")} below 0.`;
}

/** Caption of the top of the tree: `merges` drawn, cut into k at `cutHeight`, `rows` in all. */
export function dendrogramCaption({merges, sampled, k, cutHeight, rows}: {merges: number; sampled: boolean; k: number; cutHeight: number | null; rows: number}): string {
  return `The last ${plural(merges, "merge")} of the tree${sampled ? " (built on a random sample)" : ""}: each of the ${merges + 1} leaves is a group of rows merged lower down (its size in brackets), coloured by segment; the dashed line cuts the tree into k = ${k} segments${cutHeight === null ? "" : ` at height ${cutHeight.toFixed(2)}`}. ${plural(rows, "row")} in all.`;
}
