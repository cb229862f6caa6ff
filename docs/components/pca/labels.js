import * as Plot from "npm:@observablehq/plot";

// Greedy label placement for small labelled scatters (8–12 points): each label tries a few spots
// around its point and takes the first that overlaps no label placed before it and no dot. Plot
// 0.6 has no collision avoidance for text, and with eight dishes two names often collide.
const SPOTS = [
  {dx: 0, dy: -11, textAnchor: "middle"},
  {dx: 8, dy: 0, textAnchor: "start"},
  {dx: -8, dy: 0, textAnchor: "end"},
  {dx: 0, dy: 12, textAnchor: "middle"},
  {dx: 6, dy: -11, textAnchor: "start"},
  {dx: -6, dy: -11, textAnchor: "end"},
  {dx: 6, dy: 12, textAnchor: "start"},
  {dx: -6, dy: 12, textAnchor: "end"},
  {dx: 0, dy: -23, textAnchor: "middle"},
  {dx: 0, dy: 24, textAnchor: "middle"}
];

function box(px, py, {dx, dy, textAnchor}, w, h) {
  const x0 = textAnchor === "start" ? px + dx : textAnchor === "end" ? px + dx - w : px + dx - w / 2;
  return [x0, py + dy - h / 2, x0 + w, py + dy + h / 2];
}

function overlap(a, b) {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Text marks that label `rows` without overlaps where possible. `frame` gives the plot's pixel
 * geometry: {width, height, marginLeft, marginRight, marginTop, marginBottom, xDomain, yDomain}.
 * `obstacles` are extra [x, y] or [x, y, radius in pixels] data points (dots of other marks, 5 px by
 * default) that labels should avoid. Offsets grow with `fontSize` above 11 (slides).
 * `radius` is the pixel radius of the labelled dots themselves (5 by default).
 * `variant(d)` picks a key of `variants`, extra mark options (e.g. a colour) for that label.
 */
export function labelMarks(rows, {x, y, text, frame, fontSize = 11, radius = 5, obstacles = [], variant, variants = {}, ...options}) {
  const {width, height, marginLeft, marginRight, marginTop, marginBottom, xDomain, yDomain} = frame;
  const sx = (v) => marginLeft + ((v - xDomain[0]) / (xDomain[1] - xDomain[0])) * (width - marginLeft - marginRight);
  const sy = (v) => height - marginBottom - ((v - yDomain[0]) / (yDomain[1] - yDomain[0])) * (height - marginTop - marginBottom);
  const h = fontSize * 1.15;
  const k = Math.max(1, fontSize / 11);
  const spots = SPOTS.map(({dx, dy, textAnchor}) => ({dx: dx * k, dy: dy * k, textAnchor}));
  const placed = [];
  const dots = [...rows.map((d) => [sx(x(d)), sy(y(d)), radius * k]), ...obstacles.map(([a, b, r = 5]) => [sx(a), sy(b), r])].map(([px, py, r]) => [px - r, py - r, px + r, py + r]);
  const bounds = [marginLeft, marginTop, width - marginRight, height - marginBottom]; // the plot area (charts may clip to it)
  const groups = spots.map(() => []);
  for (const d of rows) {
    const px = sx(x(d)), py = sy(y(d));
    const w = 0.58 * fontSize * String(text(d)).length;
    let best = 0, bestCost = Infinity;
    spots.forEach((spot, s) => {
      const b = box(px, py, spot, w, h);
      let cost = 0;
      for (const p of placed) cost += overlap(b, p);
      for (const p of dots) cost += overlap(b, p);
      cost += w * h - overlap(b, bounds); // the part outside the chart
      cost += s * 0.01; // prefer earlier spots on ties
      if (cost < bestCost) {
        bestCost = cost;
        best = s;
      }
    });
    placed.push(box(px, py, spots[best], w, h));
    groups[best].push(d);
  }
  const keys = variant ? Object.keys(variants) : [null];
  return groups.flatMap((group, s) =>
    keys.map((key) => {
      const members = key === null ? group : group.filter((d) => variant(d) === key);
      return members.length
        ? Plot.text(members, {x, y, text, fontSize, dx: spots[s].dx, dy: spots[s].dy, textAnchor: spots[s].textAnchor, ...options, ...(key === null ? {} : variants[key])})
        : null;
    })
  );
}
