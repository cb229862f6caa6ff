// A saved segmentation model: the preparation fitted on the training rows and the fitted parameters of
// one method, as plain JSON, so that applyModel can place new rows in the same segments on any machine.
import type {CovarianceType} from "../mixture/covariance.js";
import type {MissingStrategy, ScalingMethod} from "../preprocessing/prepareFeatures.js";

export const modelFormat = "pattern-kitchen/segment-model";
export const modelVersion = 1;

/** How raw columns became the matrix the method saw (prepareFeatures' steps, with their fitted values). */
export interface Preparation {
  /** Numeric columns, in order. */
  numeric: string[];
  /** Text columns one-hot encoded, in order. */
  categorical: string[];
  /** The categories of each text column seen in training (one 0/1 column each, sorted). */
  categories: string[][];
  /** "drop": a new row missing a chosen value gets no segment; "mean"/"median": it is filled with `fill`. */
  missing: MissingStrategy;
  /** The training mean or median of each numeric column (null with "drop"). */
  fill: (number | null)[];
  /** The most frequent training category of each text column (null with "drop"). */
  categoryFill: (string | null)[];
  scaling: ScalingMethod;
  /** Per feature: x becomes (x − center) / scale. */
  center: number[];
  scale: number[];
  /** Feature names: the numeric columns, then "column = category". */
  features: string[];
}

/** The fitted parameters of each method, in prepared (scaled) units. */
export type MethodModel =
  | {kind: "kmeans"; centers: number[][]}
  | {kind: "gmm"; covariance: CovarianceType; weights: number[]; means: number[][]; covariances: number[] | number[][] | number[][][]}
  | {kind: "dbscan"; eps: number; core: number[][]; coreLabels: number[]}
  | {kind: "hdbscan"; minSamples: number; data: number[][]; labels: number[]; coreDistances: number[]; birth: number[]}
  | {kind: "hierarchical"; linkage: string; centroids: number[][]}
  | {kind: "kmedoids"; numeric: (number | null)[][]; categorical: (string | null)[][]; min: number[]; range: number[]};

export type MethodKind = MethodModel["kind"];

/** A segment as the page names it (label 0 … k − 1; the page shows label + 1). */
export interface SegmentInfo {
  label: number;
  name: string;
  size: number;
}

/** The saved model: JSON.stringify it to save, JSON.parse and {@link checkModel} to read. */
export interface SegmentModel {
  format: typeof modelFormat;
  version: typeof modelVersion;
  preparation: Preparation;
  method: MethodModel;
  /** The segments of the fit (names as shown), when known. */
  segments: SegmentInfo[];
  /** Rows the model was fitted on. */
  trainingRows: number;
}

const isArray = Array.isArray;
const numbers = (v: unknown): boolean => isArray(v) && v.every((x) => typeof x === "number" && Number.isFinite(x));
const table = (v: unknown, d: number): boolean => isArray(v) && v.every((r) => numbers(r) && (r as number[]).length === d);

/**
 * Checks a parsed model (for instance a file's JSON) and returns it typed; throws a TypeError whose
 * message says what is missing or damaged, for the person who chose the file.
 */
export function checkModel(value: unknown): SegmentModel {
  if (value === null || typeof value !== "object") throw new TypeError("the model is not a JSON object");
  const m = value as Partial<SegmentModel>;
  if (m.format !== modelFormat) throw new TypeError(`it is not a segment model (no "format": "${modelFormat}")`);
  if (m.version !== modelVersion) throw new TypeError(`it is a segment model of version ${String(m.version)}; this page reads version ${modelVersion}`);
  const p = m.preparation;
  if (!p || !isArray(p.numeric) || !isArray(p.categorical) || !isArray(p.categories) || p.categories.length !== p.categorical.length) throw new TypeError("its preparation (columns and categories) is missing or damaged");
  const d = p.numeric.length + p.categories.reduce((s, c) => s + (isArray(c) ? c.length : NaN), 0);
  if (!(d > 0) || !numbers(p.center) || !numbers(p.scale) || p.center.length !== d || p.scale.length !== d || !isArray(p.features) || p.features.length !== d) throw new TypeError(`its preparation's scaling is missing or damaged (it should have ${d} features)`);
  if (!["drop", "mean", "median"].includes(p.missing as string) || !["standard", "minmax", "robust", "none"].includes(p.scaling as string)) throw new TypeError("its preparation names an unknown missing-value rule or scaling");
  if (p.missing !== "drop" && (!numbers(p.fill) || p.fill.length !== p.numeric.length || !isArray(p.categoryFill) || p.categoryFill.length !== p.categorical.length || !p.categoryFill.every((v) => v === null || typeof v === "string"))) throw new TypeError("its preparation lacks the fill values of the missing-value rule");
  const method = m.method;
  if (!method || typeof method !== "object") throw new TypeError("its fitted method is missing");
  const bad = (what: string): never => {
    throw new TypeError(`its ${method.kind} parameters are damaged (${what})`);
  };
  switch (method.kind) {
    case "kmeans":
      if (!table(method.centers, d) || method.centers.length === 0) bad("centres");
      break;
    case "gmm":
      if (!table(method.means, d) || !numbers(method.weights) || method.weights.length !== method.means.length) bad("weights and means");
      break;
    case "dbscan":
      if (!(method.eps > 0) || !table(method.core, d) || !numbers(method.coreLabels) || method.coreLabels.length !== method.core.length) bad("eps and core rows");
      break;
    case "hdbscan":
      if (!table(method.data, d) || !numbers(method.labels) || !numbers(method.coreDistances) || !numbers(method.birth) || method.labels.length !== method.data.length || method.coreDistances.length !== method.data.length || !(method.minSamples >= 1)) bad("fitted rows, core distances and births");
      break;
    case "hierarchical":
      if (!table(method.centroids, d) || method.centroids.length === 0) bad("centroids");
      break;
    case "kmedoids":
      if (!isArray(method.numeric) || !isArray(method.categorical) || method.numeric.length === 0 || method.numeric.length !== method.categorical.length || !numbers(method.min) || !numbers(method.range) || method.min.length !== p.numeric.length) bad("medoids and ranges");
      break;
    default:
      throw new TypeError(`its method “${String((method as {kind?: unknown}).kind)}” is not one this page can apply (k-means, mixture, DBSCAN, HDBSCAN, hierarchical, k-medoids)`);
  }
  if (!isArray(m.segments)) throw new TypeError("its list of segments is missing");
  return m as SegmentModel;
}
