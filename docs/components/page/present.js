// Presenter mode as slides: every `##` section of the page (whoever wrote it) is one slide, the part
// before the first `##` the title slide. Sections are not moved, only shown one at a time, so cells
// keep their places and a chart in a hidden slide is simply not drawn (resize() gives it no width).
// A section too tall for the screen is shown in parts, one slide each (split.js); the URL keeps the
// slide as "section" or "section.part". ←/→ step the current slide's step-through first, then
// change slide.
import {getParam, setDefault, setParam} from "./params.js";
import {asRemote, isRemote, onMessage, post} from "./sync.js";
import {outerHeight, packUnits, sectionUnits} from "./split.js";

const root = document.documentElement;
const stepHandlers = new Map(); // handler → the element it belongs to (or null: the whole page)
const slideListeners = new Set();
let sectionList = []; // each `##` section's nodes (main's children)
let slides = []; // flat: {section, part, parts, header, nodes} — a section's parts, in order
let current = 0;
let anchor = null; // {section, unit}: the unit the shown slide starts with, kept when the parts change
let pending = null; // {section, part} asked for by the URL or the other window, until the parts settle
let remoteSplit = null; // the speaker's window shows the room's parts: [[section, first unit], …]
let observer = null;
let sizes = null;
let regroupTimer = 0;
// Sections whose parts are fixed: the shown section's split is kept (unit indices per part) until the
// window's size changes, so a part shown (a step drawn, a chart finishing) never re-splits under the reader.
const frozen = new Map(); // section → {size, count, parts}
const viewport = () => `${window.innerWidth}x${window.innerHeight}`;

setDefault("slide", "1");

/** True while presenter mode is on (in the room's window or the speaker's). */
export function isPresenting() {
  return root.classList.contains("pk-present");
}

/** True in the speaker's window. */
export function isSpeaker() {
  return root.classList.contains("pk-speaker");
}

/**
 * Registers a handler for the presenter's ← / → keys (called with −1 or +1). With `element`, it acts
 * only while that element's slide is shown, and returning false (nothing left to step) lets the
 * key change slide. Returns an unregister function.
 */
export function onStep(fn, element = null) {
  stepHandlers.set(fn, element);
  return () => stepHandlers.delete(fn);
}

/** Calls `fn({index, count, key})` whenever the slide (or the slides) change. */
export function onSlideChange(fn) {
  slideListeners.add(fn);
  return () => slideListeners.delete(fn);
}

function main() {
  return document.querySelector("#observablehq-main");
}

/** The page's sections: arrays of main's children, each starting at an h2 (the first at the top). */
function sections() {
  const el = main();
  if (!el) return [];
  const out = [[]];
  for (const child of el.children) {
    if (child.tagName === "H2") out.push([child]);
    else out.at(-1).push(child);
  }
  return out.filter((s) => s.length > 0);
}

const headerOf = (nodes) => (nodes[0]?.tagName === "H2" ? nodes[0] : null);
const unitsOf = (nodes) => sectionUnits(headerOf(nodes) ? nodes.slice(1) : nodes);

/** The title of slide `i`: its heading's text (the page's h1 for the title slide), with the part. */
export function slideTitle(i) {
  const s = slides[i];
  if (!s) return "";
  const nodes = sectionList[s.section] ?? [];
  const h = headerOf(nodes) ?? nodes.map((el) => (el.tagName === "H1" ? el : el.querySelector?.("h1"))).find(Boolean);
  const title = (h?.textContent ?? "").trim();
  return s.parts > 1 ? `${title} (${s.part + 1}/${s.parts})` : title;
}

/** Slide `i`'s nodes, its heading first (for the speaker's preview of the next slide). */
export function slideNodes(i) {
  const s = slides[i];
  if (!s) return [];
  return s.header && s.part === 0 ? [s.header, ...s.nodes] : s.nodes;
}

/** The URL's name of slide `i`: its section's number, and ".part" when the section has parts. */
export function slideKey(i = current) {
  const s = slides[i];
  if (!s) return "1";
  return s.parts > 1 ? `${s.section + 1}.${s.part + 1}` : String(s.section + 1);
}

export function slideState() {
  return {index: current, count: slides.length, key: slideKey()};
}

/** The height a slide's content may take: the screen below main's top, less the section's heading. */
function budget(header) {
  const el = main();
  const top = el ? el.getBoundingClientRect().top + window.scrollY + (parseFloat(getComputedStyle(el).paddingTop) || 0) : 0;
  return window.innerHeight - top - (header ? outerHeight(header) : 0) - 12;
}

/** Parts of every section, measured now (or the room's, in the speaker's window). */
function split() {
  const out = [];
  sectionList.forEach((nodes, section) => {
    const units = unitsOf(nodes), header = headerOf(nodes);
    let parts;
    if (remoteSplit) {
      const starts = remoteSplit.filter(([s]) => s === section).map(([, u]) => u);
      parts = (starts.length ? starts : [0]).map((u, j, a) => units.map((_, i) => i).filter((i) => i >= (j === 0 ? 0 : u) && (j + 1 === a.length || i < a[j + 1])));
    } else {
      const kept = frozen.get(section);
      parts = kept && kept.size === viewport() && kept.count === units.length ? kept.parts : packUnits(units, units.map(outerHeight), budget(header));
    }
    parts.forEach((idx, part) => out.push({section, part, parts: parts.length, header, nodes: idx.map((i) => units[i]), first: idx[0] ?? 0}));
  });
  return out;
}

function show() {
  const on = isPresenting();
  const slide = slides[current];
  const visible = new Set(slide ? [slide.header, ...slide.nodes].filter(Boolean) : []);
  for (const [section, nodes] of sectionList.entries()) {
    const units = unitsOf(nodes);
    for (const el of new Set([...nodes, ...units])) {
      const shown = visible.has(el) || (units.some((u) => visible.has(u) && u !== el && el.contains(u)));
      el.classList.toggle("pk-off-slide", on && !shown);
    }
    const header = headerOf(nodes);
    if (header) {
      if (on && slide?.section === section && slide.parts > 1) header.dataset.pkPart = `${slide.part + 1}/${slide.parts}`;
      else delete header.dataset.pkPart;
    }
  }
  for (const fn of slideListeners) fn({index: current, count: slides.length, key: slideKey()});
}

/** The slide that holds `section`'s unit `unit` (or its part `part`). */
function find({section, unit, part}) {
  const inSection = slides.map((s, i) => [s, i]).filter(([s]) => s.section === section);
  if (inSection.length === 0) return Math.min(current, slides.length - 1);
  if (part !== undefined) return inSection[Math.max(0, Math.min(part, inSection.length - 1))][1];
  const units = unitsOf(sectionList[section]);
  const at = inSection.findLast(([s]) => s.first <= unit || s.nodes.includes(units[unit])) ?? inSection[0];
  return at[1];
}

function rebuild() {
  sectionList = sections();
  const before = slides.map((s) => `${s.section}:${s.first}`).join(",");
  slides = split();
  if (pending) current = find(pending);
  else if (anchor) current = find(anchor);
  current = Math.max(0, Math.min(current, slides.length - 1));
  const shown = slides[current];
  if (shown) anchor = {section: shown.section, unit: shown.first}; // the slide stays when earlier sections re-split
  if (shown && !pending) freeze(shown.section);
  show();
  const after = slides.map((s) => `${s.section}:${s.first}`).join(",");
  if (before !== after && !isSpeaker()) post({type: "parts", parts: slides.map((s) => [s.section, s.first])});
  if (isPresenting()) setParam("slide", slideKey());
  watchSizes();
}

/** Keeps `section`'s current parts for this window size (until a resize). */
function freeze(section) {
  if (remoteSplit) return;
  const parts = [];
  for (const s of slides) if (s.section === section) parts.push(s.nodes.map((el) => unitsOf(sectionList[section]).indexOf(el)));
  frozen.set(section, {size: viewport(), count: unitsOf(sectionList[section] ?? []).length, parts});
}

/** Re-measures the parts (once things stop moving) whenever a unit's size or the window's changes. */
// A part shown can change the size of what it holds, and so the parts: after a few re-measures in a
// row the parts stay as they are until the slide changes (no flicker between two splits).
let burst = {count: 0, since: 0};
function queueRebuild() {
  const now = Date.now();
  if (now - burst.since > 3000) burst = {count: 0, since: now};
  if (++burst.count > 6 && !pending) return; // while the page loads (a slide asked for), always
  clearTimeout(regroupTimer);
  regroupTimer = setTimeout(() => isPresenting() && rebuild(), 120);
}

const seen = new WeakMap(); // element → its height (px) when last measured

function watchSizes() {
  if (!isPresenting()) return;
  sizes ??= new ResizeObserver((entries) => {
    let moved = false;
    for (const e of entries) {
      const h = Math.round(e.borderBoxSize?.[0]?.blockSize ?? e.contentRect.height);
      if (Math.abs((seen.get(e.target) ?? -99) - h) > 2) moved = true;
      seen.set(e.target, h);
    }
    if (moved) queueRebuild();
  });
  for (const nodes of sectionList) {
    for (const el of [...nodes, ...unitsOf(nodes)]) {
      if (seen.has(el)) continue;
      seen.set(el, -99);
      sizes.observe(el);
    }
  }
  const el = main();
  if (el) {
    const cs = getComputedStyle(el);
    root.style.setProperty("--pk-slide-width", `${el.clientWidth - (parseFloat(cs.paddingLeft) || 0) - (parseFloat(cs.paddingRight) || 0)}px`);
  }
}

/** Shows slide `index` (clamped), keeps it in the URL and tells the other window. */
export function goTo(index) {
  if (!isPresenting()) return;
  const next = Math.max(0, Math.min(slides.length - 1, index));
  const changed = next !== current;
  current = next;
  pending = null;
  burst = {count: 0, since: 0};
  const s = slides[current];
  anchor = s ? {section: s.section, unit: s.first} : null;
  if (s) freeze(s.section);
  show();
  if (changed) window.scrollTo(0, 0);
  setParam("slide", slideKey());
  if (!isRemote() && s) post({type: "slide", index: current, section: s.section, unit: s.first});
}

/** ← / →: the current slide's step-through moves first; when it has nothing left, the slide changes. */
export function arrow(delta) {
  const slide = slideNodes(current);
  for (const [fn, element] of stepHandlers) {
    if (element && !(element.isConnected && slide.some((el) => el === element || el.contains(element)))) continue;
    if (!element && isPresenting() && slides.length > 1) continue; // page-wide handlers: only outside slides
    if (fn(delta) !== false) return;
  }
  goTo(current + delta);
}

export function setPresenting(on) {
  root.classList.toggle("pk-present", on);
  if (on) {
    const [section, part] = String(getParam("slide") ?? "1").split(".").map(Number);
    pending = Number.isInteger(section) && section >= 1 ? {section: section - 1, part: Number.isInteger(part) && part >= 1 ? part - 1 : 0} : {section: 0, part: 0};
    observer ??= new MutationObserver(() => queueMicrotask(rebuild));
    const el = main();
    if (el) observer.observe(el, {childList: true});
    setParam("present", "1");
    rebuild();
    // The parts settle as the page's cells render; a key or a click on the slide keeps where it is.
    setTimeout(() => (pending = null), 8000);
    if (isSpeaker()) post({type: "hello"});
  } else {
    observer?.disconnect();
    setParam("present", null);
    setParam("slide", null);
    show();
  }
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event("resize")); // charts re-measure their width
}

// A real resize: every section is split again for the new size (frozen parts are per size).
window.addEventListener("resize", (event) => {
  if (!event.isTrusted || !isPresenting()) return;
  burst = {count: 0, since: 0};
  queueRebuild();
});

// The speaker's outline (and a test) move to a slide by number with a "pk-slide" event: detail = index.
document.addEventListener("pk-slide", (event) => goTo(Number(event.detail)));

onMessage("slide", ({index, section, unit}) => {
  if (!isPresenting()) setPresenting(true);
  asRemote(() => goTo(Number.isInteger(section) ? find({section, unit: Number(unit)}) : Number(index)));
});
// The speaker's window asks for the room's parts and shows the same ones (so "next" is the room's next).
onMessage("hello", () => {
  if (!isPresenting() || isSpeaker()) return;
  post({type: "parts", parts: slides.map((s) => [s.section, s.first])});
  const s = slides[current];
  if (s) post({type: "slide", index: current, section: s.section, unit: s.first});
});
onMessage("parts", ({parts}) => {
  if (!isSpeaker() || !Array.isArray(parts)) return;
  remoteSplit = parts.map(([s, u]) => [Number(s), Number(u)]);
  if (isPresenting()) rebuild();
});
