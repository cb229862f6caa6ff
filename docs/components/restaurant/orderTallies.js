// A year of orders summed by menu item and then by tier, with Arquero's verbs: revenue derived per
// order, groupby + rollup per item (overall, by season, by age group, by month), then the same sums
// regrouped by tier whenever the tiers change. Empty combinations (a tier never ordered in a season)
// come back as zeros.
import * as aq from "npm:arquero";

import {seasons} from "./seasons.js";

const {op} = aq;
const months = Array.from({length: 12}, (_, m) => m);

const perOrder = {orders: op.count(), quantity: op.sum("quantity"), revenue: op.sum("revenue"), ratingSum: op.sum("rating")};
const perGroup = {orders: op.sum("orders"), quantity: op.sum("quantity"), revenue: op.sum("revenue"), ratingSum: op.sum("ratingSum")};

/**
 * tallyOrders(orders, {priceOf}) → the orders summed per menu item (revenue = price × quantity),
 * overall and by season, age group and month: Arquero tables. Done once: the tiers change with every
 * setting, the items don't.
 */
export function tallyOrders(orders, {priceOf}) {
  const stray = orders.find((o) => !Number.isFinite(priceOf.get(o.item)));
  if (stray) throw new RangeError(`order ${stray.order_id} is for “${stray.item}”, which is not on the menu`);
  const table = aq.from(orders).derive({
    revenue: aq.escape((d) => priceOf.get(d.item) * d.quantity),
    month: aq.escape((d) => (d.order_time instanceof Date ? d.order_time : new Date(d.order_time)).getMonth())
  });
  const ages = Array.from(new Set(table.array("age_group"))).sort();
  const by = (...keys) => table.groupby("item", ...keys).rollup(perOrder);
  return {ages, items: {all: by(), season: by("season"), age_group: by("age_group"), month: by("month")}};
}

/** Revenue, plates, orders and mean rating of summed counts (zeros where nothing was ordered). */
function totals(r) {
  const orders = r?.orders ?? 0;
  return {orders, quantity: r?.quantity ?? 0, revenue: r?.revenue ?? 0, rating: orders > 0 ? r.ratingSum / orders : NaN};
}

/** The per-item sums of `table` regrouped by `keys`, as a Map from the key values (joined) to the sums. */
function regroup(table, keys, tierOf) {
  const rows = table.derive({tier: aq.escape((d) => tierOf.get(d.item))}).groupby(...keys).rollup(perGroup).objects();
  return new Map(rows.map((r) => [keys.map((k) => r[k]).join("\u0000"), r]));
}

/**
 * summariseOrders(tallies, {tierOf, tiers}) → the orders summarised by tier: overall totals, per tier,
 * per tier and season, per tier and age group, per tier and month. `tallies` come from tallyOrders.
 */
export function summariseOrders({ages, items}, {tierOf, tiers}) {
  const unknown = items.all.array("item").find((item) => !tiers.includes(tierOf.get(item)));
  if (unknown !== undefined) throw new RangeError(`“${unknown}” has orders but no tier`);
  const key = (...values) => values.join("\u0000");
  const overall = items.all.rollup(perGroup).objects()[0];
  const byTier = regroup(items.all, ["tier"], tierOf);
  const bySeason = regroup(items.season, ["tier", "season"], tierOf);
  const byAge = regroup(items.age_group, ["tier", "age_group"], tierOf);
  const byMonth = regroup(items.month, ["tier", "month"], tierOf);
  const seasonAll = new Map(items.season.groupby("season").rollup(perGroup).objects().map((r) => [r.season, r]));
  const ageAll = new Map(items.age_group.groupby("age_group").rollup(perGroup).objects().map((r) => [r.age_group, r]));
  return {
    overall: totals(overall),
    byTier: tiers.map((tier) => ({tier, ...totals(byTier.get(key(tier)))})),
    bySeason: tiers.flatMap((tier) => seasons.map((season) => ({tier, season, ...totals(bySeason.get(key(tier, season)))}))),
    byAge: tiers.flatMap((tier) => ages.map((age_group) => ({tier, age_group, ...totals(byAge.get(key(tier, age_group)))}))),
    byMonth: tiers.flatMap((tier) => months.map((m) => ({tier, month: new Date(2024, m, 1), ...totals(byMonth.get(key(tier, m)))}))),
    seasonTotals: seasons.map((season) => ({season, ...totals(seasonAll.get(season))})),
    ageTotals: ages.map((age_group) => ({age_group, ...totals(ageAll.get(age_group))})),
    ages
  };
}
