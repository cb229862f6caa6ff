// The coding assignment: segment the ten food-delivery customers. Each computed part has a check; the
// marketing messages are written parts, kept as notes (see assignment/messageNotes.js).
import {asRows, compareRows, comparePartition, describe, fail, pass} from "./compare.js";

const columns = (data) => data.customers.features;
/** The reference features: peak hour on the clock, every column standardized (sin and cos share one divisor). */
export const prepared = (lib, data) => lib.encodeCustomers(data.customers.X, {columns: columns(data), hour: "circle"}).data;
const segments = (lib, data) => lib.cutTree(lib.hierarchical(prepared(lib, data)).merges, {k: 4});
const traits = ["average_order_value", "order_frequency", "preferred_cuisine_diversity", "seasonal_variation"];

export default [
  {
    id: "assignment-prepare",
    title: "Prepare the features",
    prompt: [
      "Distances between customers decide the tree, so first make the columns comparable, and mind the **peak-hour trap**: the hour is a time on a clock. As a plain number, 23:00 and 01:00 are 22 apart; on the clock they are 2 hours apart.",
      "Replace `peak_ordering_time` by its point on the clock, `hourCircle(hour)` = [sin, cos] of 2π·hour/24, then standardize every column (population standard deviation). Give sin and cos **one shared divisor**, √(s_sin² + s_cos²), so the clock stays round. End with the rows: 10 customers × 6 numbers."
    ],
    starter: `// customersX: 10 customers × [order value, orders per month, cuisines, peak hour, seasonality]
const hourColumn = customersFeatures.indexOf("peak_ordering_time");
const rows = customersX.map((r) => r.slice());
const Z = standardize(rows).data;
Z`,
    hints: [
      "Put the hour on the clock: `customersX.map((r) => r.flatMap((v, j) => (j === hourColumn ? hourCircle(v) : [v])))` gives 6 numbers per customer.",
      "`standardize(rows)` returns `{data, mean, scale}`; rebuild the data yourself with the sin and cos columns (3 and 4) both divided by `Math.hypot(scale[3], scale[4])`.",
      "`encodeCustomers(customersX, {columns: customersFeatures, hour: \"circle\"})` does all of this; compare your rows with its `.data`."
    ],
    solution: `const hourColumn = customersFeatures.indexOf("peak_ordering_time");
const rows = customersX.map((r) => r.flatMap((v, j) => (j === hourColumn ? hourCircle(v) : [v])));
const {mean, scale} = standardize(rows);
const shared = Math.hypot(scale[hourColumn], scale[hourColumn + 1]);
const divisor = scale.map((s, j) => (j === hourColumn || j === hourColumn + 1 ? shared : s));
const Z = rows.map((r) => r.map((v, j) => (v - mean[j]) / divisor[j]));
Z`,
    check(value, {lib, data}) {
      const ref = prepared(lib, data);
      const rows = asRows(value);
      if (rows && rows.length === ref.length && rows[0]?.length === ref[0].length - 1) {
        return fail("your rows have 5 numbers: the peak hour is still a plain number, so 23:00 and 01:00 would be 22 apart. Replace it by its two clock coordinates, hourCircle(hour).");
      }
      if (rows && rows.length === ref.length && rows[0]?.length === ref[0].length) {
        const h = columns(data).indexOf("peak_ordering_time");
        const separate = lib.standardize(data.customers.X.map((r) => r.flatMap((v, j) => (j === h ? lib.hourCircle(v) : [v])))).data;
        if (!compareRows(rows, separate)) return fail("sin and cos were each scaled by their own standard deviation, which squashes the clock into an ellipse. Divide both by one shared divisor, √(s_sin² + s_cos²).");
      }
      const problem = compareRows(value, ref, {what: "your rows", rows: "the number of customers", source: "encodeCustomers()", names: data.customers.names, rowWord: "customer"});
      return problem ? fail(problem) : pass("the features are ready: the clock is round and every column counts alike.");
    }
  },
  {
    id: "assignment-tree",
    title: "Build the hierarchy",
    prompt: ["Build the Ward tree of the prepared customers with `hierarchical`, draw it with `show.dendrogram(merges, customersNames)`, and end with its `merges`."],
    starter: `const Z = encodeCustomers(customersX, {columns: customersFeatures, hour: "number"}).data;
const merges = [];
merges`,
    hints: [
      "Use the features of the previous task: `encodeCustomers(customersX, {columns: customersFeatures, hour: \"circle\"}).data` (the hour on the clock).",
      "`hierarchical(Z).merges` (Ward is the default linkage); `show.dendrogram(merges, customersNames)` draws it."
    ],
    solution: `const Z = encodeCustomers(customersX, {columns: customersFeatures, hour: "circle"}).data;
const merges = hierarchical(Z, {linkage: "ward"}).merges;
show.dendrogram(merges, customersNames);
merges`,
    check(value, {lib, data}) {
      const ref = lib.hierarchical(prepared(lib, data)).merges;
      const rows = asRows(value);
      if (!rows || rows.length === 0) return fail(`end with the merges (rows of [a, b, height, size]); the cell ends with ${describe(value)}.`);
      if (rows.length !== ref.length) return fail(`your tree has ${rows.length} merges; ${ref.length + 1} customers need ${ref.length}.`);
      const plain = lib.hierarchical(lib.encodeCustomers(data.customers.X, {columns: columns(data), hour: "number"}).data).merges;
      if (!compareRows(rows, plain)) return fail("this is the tree with the peak hour as a plain number. Use the prepared features, with the hour on the clock.");
      const i = rows.findIndex((r, i) => Math.abs(r[2] - ref[i][2]) > 1e-6);
      if (i >= 0) return fail(`merge ${i + 1} is at height ${rows[i][2].toFixed(3)}; Ward on the prepared features gives ${ref[i][2].toFixed(3)}.`);
      const problem = compareRows(rows, ref, {what: "your merges", rows: "n − 1", source: "hierarchical()", rowWord: "merge"});
      return problem ? fail(problem) : pass(`the tree joins the ten customers in 9 merges, the last at height ${ref[ref.length - 1][2].toFixed(2)}.`);
    }
  },
  {
    id: "assignment-cut",
    title: "Cut into four segments",
    prompt: ["Cut the tree into **4** segments with `cutTree` and end with the labels (one per customer, 0–3)."],
    starter: `const Z = encodeCustomers(customersX, {columns: customersFeatures, hour: "circle"}).data;
const merges = hierarchical(Z).merges;
const labels = customersX.map(() => 0);
labels`,
    hints: ["`cutTree(merges, {k: 4})`."],
    solution: `const Z = encodeCustomers(customersX, {columns: customersFeatures, hour: "circle"}).data;
const merges = hierarchical(Z).merges;
const labels = cutTree(merges, {k: 4});
labels`,
    check(value, {lib, data}) {
      const problem = comparePartition(value, segments(lib, data), {what: "your labels", item: "customer", names: data.customers.names, source: "the 4-segment cut"});
      return problem ? fail(problem) : pass("four segments, the same groups as the library's cut.");
    }
  },
  {
    id: "assignment-profile",
    title: "Profile each segment",
    prompt: [
      "Describe each segment with numbers a marketer can read: its **size** and the mean of each column in the customers' own units. The peak hour needs the clock again: average it with `circularMeanHour` (the mean of 23:00 and 01:00 is midnight, not noon).",
      "End with an array of 4 objects, one per segment label 0–3, with keys `size`, `average_order_value`, `order_frequency`, `preferred_cuisine_diversity`, `seasonal_variation` and `peak_ordering_time`."
    ],
    starter: `const Z = encodeCustomers(customersX, {columns: customersFeatures, hour: "circle"}).data;
const labels = cutTree(hierarchical(Z).merges, {k: 4});
const col = (name) => customersFeatures.indexOf(name);
const profiles = [0, 1, 2, 3].map((c) => {
  const rows = customersX.filter((_, i) => labels[i] === c);
  return {size: rows.length};
});
profiles`,
    hints: [
      "The mean order value of a segment: `rows.reduce((s, r) => s + r[col(\"average_order_value\")], 0) / rows.length`.",
      "Do the same for the other three traits; for the hour, `circularMeanHour(rows.map((r) => r[col(\"peak_ordering_time\")]))`.",
      "`deliveryProfiles(customersX, labels, {columns: customersFeatures})` has `.size`, `.mean` and `.hour` to compare with."
    ],
    solution: `const Z = encodeCustomers(customersX, {columns: customersFeatures, hour: "circle"}).data;
const labels = cutTree(hierarchical(Z).merges, {k: 4});
const col = (name) => customersFeatures.indexOf(name);
const mean = (rows, name) => rows.reduce((s, r) => s + r[col(name)], 0) / rows.length;
const profiles = [0, 1, 2, 3].map((c) => {
  const rows = customersX.filter((_, i) => labels[i] === c);
  return {
    size: rows.length,
    average_order_value: mean(rows, "average_order_value"),
    order_frequency: mean(rows, "order_frequency"),
    preferred_cuisine_diversity: mean(rows, "preferred_cuisine_diversity"),
    seasonal_variation: mean(rows, "seasonal_variation"),
    peak_ordering_time: circularMeanHour(rows.map((r) => r[col("peak_ordering_time")]))
  };
});
profiles`,
    check(value, {lib, data}) {
      const ref = lib.deliveryProfiles(data.customers.X, segments(lib, data), {columns: columns(data)});
      if (!Array.isArray(value)) return fail(`end with an array of 4 profiles; the cell ends with ${describe(value)}.`);
      if (value.length !== ref.length) return fail(`you have ${value.length} profiles; there are ${ref.length} segments.`);
      for (let c = 0; c < ref.length; ++c) {
        const p = value[c];
        if (!p || typeof p !== "object") return fail(`profile ${c} should be an object like {size, average_order_value, …}.`);
        if (p.size !== ref[c].size) return fail(`segment ${c} has ${ref[c].size} customer${ref[c].size === 1 ? "" : "s"}; your size is ${p.size}.`);
        for (const t of traits) {
          if (typeof p[t] !== "number") return fail(`segment ${c} has no number for ${t}.`);
          const mean = ref[c].summary.find((s) => s.column === t).mean;
          if (!(Math.abs(p[t] - mean) <= 1e-6)) return fail(`segment ${c}'s mean ${t} is ${mean.toFixed(2)}; yours is ${p[t].toFixed(2)}.`);
        }
        const h = p.peak_ordering_time;
        if (typeof h !== "number" || !Number.isFinite(h)) return fail(`segment ${c} has no number for peak_ordering_time.`);
        if (lib.hourGap(h, ref[c].hour) > 1e-6) return fail(`segment ${c}'s peak hour is ${lib.formatHour(ref[c].hour)} on the clock; yours is ${h.toFixed(2)}. Average hours with circularMeanHour, not the plain mean.`);
      }
      return pass(`four profiles: ${ref.map((p, c) => `segment ${c}, ${p.size} customers, $${p.summary.find((s) => s.column === "average_order_value").mean.toFixed(0)} per order at ${lib.formatHour(p.hour)}`).join("; ")}.`);
    }
  }
];
