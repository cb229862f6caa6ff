// What each algorithm's result looks like on the data chart, and in words (the chart's text
// alternative). One entry per algorithm id, next to its entry in algorithms.js.
import {cutTree} from "../../lib/index.js";
import {drawCentres, drawEpsCircles, drawPcaAxes, drawPoints, drawVoronoi} from "./layers.js";
import {kmeansFrame} from "./kmeansSteps.js";

const fmt = (v) => String(+Number(v).toPrecision(3));
const plural = (n, word) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;

/** "cluster 1: 152, cluster 2: 148, noise: 3" for labels (null = not yet labelled). */
export function clusterCounts(labels) {
  const counts = new Map();
  for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
  const keys = Array.from(counts.keys()).sort((a, b) => (a === null) - (b === null) || (a === -1) - (b === -1) || a - b);
  const shown = keys.slice(0, 12).map((l) => `${l === null ? "not yet labelled" : l === -1 ? "noise" : `cluster ${l + 1}`}: ${counts.get(l)}`);
  return shown.join(", ") + (keys.length > 12 ? `, and ${keys.length - 12} more clusters` : "");
}

/** Labels at replay step m of a merge tree: the 8 largest multi-point clusters coloured, other clusters of 2+ dark, single points null. */
export function replayLabels(merges, m) {
  const n = merges.length + 1;
  const raw = cutTree(merges, {k: n - m});
  const size = new Map();
  for (const l of raw) size.set(l, (size.get(l) ?? 0) + 1);
  const big = Array.from(size).filter(([, s]) => s > 1).sort((a, b) => b[1] - a[1]);
  const colour = new Map(big.map(([l], i) => [l, i < 8 ? i : 99]));
  return raw.map((l) => (colour.has(l) ? colour.get(l) : null));
}

/** The picture of any clustering with labels: what a new algorithm gets until it has a view of its own. */
const generic = {
  draw(ctx, sx, sy, {X, result, override}) {
    drawPoints(ctx, sx, sy, X, {labels: override ?? result?.labels ?? null});
  },
  describe({result}) {
    return result?.labels ? ` Clusters: ${clusterCounts(result.labels)}.` : "";
  }
};

/** The view of an algorithm id (generic when it has none). */
export const viewFor = (id) => views[id] ?? generic;

export const views = {
  kmeans: {
    draw(ctx, sx, sy, {X, result, frame, box, placed, override}) {
      if (!result || result.waiting) {
        drawPoints(ctx, sx, sy, X, {labels: override});
        drawCentres(ctx, sx, sy, placed ?? []);
        return;
      }
      const f = result.stale || !result.history ? {centres: result.centers, labels: result.labels, previous: null} : kmeansFrame(result.history, frame);
      drawVoronoi(ctx, sx, sy, f.centres, box);
      drawPoints(ctx, sx, sy, X, {labels: override ?? f.labels});
      if (f.previous) {
        drawCentres(ctx, sx, sy, f.previous, {ghost: true});
        ctx.beginPath();
        f.previous.forEach(([a, b], i) => (ctx.moveTo(sx(a), sy(b)), ctx.lineTo(sx(f.centres[i][0]), sy(f.centres[i][1]))));
        ctx.strokeStyle = "#222";
        ctx.lineWidth = 1.5;
        ctx.stroke();
      }
      drawCentres(ctx, sx, sy, f.centres);
    },
    describe({result, frame, params}) {
      if (!result) return "";
      if (result.waiting) return ` k-means is waiting for its starting centres: ${result.waiting}`;
      const f = result.history && !result.stale ? kmeansFrame(result.history, frame) : {centres: result.centers, labels: result.labels, phase: "done"};
      return ` k-means with k = ${params.k}, ${f.phase === "done" ? "its result" : `step ${f.index} (${f.phase})`}: ${f.labels ? clusterCounts(f.labels) : "no point assigned yet"}. Centres at ${f.centres.map(([a, b]) => `(${fmt(a)}, ${fmt(b)})`).join(", ")}; the shaded regions are the points nearest each centre (Voronoi cells).`;
    }
  },
  hierarchical: {
    draw(ctx, sx, sy, {X, result, replay, override}) {
      const labels = result && replay !== null && !result.stale ? replayLabels(result.merges, replay) : result?.labels;
      drawPoints(ctx, sx, sy, X, {labels: override ?? labels, dim: labels && !override ? labels.map((l) => l === null) : null});
    },
    describe({result, replay, params}) {
      if (!result) return "";
      if (replay !== null && !result.stale) return ` ${params.linkage} linkage, replay: ${replay} of ${result.merges.length} merges made, ${result.merges.length + 1 - replay} clusters (the 8 largest coloured, single points faint).`;
      return ` ${params.linkage} linkage cut ${params.cut === "k" ? `into ${params.hk} clusters` : `at height ${fmt(result.cutHeight)} (${params.height} of the last merge's)`}: ${clusterCounts(result.labels)}.`;
    }
  },
  dbscan: {
    draw(ctx, sx, sy, {X, result, params, scan, override}) {
      const core = result?.core ?? null;
      drawEpsCircles(ctx, sx, sy, X, params.eps, core);
      if (scan && !override) {
        const state = scan.step ? scan.step.state : X.map(() => -2);
        const labels = state.map((s) => (s === -2 ? null : s));
        drawPoints(ctx, sx, sy, X, {labels, hollow: labels.map((l, i) => l !== null && l >= 0 && !core?.[i]), dim: state.map((s) => s === -2)});
        if (scan.step) {
          const [a, b] = X[scan.step.point];
          const r = Math.abs(sx(params.eps) - sx(0));
          ctx.beginPath();
          ctx.arc(sx(a), sy(b), r, 0, 2 * Math.PI);
          ctx.strokeStyle = "#D55E00";
          ctx.lineWidth = 2.5;
          ctx.stroke();
        }
        return;
      }
      const labels = override ?? result?.labels ?? null;
      drawPoints(ctx, sx, sy, X, {labels, hollow: labels ? labels.map((l, i) => l !== null && l >= 0 && core?.[i] === false) : null});
    },
    describe({result, params}) {
      if (!result) return "";
      const core = result.core.filter((c) => c === true).length;
      const noise = result.labels.filter((l) => l === -1).length;
      return ` DBSCAN with eps = ${params.eps} and minSamples = ${params.ms}: ${clusterCounts(result.labels)}; ${plural(core, "core point")}, ${plural(result.labels.length - core - noise, "border point")}, ${plural(noise, "noise point")}. Each shaded circle has radius eps around a point.`;
    }
  },
  pca: {
    draw(ctx, sx, sy, {X, y, result}) {
      drawPoints(ctx, sx, sy, X, {labels: y});
      if (result?.components) drawPcaAxes(ctx, sx, sy, result); // during a stroke, the axes of the points so far
    },
    describe({result}) {
      if (!result?.components) return "";
      const [v1, v2] = result.components;
      return ` PCA: PC1 points along (${fmt(v1[0])}, ${fmt(v1[1])}) and explains ${(100 * result.ratio[0]).toFixed(1)}% of the variance; PC2 along (${fmt(v2[0])}, ${fmt(v2[1])}), ${(100 * result.ratio[1]).toFixed(1)}%. Each axis is drawn through the mean, 2 standard deviations each way; points are coloured by true group.`;
    }
  }
};
