// resize((width) => chart) as Framework has it, but a chart far from the screen is drawn when the
// browser is next idle instead of at once: the first screen is painted first, and the page's other
// charts follow without holding it up. After an input changes, though, the charts of the input's own
// `##` section are all drawn at once, in one frame (drawing its far ones later cost a second frame:
// style, layout and paint of the whole page, more than drawing them); other sections' charts still
// wait. A chart given a `key` is not redrawn at all when its cell re-runs with nothing it shows changed.
//
// One ResizeObserver serves every chart on the page, and it measures where all the charts are
// before drawing any of them: with one observer each, every chart drawn dirtied the layout and the
// next chart's position check forced a layout of the whole page (a third of a slider move's time).
//
// A chart whose cell re-runs after an input of its own section is drawn at once, before the new div
// is even on the page, at the width of the chart it replaces (the same cell's, found by its render
// function's source): otherwise the page was laid out twice per move, once with the new charts
// empty (their divs 0 px high) and again after the observer drew them. The observer still checks
// the width the div then gets, and redraws if it differs.

const MARGIN = 300; // px above and below the screen that count as "in view"

const idle = typeof requestIdleCallback === "function" ? (fn) => requestIdleCallback(fn, {timeout: 500}) : (fn) => setTimeout(fn, 50);

/** div → {render, width, drawn, key, slot}: the width seen last and the width drawn at. */
const charts = new WeakMap();
const keyed = new Map(); // key → the div drawn for it
const slots = new Map(); // a render function's source → the div last made for it
const later = new Set(); // divs waiting for the browser to be idle
let observer = null;
let section = null; // [h2 before, h2 after] the input changed last (null: either end of the page)
document.addEventListener(
  "input",
  (event) => {
    let top = event.target instanceof Element ? event.target : null;
    while (top?.parentElement && top.parentElement.id !== "observablehq-main") top = top.parentElement;
    if (!top?.parentElement) return;
    let start = top, end = top.nextElementSibling;
    while (start && start.tagName !== "H2") start = start.previousElementSibling;
    while (end && end.tagName !== "H2") end = end.nextElementSibling;
    section = [start, end];
  },
  {capture: true}
);

function inSection(el) {
  if (!section) return false;
  const [start, end] = section;
  return (!start || (start.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) && (!end || (end.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) !== 0);
}

function draw(div, {detached = false} = {}) {
  const state = charts.get(div);
  later.delete(div);
  if (!state || !(div.isConnected || detached) || !(state.width > 0) || state.drawn === state.width) return;
  state.drawn = state.width;
  const child = state.render(state.width);
  div.replaceChildren(...(child == null ? [] : [child]));
}

// The charts off screen, drawn in as few idle callbacks as their time allows (each draw is followed
// by one layout for all of them, not one each).
function drawLater(deadline) {
  for (const div of later) {
    draw(div);
    if (!deadline || (!deadline.didTimeout && deadline.timeRemaining() <= 0)) break;
  }
  if (later.size) idle(drawLater);
}

function resized(entries) {
  // Measure first, while the layout is clean; then draw.
  const bottom = window.innerHeight + MARGIN;
  const now = [];
  for (const {target, contentRect} of entries) {
    const state = charts.get(target);
    if (!state) continue;
    if (!target.isConnected) {
      // Removed (a cell re-ran): let it go, or the shared observer would keep every old chart alive.
      observer.unobserve(target);
      if (keyed.get(state.key) === target) keyed.delete(state.key);
      if (slots.get(state.slot) === target) slots.delete(state.slot);
      charts.delete(target);
      later.delete(target);
      continue;
    }
    if (contentRect.width === state.width) continue;
    state.width = contentRect.width;
    if (!(state.width > 0)) {
      state.drawn = undefined;
      target.replaceChildren();
      continue;
    }
    const r = target.getBoundingClientRect();
    if ((r.bottom > -MARGIN && r.top < bottom) || inSection(target)) now.push(target);
    else if (!later.has(target)) {
      if (later.size === 0) idle(drawLater);
      later.add(target);
    }
  }
  for (const div of now) draw(div);
}

/**
 * lazyResize((width) => node, {key, label}) → a div that holds node, redrawn when its width changes.
 * - key: a string naming the chart and everything its drawing depends on. While a div drawn for the
 *   same key is on the page, that div is returned again, chart and all, instead of drawing anew
 *   (Framework puts the same node back when the cell re-runs).
 * - label: the chart's aria-label, set on a reused chart (the words may change when the drawing does not).
 */
export function lazyResize(render, {key, label} = {}) {
  const reused = key === undefined ? undefined : keyed.get(key);
  const state = reused && charts.get(reused);
  if (state) {
    state.render = render; // a later redraw (a new width) draws from the current cell
    if (label !== undefined) reused.firstElementChild?.setAttribute("aria-label", label);
    return reused;
  }
  const div = document.createElement("div");
  div.style.position = "relative";
  const slot = String(render);
  const before = slots.get(slot);
  const width = before?.isConnected && inSection(before) ? charts.get(before)?.drawn : undefined;
  charts.set(div, {render, width, drawn: undefined, key, slot});
  slots.set(slot, div);
  if (key !== undefined) keyed.set(key, div);
  if (width > 0) draw(div, {detached: true});
  (observer ??= new ResizeObserver(resized)).observe(div);
  return div;
}
