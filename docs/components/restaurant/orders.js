// A year of orders summarised by menu tier (sums in orderTallies.js, with Arquero, run in ordersWorker.js): the charts and cards.
import * as d3 from "npm:d3";
import * as Plot from "npm:@observablehq/plot";
import {html} from "npm:htl";
import {count, fixed1, money, percent} from "./format.js";
import {tierScale} from "./tierScale.js";

export {seasons} from "./seasons.js";
export {summariseOrders, tallyOrders} from "./ordersClient.js";

const metrics = {
  revenue: {label: "Revenue", format: money, axis: "$s"},
  quantity: {label: "Plates sold", format: count, axis: "s"},
  rating: {label: "Mean rating (stars)", format: fixed1, axis: ".1f"}
};

/**
 * segmentDots(rows, {width, by, metric, tiers}) → a dot plot: one row per season or age group, one
 * dot per tier (colour and shape), placed by the metric ("revenue", "quantity" or "rating").
 */
export function segmentDots(rows, {width, by, metric, tiers, domain}) {
  const m = metrics[metric];
  const scale = tierScale(tiers);
  const shown = rows.filter((r) => r.orders > 0);
  const zeroBased = metric !== "rating";
  return Plot.plot({
    width,
    height: 40 + 36 * domain.length,
    marginLeft: 70,
    marginRight: 24,
    ariaLabel: `${m.label} per tier by ${by === "season" ? "season" : "age group"}: ${domain
      .map((v) => `${v}: ${shown.filter((r) => r[by] === v).map((r) => `${r.tier} ${m.format(r[metric])}`).join(", ")}`)
      .join("; ")}.`,
    x: {label: `${m.label} →`, grid: true, tickFormat: m.axis, nice: true, ...(zeroBased ? {zero: true} : {})},
    y: {label: null, domain},
    color: {...scale.color, legend: true},
    symbol: scale.symbol,
    marks: [
      Plot.ruleY(domain, {stroke: "currentColor", strokeOpacity: 0.15}),
      Plot.dot(shown, {
        x: metric,
        y: by,
        fill: "tier",
        symbol: "tier",
        r: 6,
        stroke: "var(--theme-background)",
        strokeWidth: 0.75,
        channels: {Orders: "orders"},
        tip: {format: {x: m.format, fill: true, symbol: false}}
      })
    ]
  });
}

/** tierRevenueBars(byTier, {width, tiers}) → horizontal bars of each tier's revenue for the year, with its share. */
export function tierRevenueBars(byTier, {width, tiers}) {
  const total = d3.sum(byTier, (d) => d.revenue);
  const scale = tierScale(tiers);
  return Plot.plot({
    width,
    height: 30 + 32 * tiers.length,
    marginLeft: 80,
    marginRight: 90,
    ariaLabel: `Revenue for the year by tier: ${byTier.map((d) => `${d.tier} ${money(d.revenue)} (${percent(d.revenue / total)})`).join(", ")}.`,
    x: {label: "Revenue →", tickFormat: "$s", grid: true},
    y: {label: null, domain: tiers},
    color: scale.color,
    marks: [
      Plot.barX(byTier, {y: "tier", x: "revenue", fill: "tier", tip: {format: {x: money}}}),
      Plot.text(byTier, {y: "tier", x: "revenue", text: (d) => `${money(d.revenue)} · ${percent(d.revenue / total)}`, dx: 4, textAnchor: "start", fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
}

const monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** monthlyRevenue(byMonth, {width, tiers}) → each tier's revenue month by month, as lines with a symbol per tier. */
export function monthlyRevenue(byMonth, {width, tiers}) {
  const scale = tierScale(tiers);
  const monthName = (d) => monthNames[d.getMonth()];
  const peaks = tiers.map((tier) => {
    const top = d3.greatest(byMonth.filter((r) => r.tier === tier), (r) => r.revenue);
    return `${tier} peaks in ${monthName(top.month)} (${money(top.revenue)})`;
  });
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 44,
    ariaLabel: `Revenue per month by tier over the year. ${peaks.join("; ")}.`,
    x: {label: null, tickFormat: (d) => monthName(d).slice(0, width < 360 ? 1 : 3), ticks: 12},
    y: {label: "↑ Revenue per month", tickFormat: "$s", grid: true, zero: true},
    color: scale.color,
    symbol: scale.symbol,
    marks: [
      Plot.line(byMonth, {x: "month", y: "revenue", stroke: "tier", strokeWidth: 1.5}),
      Plot.dot(byMonth, {x: "month", y: "revenue", fill: "tier", symbol: "tier", r: 3.5, tip: {format: {x: (d) => monthName(d), y: money, fill: true, symbol: false}}})
    ]
  });
}

/** kpiCards(overall, {byTier, outliers}) → the dashboard's headline numbers as cards. */
export function kpiCards(overall, {byTier}) {
  const top = d3.greatest(byTier, (d) => d.revenue);
  const card = (title, value, detail) => html`<div class="card pk-kpi"><h2>${title}</h2><span class="big">${value}</span><p>${detail}</p></div>`;
  return html`<div class="grid grid-cols-4 pk-kpis">
    ${card("Revenue, year", money(overall.revenue), `${money(overall.revenue / 12)} a month on average`)}
    ${card("Orders", count(overall.orders), `${fixed1(overall.quantity / overall.orders)} plates per order`)}
    ${card("Plates sold", count(overall.quantity), `${money(overall.revenue / overall.quantity)} per plate`)}
    ${card("Mean rating", `${fixed1(overall.rating)} ★`, top ? `${top.tier} earns most: ${percent(top.revenue / overall.revenue)} of revenue` : "")}
  </div>`;
}
