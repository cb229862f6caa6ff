/** One feature's pull on a principal axis. */
export interface Loading {
  feature: string;
  /** The feature's loading (its coordinate in the unit-length axis). */
  loading: number;
}

/** A plain-language reading of one principal component. */
export interface ComponentReading {
  /** 0-based index of the component. */
  component: number;
  /** "PC1", "PC2", … */
  name: string;
  /** Share of the total variance along this axis, in [0, 1]. */
  share: number;
  /** Strong positive loadings, strongest first: rows high in these features score high. */
  positive: Loading[];
  /** Strong negative loadings, strongest first: rows high in these features score low. */
  negative: Loading[];
  /** Share of the axis' direction (sum of squared loadings, in [0, 1]) made up by the features named. */
  covered: number;
  /** Name of the row with the highest score, when names and scores are given. */
  high?: string;
  /** Name of the row with the lowest score, when names and scores are given. */
  low?: string;
  /** The reading as one or two sentences. */
  text: string;
}

export interface DescribeOptions {
  /** Feature (column) names, one per loading. */
  features: string[];
  /** Row names, used with the model's scores to name the rows at either end of each axis. */
  names?: string[];
  /** How many components to describe, from the first; defaults to 2 (capped at the number kept). */
  count?: number;
  /** A feature is named when |loading| ≥ threshold × the largest |loading| on the axis; defaults to 0.5. */
  threshold?: number;
  /** At most this many features are named on each side; defaults to 3. */
  maxFeatures?: number;
  /** What the rows are, plural, for the sentence ("dishes", "customers"); defaults to "rows". */
  noun?: string;
}

interface Model {
  components: number[][];
  explainedVarianceRatio: number[];
  scores?: number[][];
}

/**
 * Reads the first principal components of a fitted `pca` model in words: which features pull each
 * axis towards its high end and which towards its low end, how much of the variance the axis
 * carries and which rows sit at either end. Only strong loadings are named (see `threshold`), so
 * the reading follows the loadings whenever the model changes. The sign of an axis is arbitrary
 * (flipping it flips every loading and score), so the reading names both ends.
 */
export function describeComponents(model: Model, {features, names, count = 2, threshold = 0.5, maxFeatures = 3, noun = "rows"}: DescribeOptions): ComponentReading[] {
  const {components, explainedVarianceRatio, scores} = model;
  if (!Array.isArray(components) || components.length === 0) throw new RangeError("the model has no components to describe");
  const d = components[0].length;
  if (features.length !== d) {
    throw new RangeError(`${features.length} feature names were given, but each component has ${d} loadings`);
  }
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count = ${count}; describe at least 1 component`);
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold = ${threshold}; it must lie in [0, 1]`);
  if (!Number.isInteger(maxFeatures) || maxFeatures < 1) throw new RangeError(`maxFeatures = ${maxFeatures}; name at least 1 feature per side`);
  if (names && scores && names.length !== scores.length) {
    throw new RangeError(`${names.length} row names were given, but the model scored ${scores.length} rows`);
  }
  const readings: ComponentReading[] = [];
  for (let c = 0; c < Math.min(count, components.length); ++c) {
    const row = components[c];
    const largest = Math.max(...row.map(Math.abs));
    const strong = row
      .map((loading, j) => ({feature: features[j], loading}))
      .filter(({loading}) => loading !== 0 && Math.abs(loading) >= threshold * largest)
      .sort((a, b) => Math.abs(b.loading) - Math.abs(a.loading));
    const positive = strong.filter((l) => l.loading > 0).slice(0, maxFeatures);
    const negative = strong.filter((l) => l.loading < 0).slice(0, maxFeatures);
    const covered = [...positive, ...negative].reduce((s, l) => s + l.loading * l.loading, 0);
    let high: string | undefined, low: string | undefined;
    if (names && scores && scores.length > 0) {
      let hi = 0, lo = 0;
      for (let i = 1; i < scores.length; ++i) {
        if (scores[i][c] > scores[hi][c]) hi = i;
        if (scores[i][c] < scores[lo][c]) lo = i;
      }
      high = names[hi];
      low = names[lo];
    }
    const name = `PC${c + 1}`;
    const share = explainedVarianceRatio[c];
    readings.push({component: c, name, share, positive, negative, covered, high, low, text: sentence({name, share, positive, negative, covered, high, low}, noun)});
  }
  return readings;
}

function sentence({name, share, positive, negative, covered, high, low}: Omit<ComponentReading, "component" | "text">, noun: string): string {
  const head = `${name} carries ${percent(share)} of the variance.`;
  const tail = ` Together the features named carry ${percent(covered)} of this axis' weight (the sum of their squared loadings; all the features together make 100%).`;
  if (positive.length && negative.length) {
    return `${head} It runs from ${noun} high in ${list(negative)}${end(low, "low")} to ${noun} high in ${list(positive)}${end(high, "high")}.${tail}`;
  }
  const side = positive.length ? positive : negative;
  const where = positive.length ? "high" : "low";
  return `${head} It is one-sided: ${noun} high in ${list(side)} score ${where} on it${end(where === "high" ? high : low, where)}, and no feature pulls strongly the other way.${tail}`;
}

function end(row: string | undefined, which: "high" | "low"): string {
  return row === undefined ? "" : ` (${which === "high" ? "highest" : "lowest"}: ${row})`;
}

function list(loadings: Loading[]): string {
  const parts = loadings.map(({feature, loading}) => `${feature} (${signed(loading)})`);
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

/** A loading with an explicit sign and a true minus sign: "+0.46", "−0.43". */
export function signed(x: number, digits = 2): string {
  const s = Math.abs(x).toFixed(digits);
  return Number(s) === 0 ? s : `${x < 0 ? "−" : "+"}${s}`;
}

function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}
