// The 2-D map of the rows (issue 18): UMAP (src/manifold/) of the prepared features of an analysis,
// seeded, on a uniform seeded sample above `mapLimits.sample` rows, with its trustworthiness. Runs in
// the map's own engine (a worker), after the analysis: the request is `{type: "map", params}` with
// the analysis's params; the answer links each point to its table row, so the page colours it by
// the segments of whichever result is on screen.
import {mapRows, trustworthiness} from "../../../lib/index.js";
import {prepare, progress, state} from "../engineState.js";

/** Rows mapped at most (a seeded sample above), and rows whose neighbourhoods score the map's trustworthiness. */
export const mapLimits = {sample: 50000, trustSample: 1000, trustNeighbors: 5};

const stageText = {neighbors: "nearest neighbours", graph: "neighbour graph", init: "spectral start", epochs: "layout"};

/**
 * {x, y: Float64Array (map coordinates), rows: Int32Array (table row of each point), nFeatures,
 * nPrepared (rows with features), nTable, sampled, trustworthiness, trustNeighbors, trustSample,
 * nNeighbors, nEpochs, init, seed}.
 */
export function mapRequest(params) {
  const {t, prepared} = prepare(params);
  const {X, rowIndex, features} = prepared;
  if (X.length < 3) throw new RangeError(`A map needs at least 3 rows with every chosen feature; there ${X.length === 1 ? "is" : "are"} ${X.length}.`);
  let last = -1;
  const onProgress = ({stage, done, total}) => {
    const percent = Math.floor((100 * done) / (total || 1));
    if (percent === last && done !== 0) return; // at most ~100 messages per stage
    last = percent;
    progress(`map: ${stageText[stage]}${total > 1 ? ` ${percent}%` : ""}`, done, total);
  };
  const m = mapRows(X, {sample: mapLimits.sample, seed: params.seed ?? 42, onProgress});
  progress("map: trustworthiness");
  const mapped = m.rowIndex.map((i) => X[i]);
  const n = mapped.length;
  const k = Math.min(mapLimits.trustNeighbors, Math.ceil(n / 2) - 1);
  const trustSample = Math.min(n, mapLimits.trustSample);
  const trust = k >= 1 ? trustworthiness(mapped, m.embedding, {nNeighbors: k, sampleSize: trustSample < n ? trustSample : undefined, seed: params.seed ?? 42}) : null;
  const x = Float64Array.from(m.embedding, (p) => p[0]);
  const y = Float64Array.from(m.embedding, (p) => p[1]);
  const rows = Int32Array.from(m.rowIndex, (i) => rowIndex[i]);
  state.transfer.push(x.buffer, y.buffer, rows.buffer);
  return {
    x, y, rows,
    nFeatures: features.length,
    nPrepared: X.length,
    nTable: t.n,
    sampled: m.sampled,
    trustworthiness: trust,
    trustNeighbors: k >= 1 ? k : null,
    trustSample,
    nNeighbors: m.nNeighbors,
    nEpochs: m.nEpochs,
    init: m.init,
    seed: m.seed
  };
}
