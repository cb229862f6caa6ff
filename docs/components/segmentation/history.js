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

/** Whether a stored value is a usable entry (anything else is counted as unreadable). */
function valid(e) {
  return (
    e && typeof e === "object" && typeof e.id === "string" && typeof e.date === "string" && e.dataset && typeof e.dataset.name === "string" &&
    typeof e.dataset.fingerprint === "string" && typeof e.algorithm === "string" && e.params && typeof e.params === "object" &&
    e.metrics && typeof e.metrics === "object" && Array.isArray(e.segments) && (e.labels === null || Array.isArray(e.labels))
  );
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

/** Saves an analysis (and its dataset when small enough); returns {saved: entry, datasetSaved}. */
export async function saveAnalysis(entry, dataset) {
  let datasetSaved = false;
  try {
    let json = null;
    if (dataset) {
      json = JSON.stringify(dataset);
      if (json.length > maxDatasetBytes) json = null;
    }
    await withStore(["analyses", "datasets"], "readwrite", async (analyses, datasets) => {
      analyses.put({...entry, datasetSaved: json !== null});
      if (json !== null) {
        datasets.put({fingerprint: entry.dataset.fingerprint, json});
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

/** The dataset saved for a fingerprint, or null. */
export async function loadDataset(fingerprint) {
  const record = await withStore(["datasets"], "readonly", (s) => promise(s.get(fingerprint)));
  if (!record || typeof record.json !== "string") return null;
  try {
    return JSON.parse(record.json);
  } catch {
    return null;
  }
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

/** Adds an unreadable entry (used by the browser test to check recovery). */
export async function _putRaw(value) {
  return withStore(["analyses"], "readwrite", (s) => promise(s.put(value)));
}
