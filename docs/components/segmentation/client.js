// The page's side of the worker (messages in protocol.txt): requests with progress, latest-wins, and a
// cancel that really stops the computation (the worker is terminated and a fresh one is started, with
// the table sent again).
import {transferableCopy} from "./encodeTable.js";
import {pageTable} from "./pageTable.js";

const workerUrl = import.meta.resolve("./worker.js");

/**
 * Creates the engine. `onStatus({busy, stage, done, total, label})` is called as work starts,
 * progresses and ends, for the progress bar.
 */
export function createEngine({onStatus = () => {}} = {}) {
  let worker = null;
  let nextId = 1;
  let pending = null; // {id, resolve, reject, label}
  let loadedKey = null;
  let dataset = null; // {key, table}: a PageTable, sent again to a fresh worker

  function start() {
    worker = new Worker(workerUrl, {type: "module"});
    worker.onmessage = ({data}) => {
      if (!pending || data.id !== pending.id) return;
      if (data.type === "progress") {
        onStatus({busy: true, label: pending.label, stage: data.stage, done: data.done, total: data.total});
        return;
      }
      const p = pending;
      pending = null;
      onStatus({busy: false});
      if (data.type === "result") p.resolve({...data.result, ms: data.ms});
      else p.reject(Object.assign(new Error(data.message), {name: data.name}));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      const p = pending;
      pending = null;
      onStatus({busy: false});
      restart();
      p?.reject(new Error(`The analysis engine stopped: ${event.message ?? "unknown error"}`));
    };
    loadedKey = null;
  }

  function restart() {
    worker?.terminate();
    start();
  }

  const aborted = (reason) => Object.assign(new Error(reason), {name: "AbortError"});

  // Stops the pending request (the worker is restarted) and any ask still getting the table ready, which
  // has no request pending yet: it gives up instead of posting one. True if there was something to stop.
  function cancel(reason = "Cancelled.") {
    const waiting = asking !== null && asking.reason === null;
    if (waiting) asking.reason = reason;
    return stop(reason) || waiting;
  }

  function stop(reason) {
    if (!pending) return false;
    const p = pending;
    pending = null;
    restart();
    onStatus({busy: false});
    p.reject(aborted(reason));
    return true;
  }

  function request(message, label, transfer = []) {
    if (pending) stop("Replaced by a newer request.");
    if (!worker) start();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending = {id, resolve, reject, label};
      onStatus({busy: true, label, stage: "starting", done: 0, total: 1});
      worker.postMessage({...message, id}, transfer);
    });
  }

  // A request about the table: the newest call wins. Sending one replaces (restarts) a pending request,
  // and a restarted worker has no table, so the table is sent again first; a call overtaken by a newer
  // one (or cancelled) while the table was on its way gives up (else the older call, resuming last,
  // would replace the newer one's request).
  let asking = null; // {reason}: the latest call; reason says why it gave up (null while it's wanted)
  async function ask(message, label) { // message(key) → the request
    if (asking) asking.reason ??= "Replaced by a newer request.";
    const mine = (asking = {reason: null});
    for (;;) {
      await ensureLoaded(mine);
      if (mine.reason) throw aborted(mine.reason);
      if (pending) stop("Replaced by a newer request.");
      if (loadedKey !== dataset.key) continue;
      if (asking === mine) asking = null; // posted: from here on, cancel() stops its request
      return request(message(dataset.key), label);
    }
  }

  async function ensureLoaded(call = null) {
    if (!dataset) throw new Error("No dataset is loaded.");
    if (loadedKey === dataset.key) return;
    const transfer = [];
    const table = await transferableCopy(dataset.table.encoded(), transfer, {yieldEvery: true});
    if (call?.reason) throw aborted(call.reason);
    await request({type: "load", key: dataset.key, table}, "Sending the data to the engine", transfer);
    loadedKey = dataset.key;
  }

  return {
    /**
     * Reads a file (a Blob or File, any accepted format) in the worker; resolves {table: PageTable,
     * quality, fingerprint, kind}. With `store`, this worker keeps the table for the analyses.
     */
    async read({file, name = file?.name, key, store = true, copies = 0, label = "Reading the file"}) {
      const result = await request({type: "read", file, name, key, store, copies}, label);
      result.table = pageTable(result.table);
      if (result.quality.errors.length === 0 && store) loadedKey = key;
      else if (loadedKey === key) loadedKey = null;
      return result;
    },
    /** Makes `{key, table}` (a PageTable) the dataset this engine works on; it is sent when first needed. */
    use(data) {
      dataset = data;
    },
    /** Sends the dataset now (so the first analysis doesn't wait for it). */
    load: () => ensureLoaded(),
    /** Makes `{key, table}` the dataset and hands this engine `copy`, an encoding from read's `copies` (moved, not cloned). */
    async loadCopy({key, table}, copy) {
      dataset = {key, table};
      const transfer = [];
      for (const c of copy.data) {
        if (c.codes) transfer.push(c.codes.buffer);
        else if (c.values instanceof Float64Array) transfer.push(c.values.buffer);
      }
      await request({type: "load", key, table: copy}, "Sending the data to the engine", transfer);
      loadedKey = key;
    },
    analyse(params) {
      return ask((key) => ({type: "analyse", params: {...params, key}}), "Analysing");
    },
    chooseK(params) {
      return ask((key) => ({type: "chooseK", params: {...params, key}}), "Trying k = 2…10");
    },
    kDistance(params) {
      return ask((key) => ({type: "kDistance", params: {...params, key}}), "Computing the k-distance curve");
    },
    /** issue 18: the 2-D map (UMAP) of the prepared rows, worker/mapRequest.js. */
    map(params) {
      return ask((key) => ({type: "map", params: {...params, key}}), "Drawing the map");
    },
    /** {total, indices: Int32Array}: rows of `segment` (per `labels`) whose text contains `query`, the first `limit`. */
    members({labels, segment, query = "", limit = 1000}) {
      return ask((key) => ({type: "members", key, labels, segment, query, limit}), "Finding members");
    },
    /** {csv: Blob, columns}: the dataset, its `derived` date features ([{column, part}]), then `extra` columns ([{name, values}]) as spreadsheet-safe CSV. */
    exportCsv({extra = [], derived = []} = {}) {
      return ask((key) => ({type: "exportCsv", key, extra, derived}), "Writing the CSV");
    },
    /** issue 18: the saved model (JSON) of the analysis `params` on the dataset; `segments` as named on the page. */
    segmentModel(params, segments = []) {
      return ask((key) => ({type: "segmentModel", params: {...params, key}, segments}), "Fitting the model to save");
    },
    /** issue 18: reads a file of new rows (not kept) and places them in `model`'s segments, with the CSV to export. */
    applyFile({file, name = file?.name, model}) {
      return request({type: "applyFile", file, name, model}, "Applying the model");
    },
    cancel,
    terminate() {
      pending = null;
      worker?.terminate();
      worker = null;
    },
    get busy() {
      return pending !== null;
    }
  };
}
