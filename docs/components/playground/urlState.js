// The playground's state in the URL, so a link reproduces it: the data (a shape recipe, or the
// painted points and their box), the algorithm and its parameters (only those off their default),
// k-means' placed centres and the colouring.
import {SHAPES, makeShape} from "../../lib/index.js";
import {getParam, setParam} from "../page.js";
import {algorithmById, algorithms, defaultParams, parseParam} from "./algorithms.js";
import {boxAround, decodeBox, decodePoints, encodeBox, encodePoints, MAX_POINTS} from "./codec.js";

export const DEFAULT_SHAPE = {shape: "moons", n: 300, noise: 0.06, seed: 0};

/** The data a shape recipe makes, with its box. */
export function shapeData({shape, n, noise, seed}) {
  const {X, y} = makeShape(shape, {n, noise, seed});
  return {X, y, box: boxAround(X), source: {shape, n, noise, seed}};
}

/** Reads the state from the URL; `notes` lists what could not be used, in words. */
export function readUrl() {
  const notes = [];
  let data = null;
  const pts = getParam("pts");
  if (pts !== null) {
    const box = decodeBox(getParam("box"));
    try {
      if (!box) throw new Error("its box (the “box” parameter) is missing or not four increasing numbers");
      data = {...decodePoints(pts, box), box, source: null};
    } catch (error) {
      notes.push(`The drawing in this link could not be read: ${error.message}. Showing two moons instead.`);
    }
  }
  if (!data) {
    const shape = getParam("shape") ?? DEFAULT_SHAPE.shape;
    const known = SHAPES.find((s) => s.name === shape);
    if (!known) notes.push(`The link asks for a shape called “${shape}”, which the playground does not have; showing two moons.`);
    const num = (key, lo, hi, fallback, whole = false) => {
      const raw = getParam(key);
      const v = Number(raw);
      if (raw === null) return fallback;
      if (Number.isFinite(v) && v >= lo && v <= hi && (!whole || Number.isInteger(v))) return v;
      notes.push(`The link's ${key} = “${raw}” is not usable (${lo} to ${hi}${whole ? ", whole" : ""}); using ${fallback}.`);
      return fallback;
    };
    const name = known ? shape : DEFAULT_SHAPE.shape;
    data = shapeData({
      shape: name,
      n: num("n", 10, MAX_POINTS, DEFAULT_SHAPE.n, true),
      noise: num("noise", 0, 1, SHAPES.find((s) => s.name === name).noise),
      seed: num("seed", 0, 99, DEFAULT_SHAPE.seed, true)
    });
  }
  const algoRaw = getParam("algo");
  const algorithm = algoRaw !== null && algorithmById.has(algoRaw) ? algoRaw : "kmeans";
  if (algoRaw !== null && !algorithmById.has(algoRaw)) notes.push(`The link asks for an algorithm called “${algoRaw}”; showing k-means.`);
  const params = {};
  for (const a of algorithms) {
    params[a.id] = defaultParams(a);
    for (const spec of a.params) {
      const raw = getParam(spec.key);
      const v = parseParam(spec, raw);
      if (v !== undefined) params[a.id][spec.key] = v;
      else if (raw !== null) notes.push(`The link's ${spec.key} = “${raw}” is not a valid ${spec.label}; using ${spec.value}.`);
    }
  }
  const placed = (getParam("cent") ?? "").split(",").filter(Boolean).map((p) => p.split(":").map(Number)).filter((p) => p.length === 2 && p.every(Number.isFinite));
  const colourBy = getParam("colour") === "groups" ? "groups" : "clusters";
  return {data, algorithm, params, placed, colourBy, notes};
}

// page.js's setParam rewrites the whole address (history.replaceState) on every call, and the drawing
// can be 8,000 characters: call it only for keys whose value changed, and at most every 250 ms.
const written = new Map();
let timer = null;
let latest = null;
function put(key, value) {
  const text = value === null || value === undefined ? null : String(value);
  if (written.has(key) && written.get(key) === text) return;
  written.set(key, text);
  setParam(key, text);
}

/** Writes the state to the URL soon (parameters at their default are left out); `now` writes at once. */
export function writeUrl(state, {now = false} = {}) {
  latest = state;
  if (now) return flush();
  timer ??= setTimeout(flush, 250);
}

function flush() {
  clearTimeout(timer);
  timer = null;
  if (latest) write(latest);
}

function write({store, algorithm, params, placed, colourBy}) {
  const setParam = put;
  const src = store.source;
  setParam("shape", src ? src.shape : null);
  setParam("n", src && src.n !== DEFAULT_SHAPE.n ? src.n : null);
  setParam("noise", src && src.noise !== SHAPES.find((s) => s.name === src.shape).noise ? src.noise : null);
  setParam("seed", src && src.seed !== DEFAULT_SHAPE.seed ? src.seed : null);
  setParam("box", src ? null : encodeBox(store.box));
  setParam("pts", src ? null : encodePoints(store.X, store.y, store.box));
  setParam("algo", algorithm);
  for (const a of algorithms) {
    for (const spec of a.params) {
      const v = params[a.id][spec.key];
      setParam(spec.key, a.id === algorithm && v !== spec.value ? v : null);
    }
  }
  const manual = algorithm === "kmeans" && params.kmeans.init === "manual" && placed.length;
  setParam("cent", manual ? placed.map(([a, b]) => `${+a.toPrecision(4)}:${+b.toPrecision(4)}`).join(",") : null);
  setParam("colour", colourBy === "groups" ? "groups" : null);
}
