// A sentence on how a clustering met the true groups of a generated data set: which groups were
// split, which were joined, how much became noise, and the reason the method behaves that way.
import {adjustedRandIndex} from "../metrics/adjustedRandIndex.js";

/** Methods with a known way of failing; anything else gets the general sentence. */
export type VerdictMethod = "kmeans" | "ward" | "complete" | "average" | "single" | "dbscan" | "gmm" | "hdbscan" | "other";

/** Options of {@link clusteringVerdict}. */
export interface VerdictOptions {
  /** Which method made the labels, for the reason given; defaults to "other". */
  method?: VerdictMethod;
  /** The method's name as the sentence starts with it; defaults to "The clustering". */
  name?: string;
  /** Share of a group (or of a cluster) that counts as a real piece of it; defaults to 0.2. */
  share?: number;
}

/** What {@link clusteringVerdict} found, with its sentence. */
export interface ClusteringVerdict {
  /** "recovered" (adjusted Rand ≥ 0.9, no group split and none joined), "split", "merged", "split-merged", "noise", "no-groups" (one true group) or "missed". */
  kind: "recovered" | "split" | "merged" | "split-merged" | "noise" | "no-groups" | "missed";
  /** Adjusted Rand index of the labels against the truth. */
  ari: number;
  /** Number of clusters found (noise, −1, not counted). */
  clusters: number;
  /** Number of true groups. */
  groups: number;
  /** True groups (0-based) that lie across two or more clusters each holding at least `share` of the group, or are broken into three or more clusters none of which holds 1 − share of it. */
  split: number[];
  /** Clusters (0-based labels) that hold at least `share` of each of two or more true groups. */
  merged: number[];
  /** Share of the points labelled noise (−1). */
  noiseShare: number;
  sentence: string;
}

/** Letters for true groups ("group A"), so they are not confused with numbered clusters. */
export function groupName(g: number): string {
  return `group ${String.fromCharCode(65 + (g % 26))}${g >= 26 ? Math.floor(g / 26) : ""}`;
}

const list = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
const percent = (x: number) => `${Math.round(100 * x)}%`;

function reason(method: VerdictMethod, kind: ClusteringVerdict["kind"]): string {
  const splits = kind === "split" || kind === "split-merged";
  const merges = kind === "merged" || kind === "split-merged";
  switch (method) {
    case "kmeans":
      return splits
        ? "k-means can only draw straight borders halfway between centres, so a curved, stretched or much larger group is cut into pieces."
        : "k-means puts a straight border halfway between centres, wherever the groups really meet.";
    case "single":
      return merges
        ? "Single linkage joins two clusters as soon as any two of their points are close, so one chain of points is enough to join groups; Ward's linkage would keep them apart."
        : "Single linkage follows chains of close points, so loose or noisy groups fall apart into stragglers.";
    case "ward":
    case "complete":
    case "average":
      return `${method === "ward" ? "Ward's" : method[0].toUpperCase() + method.slice(1)} linkage favours compact, round clusters, so curved or stretched groups are cut and nearby ones can be joined.`;
    case "dbscan":
      if (kind === "noise") return "The groups are sparser than eps and minSamples allow, so their points have too few neighbours to be core; a larger eps, or HDBSCAN, would keep them.";
      if (merges && splits) return "One eps cannot suit dense and sparse groups at once: it is too small for one and too large for another.";
      return merges
        ? "eps is wide enough to step from one group to the next through the points between them; a smaller eps would part them."
        : "eps is too small for some groups: their points lose touch and split or become noise.";
    case "gmm":
      if (merges && splits) return "A Gaussian mixture fits every cluster with one elliptical bell: curved groups need several bells, and overlapping ones share one.";
      return splits
        ? "A Gaussian mixture fits every cluster with one elliptical bell, so a curved or ring-shaped group takes several bells and is cut into pieces."
        : "A Gaussian mixture fits every cluster with one elliptical bell; groups that touch or overlap are fitted better by one wide bell than by two.";
    case "hdbscan":
      if (kind === "noise") return "HDBSCAN keeps only regions that stay dense over a range of densities; sparse groups, or groups smaller than the minimum cluster size, become noise.";
      return merges
        ? "HDBSCAN joins groups that a dense enough path of points connects at every density it considers; a larger minSamples makes such bridges count less."
        : "HDBSCAN finds clusters that persist over a range of densities, so a group with dense clumps inside can come out as several; a larger minimum cluster size joins them.";
    case "other":
      return "";
    default: {
      const never: never = method;
      throw new RangeError(`unknown method: ${String(never)}`);
    }
  }
}

/**
 * Compares cluster labels (−1 = noise) with the true groups of the same points and says what
 * happened in one or two sentences: recovered (adjusted Rand ≥ 0.9 with no group split or joined), or which true groups were
 * split across clusters and which clusters joined groups, with the method's reason.
 *
 * @example clusteringVerdict(kmeans(X, {k: 2}).labels, y, {method: "kmeans", name: "k-means"}).sentence
 */
export function clusteringVerdict(labels: ArrayLike<number>, truth: ArrayLike<number>, {method = "other", name = "The clustering", share = 0.2}: VerdictOptions = {}): ClusteringVerdict {
  const n = labels.length;
  if (truth.length !== n) throw new RangeError(`clusteringVerdict: ${n} labels but ${truth.length} true groups`);
  if (!(share > 0 && share <= 0.5)) throw new RangeError(`clusteringVerdict: share = ${share}; it must lie in (0, 0.5]`);
  const groupIds = Array.from(new Set(Array.from(truth))).sort((a, b) => a - b);
  const clusterIds = Array.from(new Set(Array.from(labels))).filter((c) => c !== -1).sort((a, b) => a - b);
  const G = groupIds.length, C = clusterIds.length;
  const gi = new Map(groupIds.map((g, i) => [g, i]));
  const ci = new Map(clusterIds.map((c, i) => [c, i]));
  const table = Array.from({length: G}, () => new Array<number>(C).fill(0));
  const groupSize = new Array<number>(G).fill(0);
  let noise = 0;
  for (let i = 0; i < n; ++i) {
    const g = gi.get(truth[i])!;
    groupSize[g] += 1;
    if (labels[i] === -1) ++noise;
    else table[g][ci.get(labels[i])!] += 1;
  }
  const ari = n === 0 ? 1 : adjustedRandIndex(labels, truth);
  const noiseShare = n === 0 ? 0 : noise / n;
  const piecesOf = (g: number) => clusterIds.filter((_, c) => table[g][c] >= share * groupSize[g]);
  // A group is split when two clusters each hold a real piece of it, or when it is broken into three
  // or more clusters, none holding 1 − share of its clustered points (an outline cut into arcs).
  const fragments = (g: number) => table[g].filter((v) => v > 0).length;
  const broken = (g: number) => {
    const clustered = table[g].reduce((a, b) => a + b, 0);
    return fragments(g) >= 3 && Math.max(...table[g]) < (1 - share) * clustered;
  };
  const split = groupIds.filter((_, g) => piecesOf(g).length >= 2 || broken(g));
  const merged = clusterIds.filter((_, c) => groupIds.filter((_, g) => table[g][c] >= share * groupSize[g]).length >= 2);
  const clusters = `${C} cluster${C === 1 ? "" : "s"}`;
  const noiseNote = noise > 0 ? `, and ${noise} point${noise === 1 ? "" : "s"} (${percent(noiseShare)}) called noise` : "";
  const score = `adjusted Rand ${(Math.abs(ari) < 0.005 ? 0 : ari).toFixed(2)}`; // no “−0.00”
  let kind: ClusteringVerdict["kind"];
  let head: string;
  if (G <= 1) {
    kind = "no-groups";
    head = `There are no groups to find here (every point belongs to one true group), yet ${name} drew ${clusters}${noiseNote}: a clustering always returns clusters, even from structureless data.`;
  } else if (ari >= 0.9 && split.length === 0 && merged.length === 0) {
    kind = "recovered";
    head = `${name} recovered the ${G} true groups (${score}) with ${clusters}${noiseNote}.`;
  } else if (noiseShare >= 0.3 && split.length === 0 && merged.length === 0) {
    kind = "noise";
    head = `${name} called ${percent(noiseShare)} of the points noise (${score}), leaving ${clusters} for the ${G} true groups.`;
  } else if (split.length || merged.length) {
    kind = split.length && merged.length ? "split-merged" : split.length ? "split" : "merged";
    const parts: string[] = [];
    if (split.length === G && merged.length === C) {
      parts.push(`each of the ${clusters} mixes true groups, and each group is spread over several clusters`);
    } else {
      for (const g of split.slice(0, 2)) {
        const gi = groupIds.indexOf(g);
        const pieces = piecesOf(gi);
        parts.push(pieces.length >= 2 && pieces.length === fragments(gi) ? `${groupName(g)} lies across ${list(pieces.map((c) => `cluster ${c + 1}`))}` : `${groupName(g)} is broken into ${fragments(gi)} clusters`);
      }
      for (const c of merged.slice(0, 2)) {
        const joined = groupIds.filter((_, g) => table[g][clusterIds.indexOf(c)] >= share * groupSize[g]);
        parts.push(`cluster ${c + 1} joins ${list(joined.map(groupName))}`);
      }
      if (split.length + merged.length > parts.length) parts.push("and more like these");
    }
    const verb = kind === "split" ? "split true groups" : kind === "merged" ? "joined true groups" : "cut across the true groups";
    head = `${name} ${verb} (${score}; ${clusters} for ${G} groups${noiseNote}): ${parts.join("; ")}.`;
  } else {
    kind = "missed";
    head = `${name} found ${clusters} for the ${G} true groups${noiseNote}, but they only partly match them (${score}).`;
  }
  const why = kind === "recovered" || kind === "no-groups" ? "" : reason(method, kind);
  return {kind, ari, clusters: C, groups: G, split, merged, noiseShare, sentence: why ? `${head} ${why}` : head};
}
