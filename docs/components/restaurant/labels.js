// Dish names next to their dots without overlapping: a greedy placement over eight candidate
// positions, done in pixels with the scales of a first, label-free render of the same chart.
import * as Plot from "npm:@observablehq/plot";

const candidates = [
  {dx: 9, dy: 0, textAnchor: "start"},
  {dx: -9, dy: 0, textAnchor: "end"},
  {dx: 0, dy: -13, textAnchor: "middle"},
  {dx: 0, dy: 13, textAnchor: "middle"},
  {dx: 7, dy: -10, textAnchor: "start"},
  {dx: 7, dy: 10, textAnchor: "start"},
  {dx: -7, dy: -10, textAnchor: "end"},
  {dx: -7, dy: 10, textAnchor: "end"}
];

function box({x, y}, text, {dx, dy, textAnchor}, fontSize) {
  const w = text.length * fontSize * 0.56;
  const h = fontSize * 1.1;
  const left = textAnchor === "start" ? x + dx : textAnchor === "end" ? x + dx - w : x + dx - w / 2;
  return {left, right: left + w, top: y + dy - h / 2, bottom: y + dy + h / 2};
}

function overlap(a, b) {
  return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
}

/**
 * labelledPlot(options, data, {x, y, text, fontSize}) → Plot.plot(options) with a text label per datum,
 * each placed where it overlaps the fewest dots and other labels and stays inside the frame.
 */
export function labelledPlot(options, data, {x, y, text, fontSize = 10}) {
  const base = Plot.plot(options);
  const sx = base.scale("x");
  const sy = base.scale("y");
  const width = options.width;
  const height = options.height;
  const points = data.map((d) => ({x: sx.apply(d[x]), y: sy.apply(d[y])}));
  const dots = points.map((p) => ({left: p.x - 7, right: p.x + 7, top: p.y - 7, bottom: p.y + 7}));
  const placed = [];
  const choice = new Array(data.length);
  // Crowded points first: they have the fewest good options.
  const crowd = points.map((p) => points.filter((q) => Math.hypot(p.x - q.x, p.y - q.y) < 60).length);
  const order = data.map((_, i) => i).sort((a, b) => crowd[b] - crowd[a]);
  for (const i of order) {
    let best = 0;
    let bestCost = Infinity;
    candidates.forEach((c, j) => {
      const b = box(points[i], String(data[i][text]), c, fontSize);
      let cost = 0;
      for (const r of placed) cost += overlap(b, r);
      dots.forEach((r, k) => {
        if (k !== i) cost += overlap(b, r);
      });
      const outside = Math.max(0, -b.left) + Math.max(0, b.right - width) + Math.max(0, -b.top) + Math.max(0, b.bottom - height);
      cost += outside * 40 + j * 0.5;
      if (cost < bestCost) {
        bestCost = cost;
        best = j;
      }
    });
    choice[i] = best;
    placed.push(box(points[i], String(data[i][text]), candidates[best], fontSize));
  }
  const labels = candidates.map((c, j) =>
    Plot.text(
      data.filter((_, i) => choice[i] === j),
      {x, y, text, ...c, fontSize, fill: "currentColor", stroke: "var(--theme-background)", strokeWidth: 3, paintOrder: "stroke"}
    )
  );
  return Plot.plot({...options, marks: [...options.marks, ...labels]});
}
