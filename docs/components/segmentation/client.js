// The page's side of the worker: requests with progress, latest-wins, and a cancel that really stops
// the computation (the worker is terminated and a fresh one is started, with the dataset re-sent).

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
  let dataset = null; // {key, columns, types, rows}: re-sent to a fresh worker

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

  function cancel(reason = "Cancelled.") {
    if (!pending) return false;
    const p = pending;
    pending = null;
    restart();
    onStatus({busy: false});
    p.reject(Object.assign(new Error(reason), {name: "AbortError"}));
    return true;
  }

  function request(message, label, transfer = []) {
    if (pending) cancel("Replaced by a newer request.");
    if (!worker) start();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending = {id, resolve, reject, label};
      onStatus({busy: true, label, stage: "starting", done: 0, total: 1});
      worker.postMessage({...message, id}, transfer);
    });
  }

  async function ensureLoaded() {
    if (!dataset) throw new Error("No dataset is loaded.");
    if (loadedKey === dataset.key) return;
    await request({type: "load", ...dataset}, "Sending the data to the engine");
    loadedKey = dataset.key;
  }

  return {
    /** Parses a text file (csv, tsv, json) or raw columns from a binary format; resolves {table, quality}. */
    async parse({file, kind, columns, raw, key, quiet = false, store = true, label = "Reading the file"}) {
      const result = await request({type: "parse", file, kind, columns, raw, key, quiet, store}, label);
      if (result.table?.encoded) {
        const {encoded, n, ...rest} = result.table;
        result.table = {...rest, rows: await decodeRows(encoded, rest.columns, n)};
      }
      if (result.quality.errors.length === 0 && store) loadedKey = key;
      else loadedKey = loadedKey === key ? null : loadedKey;
      return result;
    },
    /** Makes `data` ({key, columns, types, rows}) the dataset the engine works on. */
    use(data) {
      dataset = data;
    },
    async analyse(params) {
      await ensureLoaded();
      return request({type: "analyse", params: {...params, key: dataset.key}}, "Analysing");
    },
    async chooseK(params) {
      await ensureLoaded();
      return request({type: "chooseK", params: {...params, key: dataset.key}}, "Trying k = 2…10");
    },
    async kDistance(params) {
      await ensureLoaded();
      return request({type: "kDistance", params: {...params, key: dataset.key}}, "Computing the k-distance curve");
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

/** Rows rebuilt on the page per slice; between slices the page gets to paint and answer input. */
const slice = 20000;

/**
 * Rebuilds the records {column: cell} from the worker's columns (see encodeColumns in worker.js),
 * in slices with a yield to the event loop between them, so a 200,000-row table never holds the
 * page's thread for long. Missing numeric cells come back as null, as the parser made them.
 */
export async function decodeRows(encoded, columns, n) {
  const cols = encoded.map(({values, missing, dictionary, codes}) => {
    if (dictionary) return {dictionary, codes};
    if (!missing) return values;
    if (missing.length === 0) return values;
    const gaps = new Uint8Array(values.length);
    for (const i of missing) gaps[i] = 1;
    return {values, gaps};
  });
  const m = columns.length;
  const rows = new Array(n);
  for (let start = 0; start < n; start += slice) {
    if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0));
    const end = Math.min(n, start + slice);
    for (let i = start; i < end; ++i) {
      const record = {};
      for (let j = 0; j < m; ++j) {
        const c = cols[j];
        record[columns[j]] = c.dictionary ? c.dictionary[c.codes[i]] : c.gaps ? (c.gaps[i] ? null : c.values[i]) : c[i];
      }
      rows[i] = record;
    }
  }
  return rows;
}
