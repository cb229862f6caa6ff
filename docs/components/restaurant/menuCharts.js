// The menu's tiers: a scatter of the dishes in their natural units and a table of the tiers.
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {count, featureLabel, fixed1, money, price} from "./format.js";
import {tierScale} from "./tierScale.js";
import {labelledPlot} from "./labels.js";

/**
 * tierScatter(dishes, {width, tiers}) → dishes placed by price and prep time, coloured and shaped by tier.
 * `dishes` carry {name, price, prep_time, calories, tier}; `tiers` are the tier names cheapest first.
 */
export function tierScatter(dishes, {width, tiers, features = []} = {}) {
  const scale = tierScale(tiers);
  const summary = tiers.map((t) => `${t}: ${dishes.filter((d) => d.tier === t).map((d) => d.name).join(", ")}`).join("; ");
  const options = {
    width,
    height: Math.max(300, Math.min(400, width * 0.75)),
    marginRight: 20,
    inset: 12,
    ariaLabel: `Scatter of the ${dishes.length} dishes by price (x) and prep time (y), in ${tiers.length} tiers found by k-means on ${features.map(featureLabel).join(", ")}. ${summary}.`,
    x: {label: "Price ($) →", grid: true, nice: true},
    y: {label: "↑ Prep time (min)", grid: true, nice: true},
    color: {...scale.color, legend: true},
    symbol: scale.symbol,
    marks: [
      Plot.dot(dishes, {
        x: "price",
        y: "prep_time",
        fill: "tier",
        symbol: "tier",
        r: 7,
        stroke: "var(--theme-background)",
        strokeWidth: 0.75,
        channels: {Dish: "name", Calories: "calories", Cuisine: "cuisine"},
        tip: {format: {x: (v) => price(v), y: (v) => `${v} min`, fill: true, symbol: false}}
      })
    ]
  };
  return width >= 280 ? labelledPlot(options, dishes, {x: "price", y: "prep_time", text: "name", fontSize: width >= 420 ? 10 : 9}) : Plot.plot(options);
}

/**
 * tierTable(rows, {tiers}) → a table with one row per tier, cheapest first: its dishes and their means.
 * `rows` are {tier, dishes: string[], price, prep_time, calories, spice_level, revenue, quantity, rating}.
 */
export function tierTable(rows, {tiers}) {
  const scale = tierScale(tiers);
  const swatch = (t) => {
    const i = tiers.indexOf(t);
    return html`<svg width="12" height="12" viewBox="-6 -6 12 12" aria-hidden="true"><path d=${symbolPath(scale.symbol.range[i])} fill=${scale.color.range[i]}></path></svg>`;
  };
  return html`<div class="pk-table-scroll"><table class="pk-tier-table">
    <caption>Tiers from the cheapest centre to the dearest: the mean of their dishes, then a year of their orders.</caption>
    <thead><tr><th scope="col">Tier</th><th scope="col" class="num">Price</th><th scope="col" class="num pk-col-prep">Prep</th><th scope="col" class="num pk-col-detail">kcal</th><th scope="col" class="num pk-col-detail">Spice</th><th scope="col" class="num">Revenue</th><th scope="col" class="num">Rating</th></tr></thead>
    ${rows.map(
      (r) => html`<tbody data-tier=${r.tier} data-mean-price=${r.price.toFixed(4)}><tr>
        <th scope="row">${swatch(r.tier)} ${r.tier}</th>
        <td class="num">${price(r.price)}</td>
        <td class="num pk-col-prep">${Math.round(r.prep_time)} min</td>
        <td class="num pk-col-detail">${count(Math.round(r.calories))}</td>
        <td class="num pk-col-detail">${fixed1(r.spice_level)}</td>
        <td class="num">${money(r.revenue)}</td>
        <td class="num">${fixed1(r.rating)} ★</td>
      </tr><tr class="pk-tier-dishes"><td colspan="7" data-dishes=${r.dishes.join("|")}>${r.dishes.length} ${r.dishes.length === 1 ? "dish" : "dishes"}: ${r.dishes.join(", ")}</td></tr></tbody>`
    )}
  </table></div>`;
}

// Small SVG paths for the legend swatches of the table, matching Plot's symbols (radius ≈ 4.5).
function symbolPath(name) {
  switch (name) {
    case "circle":
      return "M4.5,0A4.5,4.5,0,1,1,-4.5,0A4.5,4.5,0,1,1,4.5,0";
    case "square":
      return "M-4,-4h8v8h-8Z";
    case "triangle":
      return "M0,-5L4.8,4H-4.8Z";
    case "diamond":
      return "M0,-5.5L4,0L0,5.5L-4,0Z";
    case "star":
      return "M0,-5.5L1.3,-1.8L5.2,-1.7L2.1,0.7L3.2,4.4L0,2.2L-3.2,4.4L-2.1,0.7L-5.2,-1.7L-1.3,-1.8Z";
    case "wye":
      return "M-1,-5h2v3.5l3,1.7l-1,1.7l-3,-1.7l-3,1.7l-1,-1.7l3,-1.7Z";
    default:
      return "M-4,-1.2h8v2.4h-8Z";
  }
}
