// How the seed's numeric cuisine code distorts distances, against one-hot encoding.
import * as Plot from "npm:@observablehq/plot";
import {fixed2} from "./format.js";

/**
 * cuisineDistances(rows, {width, from}) → for each other cuisine, its distance from `from` on the
 * cuisine feature alone, under the z-scored code and under one-hot. `rows` are {cuisine, encoding, distance}.
 */
export function cuisineDistances(rows, {width, from}) {
  const cuisines = Array.from(new Set(rows.map((r) => r.cuisine)));
  return Plot.plot({
    width,
    height: 50 + 30 * cuisines.length,
    marginLeft: 110,
    marginRight: 40,
    ariaLabel: `Distance from ${from} to each other cuisine on the cuisine feature alone. ${["numeric code", "one-hot"]
      .map((e) => `${e}: ${rows.filter((r) => r.encoding === e).map((r) => `${r.cuisine} ${fixed2(r.distance)}`).join(", ")}`)
      .join(". ")}.`,
    x: {label: `Distance from ${from} (in SD of a feature) →`, grid: true},
    y: {axis: null, domain: ["numeric code", "one-hot"]},
    fy: {label: null, domain: cuisines},
    color: {domain: ["numeric code", "one-hot"], range: ["#D55E00", "#0072B2"], legend: true},
    marks: [
      Plot.barX(rows, {fy: "cuisine", y: "encoding", x: "distance", fill: "encoding", tip: {format: {x: fixed2, fy: true}}}),
      Plot.text(rows, {fy: "cuisine", y: "encoding", x: "distance", text: (d) => fixed2(d.distance), dx: 4, textAnchor: "start", fill: "currentColor", fontSize: 10}),
      Plot.ruleX([0])
    ]
  });
}
