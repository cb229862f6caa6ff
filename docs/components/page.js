// Shared page behaviour for every route: inputs mirrored in the URL (shareable state), a "copy link"
// control, presenter mode (large type, no sidebar, keyboard control, instructor notes), the current
// parameters printed on paper, and offline support (service worker, registered in built sites only).
// Everything is built with DOM methods and textContent: no data is ever parsed as HTML.

const params = new URLSearchParams(location.search);
const defaults = new Map(); // key → formatted default value
const stepHandlers = new Set();
let notesBox = null;

/** The raw value of a URL parameter, or null. */
export function getParam(key) {
  return params.get(key);
}

/** Sets (or, with null/undefined/the default, removes) a URL parameter without reloading the page. */
export function setParam(key, value) {
  const formatted = value === null || value === undefined ? null : String(value);
  if (formatted === null || formatted === defaults.get(key)) params.delete(key);
  else params.set(key, formatted);
  const query = params.toString();
  history.replaceState(history.state, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`);
  updatePrintedParams();
}

function defaultFormat(value) {
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === "object" && "name" in v ? v.name : String(v))).join(",");
  if (value && typeof value === "object" && "name" in value) return String(value.name);
  return value === null || value === undefined ? "" : String(value);
}

function defaultParse(raw, current) {
  // Plain decimal notation only: Number() would also take "0x4", " 4 " or "1e1" for 4, 4 and 10.
  if (typeof current === "number") return /^-?(\d+\.?\d*|\.\d+)$/.test(raw) ? Number(raw) : NaN;
  if (typeof current === "boolean") return raw === "true" || raw === "1" ? true : raw === "false" || raw === "0" ? false : undefined;
  if (Array.isArray(current)) return raw === "" ? [] : raw.split(",");
  return raw;
}

function rangeOf(input) {
  const range = input.querySelector?.("input[type=range]") ?? (input.type === "range" ? input : null);
  if (!range) return null;
  return {min: Number(range.min), max: Number(range.max), step: range.step === "any" ? null : Number(range.step)};
}

/** Options an Inputs.select / radio / checkbox offers, as formatted strings (null if not a choice input). */
function choicesOf(input) {
  const options = input.querySelectorAll?.("select option, input[type=radio], input[type=checkbox]");
  if (!options || options.length === 0) return null;
  return Array.from(options, (o) => (o.tagName === "OPTION" ? o.textContent : o.parentElement?.textContent ?? o.value).trim());
}

/**
 * Mirrors an input's value in the URL parameter `key`: on load, a valid parameter sets the input; an
 * invalid or out-of-range one is ignored with a visible note; every change is written back.
 * Returns the input, so `view(urlInput("k", Inputs.range(...)))` works as usual.
 * Options: `parse(raw, defaultValue)` → value (default: by the default value's type), `format(value)` → string,
 * `valid(value, input)` → boolean (default: within a range's bounds, or one of a select's, radio's or checkbox's
 * options — give choice inputs string options, or pass parse/format/valid).
 */
export function urlInput(key, input, {parse = defaultParse, format = defaultFormat, valid} = {}) {
  const initial = input.value;
  defaults.set(key, format(initial));
  const raw = params.get(key);
  if (raw !== null && raw !== format(initial)) {
    let ok;
    let value;
    try {
      value = parse(raw, initial);
      ok = value !== undefined && !(typeof value === "number" && !Number.isFinite(value));
      if (ok && valid) ok = valid(value, input);
      else if (ok) {
        const r = rangeOf(input);
        if (r && typeof value === "number") ok = value >= r.min && value <= r.max && (r.step === null || Math.abs((value - r.min) / r.step - Math.round((value - r.min) / r.step)) < 1e-9);
        const choices = choicesOf(input);
        if (ok && choices && !r && typeof initial !== "boolean") {
          const wanted = Array.isArray(value) ? value : [value];
          ok = wanted.every((w) => choices.includes(String(w)));
        }
      }
      if (ok) {
        input.value = value;
        ok = format(input.value) === format(value);
      }
    } catch {
      ok = false;
    }
    if (!ok) {
      input.value = initial;
      params.delete(key);
      setParam(key, null);
      note(`The link asked for ${key} = “${raw}”, which this page can’t use; showing the default (${format(initial) || "none"}) instead.`);
    }
  }
  input.addEventListener("input", () => setParam(key, format(input.value)));
  updatePrintedParams();
  return input;
}

function note(text) {
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

/** Registers a handler for the presenter's ← / → keys (called with −1 or +1). Returns an unregister function. */
export function onStep(fn) {
  stepHandlers.add(fn);
  return () => stepHandlers.delete(fn);
}

/** Lines for the instructor (questions to ask the room), shown only in presenter mode. */
export function instructorNotes(lines) {
  const aside = document.createElement("aside");
  aside.className = "pk-instructor-notes";
  aside.setAttribute("aria-label", "Instructor notes");
  const h = document.createElement("strong");
  h.textContent = "Instructor notes";
  const ul = document.createElement("ul");
  for (const line of lines) {
    const li = document.createElement("li");
    li.textContent = line;
    ul.append(li);
  }
  aside.append(h, ul);
  return aside;
}

/** True while presenter mode is on. */
export function isPresenting() {
  return document.documentElement.classList.contains("pk-present");
}

function setPresenting(on) {
  document.documentElement.classList.toggle("pk-present", on);
  if (presentButton) presentButton.setAttribute("aria-pressed", String(on));
  setParam("present", on ? "1" : null);
  window.dispatchEvent(new Event("resize")); // charts re-measure their width
}

let presentButton = null;
let printedParams = null;

function updatePrintedParams() {
  if (!printedParams) return;
  const entries = Array.from(params.entries()).filter(([k]) => k !== "present");
  printedParams.textContent = entries.length
    ? `Parameters: ${entries.map(([k, v]) => `${k} = ${v}`).join(" · ")}`
    : "Parameters: the page’s defaults";
}

function toolbar() {
  const bar = document.createElement("div");
  bar.className = "pk-toolbar";
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", "Page tools");

  const copy = document.createElement("button");
  copy.type = "button";
  copy.textContent = "Copy link";
  copy.title = "Copy a link to this exact view (all parameters included)";
  const status = document.createElement("span");
  status.className = "pk-toolbar-status";
  status.setAttribute("role", "status");
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = "Link copied";
    } catch {
      status.textContent = location.href; // no clipboard permission: show it to copy by hand
    }
    setTimeout(() => (status.textContent = ""), 4000);
  });

  presentButton = document.createElement("button");
  presentButton.type = "button";
  presentButton.textContent = "Presenter mode";
  presentButton.title = "Large type, no sidebar; ←/→ step the animation, Page Up/Down change lesson; P toggles";
  presentButton.setAttribute("aria-pressed", "false");
  presentButton.addEventListener("click", () => setPresenting(!isPresenting()));

  const print = document.createElement("button");
  print.type = "button";
  print.textContent = "Print";
  print.addEventListener("click", () => window.print());

  bar.append(copy, presentButton, print, status);
  return bar;
}

function isTyping(target) {
  const el = target;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag === "INPUT") return !["button", "checkbox", "radio", "submit"].includes(el.type);
  return false;
}

function onKey(event) {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (isTyping(event.target)) return;
  if (event.key === "p" || event.key === "P") {
    setPresenting(!isPresenting());
    event.preventDefault();
    return;
  }
  if (!isPresenting()) return;
  if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
    const delta = event.key === "ArrowRight" ? 1 : -1;
    if (stepHandlers.size) {
      for (const fn of stepHandlers) fn(delta);
      event.preventDefault();
    }
  } else if (event.key === "PageDown" || event.key === "PageUp") {
    const link = document.querySelector(`#observablehq-footer nav a[rel=${event.key === "PageDown" ? "next" : "prev"}]`);
    if (link) {
      const url = new URL(link.href);
      url.searchParams.set("present", "1");
      location.href = url.href;
      event.preventDefault();
    }
  }
}

// Accessibility repairs for markup we don't write ourselves (Framework's sidebar, Inputs, Plot):
// label every slider with its input's label, give Plot's labelled <g> groups a role so their
// aria-label is allowed, and name the sidebar toggle. Runs again whenever a cell re-renders.
function repair(root) {
  for (const range of root.querySelectorAll("form input[type=range]:not([aria-label])")) {
    const form = range.closest("form");
    const label = form?.querySelector("label")?.textContent?.trim();
    range.setAttribute("aria-label", label || "value");
  }
  for (const input of root.querySelectorAll("form input:not([type=hidden]):not([aria-label]):not([id]), form select:not([aria-label]):not([id]), form textarea:not([aria-label]):not([id])")) {
    if (input.closest("label")) continue; // a checkbox or radio option is named by its own label
    const label = input.closest("form")?.querySelector("label")?.textContent?.trim();
    if (label) input.setAttribute("aria-label", label);
  }
  for (const g of root.querySelectorAll("svg g[aria-label]:not([role]), svg g[aria-description]:not([role])")) g.setAttribute("role", "group");
  // Inputs.table: name the row checkboxes, and let keyboard users scroll the table.
  for (const table of root.querySelectorAll("#observablehq-main form[class$='-table']")) {
    if (!table.hasAttribute("tabindex")) table.setAttribute("tabindex", "0");
    if (!table.hasAttribute("aria-label")) table.setAttribute("aria-label", "Data table (scrollable)");
    const boxes = table.querySelectorAll("input[type=checkbox]:not([aria-label])");
    for (const box of boxes) box.setAttribute("aria-label", box.closest("thead") ? "Select all rows" : `Select row ${Number(box.value) + 1}`);
  }
  for (const pre of root.querySelectorAll("#observablehq-main pre:not([tabindex]), #observablehq-main .observablehq--inspect:not([tabindex])")) {
    pre.setAttribute("tabindex", "0");
    if (!pre.hasAttribute("aria-label")) pre.setAttribute("aria-label", pre.tagName === "PRE" ? "Code" : "Value");
  }
}

let repairQueued = false;
function queueRepair() {
  if (repairQueued) return;
  repairQueued = true;
  queueMicrotask(() => {
    repairQueued = false;
    repair(document);
  });
}

function install() {
  if (document.documentElement.dataset.pkPage) return;
  document.documentElement.dataset.pkPage = "1";
  if (!document.documentElement.lang) document.documentElement.lang = "en";
  const toggle = document.querySelector("#observablehq-sidebar-toggle");
  if (toggle) toggle.setAttribute("aria-label", "Show or hide the sidebar");
  for (const ol of document.querySelectorAll("#observablehq-sidebar > ol")) ol.setAttribute("role", "none");
  repair(document);
  new MutationObserver(queueRepair).observe(document.body, {childList: true, subtree: true});
  const main = document.querySelector("#observablehq-main");
  if (main) {
    main.before(toolbar());
    printedParams = document.createElement("p");
    printedParams.className = "pk-print-params";
    main.prepend(printedParams);
    updatePrintedParams();
  }
  if (params.get("present") === "1") setPresenting(true);
  document.addEventListener("keydown", onKey);
  // Keep the presenter flag on the pager links so a room stays in presenter mode from lesson to lesson.
  document.addEventListener("click", (event) => {
    const a = event.target?.closest?.("#observablehq-footer a, #observablehq-sidebar a");
    if (a && isPresenting()) {
      const url = new URL(a.href);
      url.searchParams.set("present", "1");
      a.href = url.href;
    }
  });
  const sw = document.querySelector('meta[name="pk-service-worker"]');
  if (sw && "serviceWorker" in navigator && location.protocol !== "file:") {
    navigator.serviceWorker.register(sw.getAttribute("content"), {scope: "./"}).catch(() => {});
  }
}

install();
