// A learner's work kept in the browser (localStorage, one key per cell or exercise under "pk-work:"),
// exported as one JSON file and imported on another machine. Storage that is full, blocked or missing
// gives a message through `onStorageProblem`, never an exception on the page.

export const prefix = "pk-work:";
export const format = "pattern-kitchen-work";

const listeners = new Set();
let problem = null;

/** Calls `listener(message)` when saving fails (and at once if it already has). Returns an unsubscribe. */
export function onStorageProblem(listener) {
  listeners.add(listener);
  if (problem) listener(problem);
  return () => listeners.delete(listener);
}

function report(error) {
  problem =
    error?.name === "QuotaExceededError"
      ? "Your browser's storage for this site is full, so this work is not being saved. Export your work to keep it."
      : "This browser does not let the site save your work (storage is blocked, as in some private windows). Export your work to keep it.";
  for (const l of listeners) l(problem);
}

function storage() {
  try {
    return globalThis.localStorage ?? null;
  } catch (error) {
    report(error);
    return null;
  }
}

/** The saved value under `key` (parsed JSON), or `fallback`. */
export function load(key, fallback = null) {
  try {
    const text = storage()?.getItem(prefix + key);
    return text == null ? fallback : JSON.parse(text);
  } catch (error) {
    report(error);
    return fallback;
  }
}

/** Saves `value` under `key`; returns false (after reporting) when the browser refuses. */
export function save(key, value) {
  const s = storage();
  if (!s) {
    report(null);
    return false;
  }
  try {
    s.setItem(prefix + key, JSON.stringify(value));
    return true;
  } catch (error) {
    report(error);
    return false;
  }
}

export function remove(key) {
  try {
    storage()?.removeItem(prefix + key);
  } catch (error) {
    report(error);
  }
}

/** Every saved key (without the prefix). */
export function keys() {
  const s = storage();
  if (!s) return [];
  try {
    return Array.from({length: s.length}, (_, i) => s.key(i)).filter((k) => k?.startsWith(prefix)).map((k) => k.slice(prefix.length));
  } catch (error) {
    report(error);
    return [];
  }
}

/** All work as one JSON-ready object. */
export function exportWork(now = new Date()) {
  return {format, version: 1, saved: now.toISOString(), work: Object.fromEntries(keys().map((k) => [k, load(k)]))};
}

/**
 * Checks an imported file's text and returns its entries, or throws an Error whose message says what is
 * wrong with the file (for the learner).
 */
export function parseWork(text) {
  let file;
  try {
    file = JSON.parse(text);
  } catch {
    throw new Error("This file is not a Pattern Kitchen work file (it is not JSON).");
  }
  if (!file || file.format !== format || typeof file.work !== "object" || file.work === null) {
    throw new Error("This file is not a Pattern Kitchen work file (it has no \"work\" saved by Export).");
  }
  if (file.version !== 1) throw new Error(`This work file has version ${file.version}; this site reads version 1.`);
  for (const [k, v] of Object.entries(file.work)) {
    if (!/^(cell|exercise|note):[\w:.-]+$/.test(k)) throw new Error(`This work file has an entry this site does not know: ${k}.`);
    if (k.startsWith("cell:") && (typeof v !== "object" || v === null || typeof v.code !== "string")) throw new Error(`The entry ${k} has no code.`);
  }
  return file.work;
}

/** Replaces the saved work with `work` (from parseWork); returns the number of entries written. */
export function importWork(work) {
  for (const k of keys()) remove(k);
  let written = 0;
  for (const [k, v] of Object.entries(work)) if (save(k, v)) ++written;
  changed();
  return written;
}

/** Forgets everything saved. */
export function clearWork() {
  for (const k of keys()) remove(k);
  changed();
}

/** Tells every cell on the page to read its saved state again (after an import or a start-over). */
export function changed() {
  globalThis.dispatchEvent?.(new CustomEvent("pk-work-changed"));
}
