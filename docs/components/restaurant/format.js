// Number and label formats shared by the restaurant dashboard's components.
import * as d3 from "npm:d3";

export const money = d3.format("$,.0f");
export const price = d3.format("$.2f");
export const count = d3.format(",d");
export const percent = d3.format(".0%");
export const fixed1 = d3.format(".1f");
export const fixed2 = d3.format(".2f");

const labels = {price: "price", prep_time: "prep time", calories: "calories", spice_level: "spice level", cuisine_code: "cuisine code"};
const units = {price: (v) => price(v), prep_time: (v) => `${Math.round(v)} min`, calories: (v) => `${Math.round(v)} kcal`, spice_level: (v) => `${fixed1(v)}/5`, cuisine_code: (v) => fixed1(v)};

/** A feature's name for people: "prep_time" → "prep time"; one-hot columns stay "cuisine: Italian". */
export function featureLabel(column) {
  return labels[column] ?? column;
}

/** A value of a feature in its unit: price → "$22.60", prep_time → "35 min". */
export function featureValue(column, value) {
  return (units[column] ?? fixed2)(value);
}

/** "price 2.2 SD above the menu average ($22.60)" from an {column, z, mean} reason. */
export function reasonText({column, z, mean}) {
  const side = z >= 0 ? "above" : "below";
  return `${featureLabel(column)} ${fixed1(Math.abs(z))} SD ${side} the menu average (${featureValue(column, mean)})`;
}

/** "a, b and c". */
export function list(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function plural(n, one, many = `${one}s`) {
  return `${count(n)} ${n === 1 ? one : many}`;
}
