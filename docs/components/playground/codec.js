// The painted points in a URL: each point is 4 base64url characters (24 bits: x and y on a
// 1,024-step grid across the drawing's box, and the true group in 4 bits), the box itself as four
// numbers. 2,000 points make 8,000 characters. Points are snapped to the same grid as they are
// painted, so a link reproduces exactly what is on screen. Also the CSV export and import.
import {csvFormat, csvParseRows} from "npm:d3-dsv";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const STEPS = 1023;
export const MAX_POINTS = 2000;
export const MAX_GROUPS = 16;

/** Snaps a coordinate to the box's grid (so encode → decode gives it back exactly). */
export function snap(v, lo, hi) {
  const q = Math.max(0, Math.min(STEPS, Math.round(((v - lo) / (hi - lo)) * STEPS)));
  return lo + (q / STEPS) * (hi - lo);
}

/** The box as URL text: x0,x1,y0,y1 with 4 significant digits. */
export function encodeBox(box) {
  return box.map((v) => +v.toPrecision(4)).join(",");
}

export function decodeBox(text) {
  const box = String(text ?? "").split(",").map(Number);
  if (box.length !== 4 || !box.every(Number.isFinite) || !(box[1] > box[0]) || !(box[3] > box[2])) return null;
  return box;
}

/** Points (X rows and groups y) in a box → the compact URL text. */
export function encodePoints(X, y, box) {
  const [x0, x1, y0, y1] = box;
  let out = "";
  for (let i = 0; i < X.length; ++i) {
    const qx = Math.max(0, Math.min(STEPS, Math.round(((X[i][0] - x0) / (x1 - x0)) * STEPS)));
    const qy = Math.max(0, Math.min(STEPS, Math.round(((X[i][1] - y0) / (y1 - y0)) * STEPS)));
    const bits = (qx << 14) | (qy << 4) | (y[i] & 15);
    out += ALPHABET[(bits >> 18) & 63] + ALPHABET[(bits >> 12) & 63] + ALPHABET[(bits >> 6) & 63] + ALPHABET[bits & 63];
  }
  return out;
}

/** The URL text → {X, y}, or throws an Error saying what is wrong with it. */
export function decodePoints(text, box) {
  const [x0, x1, y0, y1] = box;
  if (text.length % 4 !== 0) throw new Error(`the drawing in the link is cut short (${text.length} characters, not a multiple of 4)`);
  if (text.length / 4 > MAX_POINTS) throw new Error(`the link holds ${text.length / 4} points; the playground takes up to ${MAX_POINTS.toLocaleString("en-US")}`);
  const X = [];
  const y = [];
  for (let i = 0; i < text.length; i += 4) {
    let bits = 0;
    for (let j = 0; j < 4; ++j) {
      const v = ALPHABET.indexOf(text[i + j]);
      if (v < 0) throw new Error(`the drawing in the link has a character (“${text[i + j]}”) that is not part of its code`);
      bits = (bits << 6) | v;
    }
    const qx = bits >> 14, qy = (bits >> 4) & 1023;
    X.push([x0 + (qx / STEPS) * (x1 - x0), y0 + (qy / STEPS) * (y1 - y0)]);
    y.push(bits & 15);
  }
  return {X, y};
}

/** A square box around the points, padded by 8%, in round numbers. */
export function boxAround(X) {
  if (X.length === 0) return [-1, 1, -1, 1];
  let xa = Infinity, xb = -Infinity, ya = Infinity, yb = -Infinity;
  for (const [a, b] of X) {
    xa = Math.min(xa, a);
    xb = Math.max(xb, a);
    ya = Math.min(ya, b);
    yb = Math.max(yb, b);
  }
  const side = Math.max(xb - xa, yb - ya, 1e-6) * 1.16;
  const cx = (xa + xb) / 2, cy = (ya + yb) / 2;
  return [cx - side / 2, cx + side / 2, cy - side / 2, cy + side / 2].map((v) => +v.toPrecision(4));
}

/** The points as CSV text: x, y, group (A, B, …). */
export function toCsv(X, y) {
  return csvFormat(X.map(([a, b], i) => ({x: +a.toPrecision(6), y: +b.toPrecision(6), group: String.fromCharCode(65 + y[i])})), ["x", "y", "group"]);
}

/**
 * CSV text → {X, y}: columns x and y (numbers) and optionally group (a letter A–P or a number
 * 0–15). Throws an Error that names the first bad row, or says which columns are missing.
 */
export function fromCsv(text) {
  // csvParseRows, not csvParse: csvParse builds row objects with `new Function`, which the site's
  // Content-Security-Policy forbids.
  const [header = [], ...cells] = csvParseRows(text);
  const rows = cells.filter((r) => r.length > 1 || r[0] !== "").map((r) => Object.fromEntries(header.map((c, j) => [c, r[j]])));
  rows.columns = header;
  const cols = rows.columns.map((c) => c.trim().toLowerCase());
  const xi = cols.indexOf("x"), yi = cols.indexOf("y"), gi = cols.indexOf("group");
  if (xi < 0 || yi < 0) throw new Error(`the file needs columns named x and y; it has ${rows.columns.length ? rows.columns.map((c) => `“${c}”`).join(", ") : "none"}`);
  if (rows.length === 0) throw new Error("the file has a header but no rows");
  if (rows.length > MAX_POINTS) throw new Error(`the file has ${rows.length.toLocaleString("en-US")} rows; the playground takes up to ${MAX_POINTS.toLocaleString("en-US")} points`);
  const [xc, yc, gc] = [xi, yi, gi].map((i) => rows.columns[i]);
  const X = [];
  const y = [];
  rows.forEach((row, r) => {
    const a = Number(row[xc]), b = Number(row[yc]);
    if (row[xc]?.trim() === "" || row[yc]?.trim() === "" || !Number.isFinite(a) || !Number.isFinite(b)) {
      throw new Error(`row ${r + 2} of the file: x = “${row[xc] ?? ""}”, y = “${row[yc] ?? ""}” are not both numbers`);
    }
    let g = 0;
    if (gc !== undefined && row[gc]?.trim()) {
      const raw = row[gc].trim();
      g = /^[A-Pa-p]$/.test(raw) ? raw.toUpperCase().charCodeAt(0) - 65 : Number(raw);
      if (!Number.isInteger(g) || g < 0 || g >= MAX_GROUPS) throw new Error(`row ${r + 2} of the file: group “${raw}” is not a letter A–P or a number 0–15`);
    }
    X.push([a, b]);
    y.push(g);
  });
  return {X, y};
}
