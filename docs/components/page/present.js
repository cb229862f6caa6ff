// Presenter mode as slides: every `##` section of the page (whoever wrote it) is one slide, the part
// before the first `##` the title slide. Sections are not moved, only shown one at a time, so cells
// keep their places and a chart in a hidden slide is simply not drawn (resize() gives it no width).
// ←/→ step the current slide's step-through first, then change slide; the URL keeps the slide.
import {getParam, setDefault, setParam} from "./params.js";
import {asRemote, isRemote, onMessage, post} from "./sync.js";

const root = document.documentElement;
const stepHandlers = new Map(); // handler → the element it belongs to (or null: the whole page)
const slideListeners = new Set();
let slides = [];
let current = 0;
let observer = null;

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

/** Calls `fn({index, count, slides})` whenever the slide (or the slides) change. */
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

/** The title of slide `i`: its heading's text (the page's h1 for the title slide). */
export function slideTitle(i) {
  const s = slides[i];
  if (!s) return "";
  const h = s.find((el) => el.tagName === "H2" || el.tagName === "H1") ?? s.map((el) => el.querySelector?.("h1")).find(Boolean);
  return (h?.textContent ?? "").trim();
}

/** Slide `i`'s nodes (for the speaker's preview of the next slide). */
export function slideNodes(i) {
  return slides[i] ?? [];
}

export function slideState() {
  return {index: current, count: slides.length};
}

function show() {
  slides.forEach((nodes, i) => {
    for (const el of nodes) el.classList.toggle("pk-off-slide", isPresenting() && i !== current);
  });
  for (const fn of slideListeners) fn({index: current, count: slides.length});
}

function rebuild() {
  slides = sections();
  current = Math.max(0, Math.min(current, slides.length - 1));
  show();
}

/** Shows slide `index` (clamped), keeps it in the URL and tells the other window. */
export function goTo(index) {
  if (!isPresenting()) return;
  const next = Math.max(0, Math.min(slides.length - 1, index));
  const changed = next !== current;
  current = next;
  show();
  if (changed) window.scrollTo(0, 0);
  setParam("slide", String(current + 1));
  if (!isRemote()) post({type: "slide", index: current});
}

/** ← / →: the current slide's step-through moves first; when it has nothing left, the slide changes. */
export function arrow(delta) {
  const slide = slides[current] ?? [];
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
    const wanted = Number(getParam("slide"));
    slides = sections();
    current = Number.isInteger(wanted) && wanted >= 1 ? Math.min(wanted, slides.length) - 1 : 0;
    observer ??= new MutationObserver(() => queueMicrotask(rebuild));
    const el = main();
    if (el) observer.observe(el, {childList: true});
    setParam("present", "1");
    setParam("slide", String(current + 1));
  } else {
    observer?.disconnect();
    setParam("present", null);
    setParam("slide", null);
  }
  show();
  window.scrollTo(0, 0);
  window.dispatchEvent(new Event("resize")); // charts re-measure their width
}

// The speaker's outline (and a test) move to a slide by number with a "pk-slide" event: detail = index.
document.addEventListener("pk-slide", (event) => goTo(Number(event.detail)));

onMessage("slide", ({index}) => {
  if (!isPresenting()) setPresenting(true);
  asRemote(() => goTo(Number(index)));
});
