// Saved analyses, kept in this browser's IndexedDB (never sent anywhere). Datasets are saved with an
// analysis only up to maxDatasetBytes; at most maxEntries analyses are kept (the oldest go first).
// A store that can't be opened or holds unreadable entries gives a message and a way out (clear).

const DB = "pattern-kitchen-segmentation";
const VERSION = 1;
export const maxEntries = 30;
export const maxDatasetBytes = 5 * 1024 * 1024;

function promise(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function open() {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === "undefined") return reject(new Error("This browser has no IndexedDB (private mode?), so analyses can't be kept."));
    const request = indexedDB.open(DB, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains("analyses")) db.createObjectStore("analyses", {keyPath: "id"});
      if (!db.objectStoreNames.contains("datasets")) db.createObjectStore("datasets", {keyPath: "fingerprint"});
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB refused to open"));
    request.onblocked = () => reject(new Error("The history store is blocked by another tab of this page; close it and reload."));
  });
}

async function withStore(names, mode, fn) {
  const db = await open();
  try {
    const tx = db.transaction(names, mode);
    const done = new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error("transaction aborted"));
    });
    const result = await fn(...names.map((n) => tx.objectStore(n)));
    await done;
    return result;
  } finally {
    db.close();
  }
}

const isObject = (x) => x !== null && typeof x === "object" && !Array.isArray(x);
const strings = (x) => Array.isArray(x) && x.every((v) => typeof v === "string");
const numberOrNull = (x) => x === null || x === undefined || (typeof x === "number" && !Number.isNaN(x));
const number = (x) => typeof x === "number" && Number.isFinite(x);
const text = (x) => typeof x === "string";

/** Whether `p` holds the parameters the saved method needs, with their types; false for a method this page doesn't know. */
function methodParamsOk(algorithm, p) {
  switch (algorithm) {
    case "kmeans":
      return number(p.k) && number(p.seed);
    case "hierarchical":
      return number(p.k) && text(p.linkage);
    case "dbscan":
      return number(p.eps) && number(p.minSamples);
    case "pca":
      return number(p.components);
    case "gmm":
      return number(p.k) && number(p.seed) && ["full", "tied", "diag", "spherical"].includes(p.covariance);
    case "hdbscan":
      return number(p.minClusterSize) && number(p.minSamples) && ["eom", "leaf"].includes(p.selection);
    case "kmedoids":
      return number(p.k);
    default:
      return false; // not one of the page's methods: a damaged entry, skipped
  }
}

/**
 * Whether a stored value is a usable entry: every field the page reads has the type it expects
 * (a `params.numeric` that is a string, a `segments: [null]`, a metric that is text… make it
 * unreadable, counted and skipped, never drawn).
 */
export function valid(e) {
  if (!isObject(e) || typeof e.id !== "string" || typeof e.date !== "string" || Number.isNaN(Date.parse(e.date))) return false;
  if (!isObject(e.dataset) || typeof e.dataset.name !== "string" || typeof e.dataset.fingerprint !== "string") return false;
  const p = e.params;
  if (!isObject(p) || p.algorithm !== e.algorithm || !methodParamsOk(e.algorithm, p)) return false;
  if (!strings(p.numeric) || !(p.categorical === undefined || strings(p.categorical))) return false;
  if (!(p.derived === undefined || (Array.isArray(p.derived) && p.derived.every((f) => isObject(f) && typeof f.column === "string" && typeof f.part === "string")))) return false;
  if (!(p.labelColumn === undefined || p.labelColumn === null || typeof p.labelColumn === "string")) return false;
  if (!isObject(e.metrics) || !Object.values(e.metrics).every((v) => numberOrNull(v) || (Array.isArray(v) && v.every(number)))) return false;
  if (!Array.isArray(e.segments) || !e.segments.every((s) => isObject(s) && number(s.label) && typeof s.name === "string" && number(s.size))) return false;
  return e.labels === null || e.labels === undefined || (Array.isArray(e.labels) && e.labels.every((l) => l === null || Number.isInteger(l)));
}

/** Lists saved analyses, newest first: {entries, unreadable}. Throws (with a message) if the store can't be read. */
export async function listAnalyses() {
  const all = await withStore(["analyses"], "readonly", (s) => promise(s.getAll()));
  const entries = all.filter(valid).sort((a, b) => (a.date < b.date ? 1 : -1));
  return {entries, unreadable: all.length - entries.length};
}

function friendly(error) {
  if (error?.name === "QuotaExceededError") return new Error("The browser's storage for this site is full, so the analysis was not saved. Delete older analyses (or clear the history) and save again.");
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Saves an analysis, and its dataset's file (`dataset`: {name, file: Blob}) when it holds at most
 * maxDatasetBytes; returns {saved: entry, datasetSaved}. The file is kept as it was loaded, so
 * reopening reads it with the same parser and finds the same fingerprint.
 */
export async function saveAnalysis(entry, dataset) {
  let datasetSaved = false;
  try {
    const keep = dataset?.file instanceof Blob && dataset.file.size <= maxDatasetBytes;
    await withStore(["analyses", "datasets"], "readwrite", async (analyses, datasets) => {
      analyses.put({...entry, datasetSaved: keep});
      if (keep) {
        datasets.put({fingerprint: entry.dataset.fingerprint, name: dataset.name, file: dataset.file});
        datasetSaved = true;
      }
      const keys = await promise(analyses.getAll());
      const old = keys.filter(valid).sort((a, b) => (a.date < b.date ? 1 : -1)).slice(maxEntries);
      for (const e of old) analyses.delete(e.id);
    });
    return {saved: entry, datasetSaved};
  } catch (error) {
    throw friendly(error);
  }
}

/**
 * The dataset saved for a fingerprint: {name, file} (a Blob to read again), or null when none is
 * saved. A record that isn't a file (damaged, or saved by an older version of the page) throws an
 * error that says so.
 */
export async function loadDataset(fingerprint) {
  const record = await withStore(["datasets"], "readonly", (s) => promise(s.get(fingerprint)));
  if (record === undefined || record === null) return null;
  if (!isObject(record) || !(record.file instanceof Blob) || typeof record.name !== "string") {
    throw new Error("the saved copy of this dataset is damaged or was saved by an older version of this page");
  }
  return {name: record.name, file: record.file};
}

export async function deleteAnalysis(id) {
  return withStore(["analyses"], "readwrite", (s) => promise(s.delete(id)));
}

/** Deletes the whole store (the way out of a corrupted or full history). */
export function clearHistory() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => resolve();
  });
}

/** Stores a raw value (used by the browser tests to plant damaged entries and datasets). */
export async function _putRaw(value, store = "analyses") {
  return withStore([store], "readwrite", (s) => promise(s.put(value)));
}
