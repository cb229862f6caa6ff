// The data panel's controls: a shape with its n, noise and seed; the painting tools (paint, erase,
// move), the brush (points per dab, spread), the true group to paint with; undo, clear, CSV out and in.
import * as Inputs from "npm:@observablehq/inputs";
import {SHAPES} from "../../lib/index.js";
import {MAX_POINTS} from "./codec.js";

const letter = (g) => String.fromCharCode(65 + g);
let importIds = 0; // ids for the file input's label

function legend(text) {
  const l = document.createElement("legend");
  l.textContent = text;
  return l;
}

function button(text, title, onclick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.title = title;
  b.addEventListener("click", onclick);
  return b;
}

/**
 * dataControls(state, handlers) → node with `set(key, value)`. `state` gives the initial values
 * (shape, n, noise, seed, tool, dab, spread, group, colourBy); handlers: onShape(values),
 * onOption(key, value), onUndo(), onClear(), onExport(), onImport(text, name).
 */
export function dataControls(state, {onShape, onOption, onUndo, onClear, onExport, onImport}) {
  const node = document.createElement("div");
  node.className = "pk-pg-data";
  const shapeNames = SHAPES.map((s) => s.name);
  const shape = Inputs.select(shapeNames, {label: "Shape", value: state.shape ?? "moons", format: (name) => SHAPES.find((s) => s.name === name).label});
  const n = Inputs.range([10, MAX_POINTS], {label: "Points", step: 10, value: state.n});
  const noise = Inputs.range([0, 1], {label: "Noise", step: 0.01, value: state.noise});
  const seed = Inputs.range([0, 99], {label: "Seed", step: 1, value: state.seed});
  const make = () => onShape({shape: shape.value, n: n.value, noise: noise.value, seed: seed.value});
  shape.addEventListener("input", () => {
    noise.value = SHAPES.find((s) => s.name === shape.value).noise;
    make();
  });
  for (const input of [n, noise, seed]) input.addEventListener("input", make);
  const shapeBox = document.createElement("fieldset");
  shapeBox.className = "pk-pg-fieldset";
  shapeBox.append(legend("Pick a shape"));
  shapeBox.append(shape, n, noise, seed);

  const tool = Inputs.radio(["paint", "erase", "move"], {label: "Tool", value: state.tool, format: (t) => ({paint: "Paint", erase: "Erase", move: "Move a point"})[t]});
  const dab = Inputs.range([1, 20], {label: "Points per dab", step: 1, value: state.dab});
  const spread = Inputs.range([0, 60], {label: "Brush spread (px)", step: 1, value: state.spread});
  const group = Inputs.select([0, 1, 2, 3], {label: "Paint as true group", value: state.group, format: letter});
  const colourBy = Inputs.radio(["clusters", "groups"], {label: "Colour by", value: state.colourBy, format: (v) => (v === "clusters" ? "result" : "true group")});
  for (const [key, input] of [["tool", tool], ["dab", dab], ["spread", spread], ["group", group], ["colourBy", colourBy]]) {
    input.addEventListener("input", () => onOption(key, input.value));
  }
  const file = document.createElement("input");
  file.type = "file";
  file.accept = ".csv,text/csv";
  file.id = `pk-pg-import-${++importIds}`;
  const fileLabel = document.createElement("label");
  fileLabel.htmlFor = file.id;
  fileLabel.textContent = "Import CSV (x, y, group)";
  fileLabel.className = "pk-pg-file";
  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (f) onImport(await f.text(), f.name);
    file.value = "";
  });
  const actions = document.createElement("div");
  actions.className = "pk-pg-actions";
  actions.append(button("Undo", "Undo the last change to the points", onUndo), button("Clear", "Remove every point", onClear), button("Export CSV", "Download the points as CSV", onExport), fileLabel, file);
  const paintBox = document.createElement("fieldset");
  paintBox.className = "pk-pg-fieldset";
  paintBox.append(legend("Or paint: click or drag on the chart"));
  paintBox.append(tool, dab, spread, group, colourBy, actions);

  node.append(shapeBox, paintBox);
  const inputs = {shape, n, noise, seed, tool, dab, spread, group, colourBy};
  node.set = (key, value) => {
    if (inputs[key]) inputs[key].value = value;
  };
  return node;
}
