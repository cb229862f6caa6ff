// Charts drawn for the slide they are on: in presenter mode a chart is redrawn (not scaled) with
// larger text and margins to match, and may take the height of the screen; equal axes stay equal.
import * as Plot from "npm:@observablehq/plot";
import {isPresenting, isSpeaker} from "./present.js";

/** How much larger chart text and margins are on a slide: 1 on the ordinary page, 1.8–2.4 presenting. */
export function chartScale() {
  return isPresenting() ? Math.min(2.4, Math.max(1.8, window.innerWidth / 1000)) : 1;
}

/** The height a slide's main chart may take: `fallback` on the ordinary page. */
export function slideHeight(fallback) {
  if (!isPresenting()) return fallback;
  return Math.max(300, Math.round(window.innerHeight * (isSpeaker() ? 0.45 : 0.5)));
}

/**
 * Plot.plot(options), with text, margins and height scaled by chartScale() when presenting (the
 * height at most slideHeight()). Unset margins get Plot's usual defaults first (20 top
 * and right, 30 bottom, 40 left), then the scale.
 */
export function slidePlot(options) {
  const s = chartScale();
  // A layout pass can hand resize() a width narrower than the margins: Plot would draw negative sizes.
  const least = ((options.marginLeft ?? options.margin ?? 40) + (options.marginRight ?? options.margin ?? 20)) * s + 60;
  if (typeof options.width === "number" && options.width < least) options = {...options, width: Math.round(least)};
  if (s === 1) return Plot.plot(options);
  const m = (value, fallback) => Math.round((value ?? options.margin ?? fallback) * s);
  const fontSize = `${Math.round(10 * s)}px`;
  const style = typeof options.style === "string" ? `${options.style};font-size:${fontSize}` : {...options.style, fontSize};
  const height = typeof options.height === "number" ? Math.min(Math.round(options.height * s), slideHeight(Infinity)) : options.height;
  const chart = Plot.plot({
    ...options,
    height,
    marginTop: m(options.marginTop, 20),
    marginRight: m(options.marginRight, 20),
    marginBottom: m(options.marginBottom, 30),
    marginLeft: m(options.marginLeft, 40),
    style
  });
  scaleText(chart, s);
  return chart;
}

/** Multiplies every explicit font-size attribute (text marks) under `node` by `s`. */
export function scaleText(node, s) {
  for (const el of node.querySelectorAll("[font-size]")) {
    const v = parseFloat(el.getAttribute("font-size"));
    if (Number.isFinite(v)) el.setAttribute("font-size", String(Math.round(v * s * 10) / 10));
  }
}

/**
 * Domains with equal units on both axes for a plot area of `plotWidth` × `plotHeight` pixels: the
 * shorter one is widened about its centre, so a circle is drawn round and an angle true.
 */
export function equalDomains(xDomain, yDomain, plotWidth, plotHeight) {
  const [x0, x1] = xDomain, [y0, y1] = yDomain;
  const perPixel = Math.max((x1 - x0) / plotWidth, (y1 - y0) / plotHeight);
  const widen = ([a, b], pixels) => {
    const mid = (a + b) / 2, half = (perPixel * pixels) / 2;
    return [mid - half, mid + half];
  };
  return {x: widen(xDomain, plotWidth), y: widen(yDomain, plotHeight)};
}

/** The Plot options of an {@link equalFrame}: width, height, the four margins and the slide's font size. */
export function plotFrame({width, height, marginLeft, marginRight, marginTop, marginBottom, style}) {
  return {width, height, marginLeft, marginRight, marginTop, marginBottom, style};
}

/**
 * The frame of a chart with equal units on both axes: `width` × `height` pixels, margins (44, 20, 24,
 * 36 by default, scaled for a slide) and the data's domains widened to equal units. Returns what
 * Plot.plot needs for it (and what labelMarks needs as `frame`): {width, height, margin…, xDomain,
 * yDomain, style}.
 */
export function equalFrame({width, height, xDomain, yDomain, marginLeft = 44, marginRight = 20, marginTop = 24, marginBottom = 36}) {
  const s = chartScale();
  const m = {marginLeft: Math.round(marginLeft * s), marginRight: Math.round(marginRight * s), marginTop: Math.round(marginTop * s), marginBottom: Math.round(marginBottom * s)};
  const domains = equalDomains(xDomain, yDomain, Math.max(1, width - m.marginLeft - m.marginRight), Math.max(1, height - m.marginTop - m.marginBottom));
  return {width, height, ...m, xDomain: domains.x, yDomain: domains.y, style: s === 1 ? undefined : {fontSize: `${Math.round(10 * s)}px`}};
}
