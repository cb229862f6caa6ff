// The page's state in its URL: every mirrored input is a query parameter, written back with
// history.replaceState so a link always reproduces the view. Listeners hear every change.

const params = new URLSearchParams(location.search);
const defaults = new Map(); // key → formatted default value
const listeners = new Set();

/** The raw value of a URL parameter, or null. */
export function getParam(key) {
  return params.get(key);
}

/**
 * Sets (or, with null/undefined/the default, removes) a URL parameter without reloading the page.
 * With `{later: true}` (an input's every move) the address bar is written once per burst, after
 * the charts; otherwise at once.
 */
export function setParam(key, value, {later = false} = {}) {
  const formatted = value === null || value === undefined ? null : String(value);
  if (formatted === null || formatted === defaults.get(key)) params.delete(key);
  else params.set(key, formatted);
  if (later) queueWrite();
  else {
    writeQueued = true;
    flush();
  }
  for (const fn of listeners) fn();
}

// history.replaceState is slow (several ms, and rate-limited by browsers) next to a slider's input
// events: write the URL once per burst of changes, after the charts have been drawn.
let writeQueued = false;
function queueWrite() {
  if (writeQueued) return;
  writeQueued = true;
  setTimeout(flush, 150);
}
function flush() {
  if (!writeQueued) return;
  writeQueued = false;
  const query = params.toString();
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
}

/** Records the formatted default of `key`: a parameter equal to it is left out of the URL. */
export function setDefault(key, formatted) {
  defaults.set(key, formatted);
}

/** Every parameter as [key, value] pairs. */
export function paramEntries() {
  return Array.from(params.entries());
}

/** Calls `fn` after every change of the URL's parameters. */
export function onParams(fn) {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

let notesBox = null;

/** A visible note at the top of the page (e.g. a link asked for a value the page can't use). */
export function note(text) {
  const main = document.querySelector("#observablehq-main") ?? document.body;
  if (!notesBox) {
    notesBox = document.createElement("div");
    notesBox.className = "note pk-url-note";
    notesBox.setAttribute("role", "status");
    main.prepend(notesBox);
  }
  const p = document.createElement("p");
  p.textContent = text;
  notesBox.append(p);
}
