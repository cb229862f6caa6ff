// The code-cell worker: runs a learner's code with the library, Arquero, the lesson data and `show` in
// scope, after sandbox.js has taken away the network, imports and eval of strings. The page (runner.js)
// terminates it when a run takes too long and starts a fresh one.
import * as lib from "../../lib/index.js";
import * as aq from "npm:arquero";
import {chartFor, encode} from "./encode.js";
import {exercises} from "./exercises/index.js";
import {lockDown} from "./sandbox.js";

export const cellUrl = "your-code.js";

let entries = []; // what the current run printed or showed, in order
const maxEntries = 200;

function push(entry) {
  if (entries.length < maxEntries) entries.push(entry);
  else if (entries.length === maxEntries) entries.push({type: "log", level: "warn", parts: [{type: "string", value: `(output stopped after ${maxEntries} entries)`}]});
}

const rowsOf = (points) => (points && typeof points.objects === "function" ? points.objects().map((o) => Object.values(o)) : Array.from(points ?? [], (p) => Array.from(p)));

const show = {
  /** Draws points (rows of at least 2 numbers: the first two are x and y), coloured by `labels` when given. */
  scatter(points, labels) {
    const rows = rowsOf(points);
    if (rows.length === 0 || rows.some((r) => r.length < 2 || !r.slice(0, 2).every(Number.isFinite))) {
      throw new TypeError("show.scatter(points, labels) needs rows of at least two numbers, like [[1, 2], [3, 4]].");
    }
    if (labels !== undefined && (!labels || labels.length !== rows.length)) {
      throw new TypeError(`show.scatter: ${rows.length} points but ${labels?.length ?? 0} labels; give one label per point.`);
    }
    push({type: "chart", chart: {kind: "scatter", points: rows.map((r) => [r[0], r[1]]), labels: labels ? Array.from(labels, String) : null}});
  },
  /** Shows rows (records, an Arquero table or a matrix) as a table. */
  table(rows) {
    push({type: "value", value: encode(rows)});
  },
  /** Draws a dendrogram of a linkage (`hierarchical(X).merges`, or the result itself). */
  dendrogram(merges, names) {
    const chart = chartFor(merges?.merges ?? merges);
    if (chart?.kind !== "dendrogram") throw new TypeError("show.dendrogram(merges) needs the merges of hierarchical(X): rows of [a, b, height, size].");
    push({type: "chart", chart: {...chart, names: names ? Array.from(names, String) : null}});
  }
};

const data = {}; // the checks' own copies, out of the learner's reach

function setScope(datasets) {
  for (const [name, d] of Object.entries(datasets)) data[name] = {...d, table: aq.from(d.records)};
  for (const level of ["log", "info", "warn", "error", "debug"]) {
    console[level] = (...args) => push({type: "log", level, parts: args.map((a) => encode(a))});
  }
  console.table = (rows) => push({type: "value", value: encode(rows)});
}

/** Puts the library, aq, show and fresh copies of the data in scope, so one run cannot spoil the next. */
function refreshScope() {
  Object.assign(globalThis, lib, {aq, op: aq.op, show});
  for (const [name, d] of Object.entries(data)) {
    globalThis[name] = aq.from(d.records);
    globalThis[`${name}X`] = d.X.map((r) => r.slice());
    globalThis[`${name}Names`] = d.names.slice();
    globalThis[`${name}Rows`] = d.records.map((r) => ({...r}));
    globalThis[`${name}Features`] = d.features.slice();
  }
}

/** Line (1-based, in the learner's code) where `error` was thrown, or null. */
function lineOf(error, source) {
  const match = String(error?.stack ?? "").match(new RegExp(`${cellUrl.replace(".", "\\.")}:(\\d+):(\\d+)`));
  if (match) return Number(match[1]);
  if (!(error instanceof SyntaxError)) return null;
  // V8 gives no position for a syntax error in eval'd code: compile growing prefixes; the first one that
  // fails for a reason other than ending too early holds the mistake.
  const lines = source.split("\n");
  for (let k = 1; k <= lines.length; ++k) {
    try {
      new Function(lines.slice(0, k).join("\n"));
    } catch (e) {
      if (!/end of input|missing \) after|Unterminated template|Unexpected end/i.test(e.message)) return k;
    }
  }
  return lines.length;
}

function describeError(error, source) {
  if (error === null || typeof error !== "object") return {name: "Error", message: `Your code threw ${String(error)}`, line: null};
  let message = String(error.message ?? error);
  if (error instanceof ReferenceError && /^(document|window|localStorage|alert|fetch|XMLHttpRequest|WebSocket|EventSource) is not defined/.test(message)) {
    message += " (code cells run away from the page: no document, no network).";
  }
  return {name: error.name ?? "Error", message, line: lineOf(error, source)};
}

let evaluate = null;

onmessage = async ({data: message}) => {
  if (message.type === "init") {
    if (evaluate) return;
    setScope(message.datasets);
    evaluate = lockDown(globalThis);
    postMessage({type: "ready"});
    return;
  }
  if (message.type !== "run") return;
  const {id, code, exercise} = message;
  entries = [];
  refreshScope();
  const started = performance.now();
  let value;
  let error = null;
  try {
    value = evaluate(`${code}\n//# sourceURL=${cellUrl}`);
    if (value && typeof value.then === "function") value = await value;
  } catch (e) {
    error = describeError(e, code);
  }
  const ms = performance.now() - started;
  let verdict = null;
  if (exercise) {
    const ex = exercises[exercise];
    if (!ex) verdict = {ok: false, message: `No exercise called ${exercise}.`};
    else if (error) verdict = {ok: false, message: "Your code stopped with an error before giving an answer (see above)."};
    else {
      try {
        verdict = ex.check(value, {lib, aq, data});
      } catch (e) {
        verdict = {ok: false, message: `The check could not read your answer: ${e.message}`};
      }
    }
  }
  let shown = null;
  let chart = null;
  if (!error) {
    try {
      shown = encode(value);
      chart = chartFor(value);
      // show.dendrogram(merges, names) already drew this linkage, with names: do not draw it again.
      if (chart && entries.some((e) => e.type === "chart" && e.chart.kind === chart.kind)) chart = null;
    } catch (e) {
      shown = {type: "string", value: `(could not show the value: ${e.message})`};
    }
  }
  postMessage({type: "result", id, entries, value: shown, chart, error, verdict, ms});
};
