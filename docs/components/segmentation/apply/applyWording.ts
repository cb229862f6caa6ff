// The sentences of "Apply this model to new rows" (issue 18), kept apart from the DOM and tested
// against the numbers they state (test/unit/components/applyWording.test.ts).
import {plural, settingsText} from "../wording.js";
import type {RunParams} from "../wording.js";

/** A segment as the model names it. */
export interface NamedSegment {
  label: number;
  name: string;
}

/** What the panel shows of an application (applyModel's counts and preparation). */
export interface Application {
  n: number;
  counts: {label: number; count: number}[];
  approximate: boolean;
  method: string;
  preparation: {dropped: number; filled: Record<string, number>; unseen: Record<string, number>};
}

/** The model in words: its settings as the page states a run's, and how many rows it was fitted on. */
export function modelText(model: {settings?: Partial<RunParams>; preparation: {numeric: string[]; categorical: string[]; missing: string; scaling: string}; method: {kind: string}; trainingRows: number; dataset?: {name: string | null}}): string {
  const p = model.preparation;
  const settings = {algorithm: model.method.kind, ...model.settings, numeric: p.numeric, categorical: p.categorical, missing: p.missing, scaling: p.scaling} as RunParams;
  const on = model.dataset?.name ? ` on “${model.dataset.name}”` : "";
  return `${settingsText(settings)} — fitted${on} (${plural(model.trainingRows, "row")}).`;
}

/** The rows of the counts table: segment number (from 1) or "noise" / "not assigned", the segment's name, rows, share. */
export function countRows(application: Application, segments: NamedSegment[]): {segment: string; name: string; rows: number; share: string}[] {
  const names = new Map(segments.map((s) => [s.label, s.name]));
  const labels = [...new Set([...segments.map((s) => s.label), ...application.counts.map((c) => c.label)])].sort((a, b) => (a < 0 ? 1e9 - a : a) - (b < 0 ? 1e9 - b : b));
  return labels.map((label) => {
    const rows = application.counts.find((c) => c.label === label)?.count ?? 0;
    return {
      segment: label >= 0 ? String(label + 1) : label === -1 ? "noise" : "not assigned",
      name: label >= 0 ? (names.get(label) ?? `Segment ${label + 1}`) : label === -1 ? "Noise (near no cluster)" : "A chosen value is missing",
      rows,
      share: application.n ? `${((100 * rows) / application.n).toFixed(1)}%` : "—"
    };
  });
}

/** The summary sentence: how many rows were placed, in how many segments, how many are noise or not placed. */
export function appliedSummary(application: Application, fileName: string): string {
  const placed = application.counts.filter((c) => c.label >= 0);
  const inSegments = placed.reduce((s, c) => s + c.count, 0);
  const noise = application.counts.find((c) => c.label === -1)?.count ?? 0;
  const unplaced = application.counts.find((c) => c.label === -2)?.count ?? 0;
  const parts = [`${plural(inSegments, "row")} of “${fileName}” placed in ${plural(placed.length, "segment")}`];
  if (noise) parts.push(`${plural(noise, "row")} noise`);
  if (unplaced) parts.push(`${plural(unplaced, "row")} not placed (a chosen value is missing, and the model drops such rows)`);
  return `${application.n === 1 ? "1 row read" : `${plural(application.n, "row")} read`}: ${parts.join("; ")}.`;
}

/** What happened to the new rows on the way in: filled cells, unseen categories. */
export function preparationNotes(preparation: Application["preparation"], method = ""): string[] {
  const notes: string[] = [];
  for (const [column, count] of Object.entries(preparation.filled)) notes.push(`${plural(count, "missing cell")} of “${column}” filled with the training value, as the model was fitted.`);
  for (const [column, count] of Object.entries(preparation.unseen)) notes.push(`${plural(count, "row")} with a “${column}” value the training rows never had: ${method === "kmedoids" ? "Gower's distance counts it as differing from every medoid's" : `no one-hot column is set for ${count === 1 ? "it" : "them"}`}.`);
  return notes;
}

/** The approximation note for DBSCAN, HDBSCAN and hierarchical models; null for the exact ones. */
export function approximationNote(method: string): string | null {
  switch (method) {
    case "dbscan":
      return "DBSCAN has no rule for new rows: each row joins the cluster of its nearest core row when it is within eps, else it is noise. A new row never becomes a core row, so the clusters do not grow or merge as they would if the rows were clustered again.";
    case "hdbscan":
      return "HDBSCAN has no rule for new rows: this is the hdbscan library's approximate prediction — a row joins the cluster of its nearest training row (by mutual reachability) when close enough for that cluster, else it is noise. The tree is not rebuilt; R's predict uses a simpler rule and agrees on most but not all rows.";
    case "hierarchical":
      return "A tree has no rule for new rows: each row joins the segment whose centroid (the mean of its training rows, in scaled units) is nearest. Clustering the rows again could place some differently.";
    default:
      return null;
  }
}
