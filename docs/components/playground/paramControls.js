// Inputs for an algorithm's parameters, built from its entry in algorithms.js: a range, select or
// radio per parameter, hidden while its `when` condition is false.
import * as Inputs from "npm:@observablehq/inputs";

/** paramControls(algorithm, values, onChange) → a node; onChange(key, value) on every change. */
export function paramControls(algorithm, values, onChange) {
  const node = document.createElement("div");
  node.className = "pk-pg-params";
  const inputs = algorithm.params.map((spec) => {
    const options = {label: spec.label, value: values[spec.key]};
    const input = spec.type === "range"
      ? Inputs.range([spec.min, spec.max], {...options, step: spec.step})
      : spec.type === "select"
        ? Inputs.select(spec.options, {...options, format: spec.format})
        : Inputs.radio(spec.options, {...options, format: spec.format});
    input.dataset.param = spec.key;
    input.addEventListener("input", () => {
      onChange(spec.key, input.value);
      refresh();
    });
    node.append(input);
    return {spec, input};
  });
  function refresh() {
    const now = Object.fromEntries(inputs.map(({spec, input}) => [spec.key, input.value]));
    for (const {spec, input} of inputs) input.style.display = !spec.when || spec.when(now) ? "" : "none";
  }
  refresh();
  /** Sets a parameter from outside (a preset, a click on the Compare grid) without firing onChange. */
  node.set = (key, value) => {
    const found = inputs.find(({spec}) => spec.key === key);
    if (found) found.input.value = value;
    refresh();
  };
  return node;
}
