// Findings stated in sentences, each with its numbers, generated from the dashboard's results.
import * as d3 from "npm:d3";
import {html} from "npm:htl";
import {count, featureLabel, fixed1, list, money, percent, plural} from "./format.js";

/**
 * insights({tiers, tierRows, summary, pcaRatios, pcaReading, outliers}) → finding sentences (plain strings).
 * `tierRows` are the tiers cheapest first with their dishes; `summary` comes from summariseOrders.
 */
export function insights({tiers, tierRows, summary, pcaRatios, pcaTop, outliers}) {
  const out = [];
  const {overall, byTier, bySeason, byAge, ages} = summary;
  const dishCount = d3.sum(tierRows, (r) => r.dishes.length);
  // Revenue share against menu share, for the tier whose share of revenue differs most from its share of dishes.
  const lever = d3.greatest(byTier, (t) => Math.abs(t.revenue / overall.revenue - tierRows.find((r) => r.tier === t.tier).dishes.length / dishCount));
  if (lever) {
    const n = tierRows.find((r) => r.tier === lever.tier).dishes.length;
    out.push(
      `${lever.tier} (${plural(n, "dish", "dishes")} of ${dishCount}) earns ${percent(lever.revenue / overall.revenue)} of the year's revenue: ${money(lever.revenue)} of ${money(overall.revenue)}.`
    );
  }
  const plates = d3.greatest(byTier, (t) => t.quantity);
  if (plates) out.push(`${plates.tier} dishes sell the most plates: ${count(plates.quantity)} of ${count(overall.quantity)} (${percent(plates.quantity / overall.quantity)}).`);
  const rated = byTier.filter((t) => t.orders > 0);
  const best = d3.greatest(rated, (t) => t.rating);
  const worst = d3.least(rated, (t) => t.rating);
  if (best && worst && best !== worst) {
    out.push(`${best.tier} dishes are rated highest, ${fixed1(best.rating)} stars on average, against ${fixed1(worst.rating)} for ${worst.tier}.`);
  }
  // The tier with the widest swing between its best and worst season (among tiers with enough orders to tell).
  const swings = tiers
    .filter((tier) => byTier.find((t) => t.tier === tier).orders >= 200)
    .map((tier) => {
      const rows = bySeason.filter((r) => r.tier === tier && r.revenue > 0);
      const hi = d3.greatest(rows, (r) => r.revenue);
      const lo = d3.least(rows, (r) => r.revenue);
      return hi && lo ? {tier, hi, lo, ratio: hi.revenue / lo.revenue} : null;
    })
    .filter(Boolean);
  const swing = d3.greatest(swings, (s) => s.ratio);
  if (swing && swing.ratio > 1.05) {
    out.push(
      `${swing.tier} revenue is most seasonal: ${money(swing.hi.revenue)} in ${swing.hi.season} against ${money(swing.lo.revenue)} in ${swing.lo.season} (${percent(swing.ratio - 1)} more).`
    );
  }
  // Age groups: who spends the largest share on the dearest and on the cheapest tier.
  const share = (age, tier) => {
    const total = d3.sum(byAge.filter((r) => r.age_group === age), (r) => r.revenue);
    const part = byAge.find((r) => r.age_group === age && r.tier === tier)?.revenue ?? 0;
    return total > 0 ? part / total : 0;
  };
  const dearest = tiers[tiers.length - 1];
  const cheapest = tiers[0];
  if (tiers.length > 1 && ages.length > 1) {
    const hi = d3.greatest(ages, (a) => share(a, dearest));
    const lo = d3.least(ages, (a) => share(a, dearest));
    out.push(`Guests aged ${hi} spend ${percent(share(hi, dearest))} of their bill on ${dearest} dishes; guests aged ${lo} spend ${percent(share(lo, dearest))}.`);
    const budgetFan = d3.greatest(ages, (a) => share(a, cheapest));
    out.push(`${cheapest} dishes take the largest share of spending among guests aged ${budgetFan}: ${percent(share(budgetFan, cheapest))}.`);
  }
  if (pcaRatios.length > 1) {
    const two = pcaRatios[0] + pcaRatios[1];
    out.push(`Two components explain ${percent(two)} of the differences between dishes; the first alone, ${percent(pcaRatios[0])}${pcaTop.length ? `, and it is driven by ${list(pcaTop.map(featureLabel))}` : ""}.`);
  }
  if (outliers.length) {
    out.push(`DBSCAN flags ${plural(outliers.length, "dish", "dishes")} as unusual: ${outliers.map((o) => `${o.name} (${o.reasons[0]})`).join("; ")}.`);
  } else {
    out.push("DBSCAN flags no dish as unusual at these settings.");
  }
  return out;
}

/** insightList(sentences) → the sentences as a list (text only: htl escapes every value). */
export function insightList(sentences) {
  return html`<ul class="pk-insights">${sentences.map((s) => html`<li>${s}</li>`)}</ul>`;
}
