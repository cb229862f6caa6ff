// A year of orders for the restaurant menu, following the seed's OrderData model (menu item,
// quantity, customer rating, order time, customer age group, season). Seeded: the same seed
// always gives the same year. Each dish has its own popularity, typical party size and rating,
// shifted by season, meal (lunch or dinner) and the customer's age group, so the orders carry
// patterns worth finding rather than uniform noise.
import {randomSource} from "../src/core/random.js";
import {restaurantMenu} from "./restaurantMenu.js";

export const seasons = ["Winter", "Spring", "Summer", "Autumn"] as const;
export type Season = (typeof seasons)[number];
export const ageGroups = ["18-24", "25-34", "35-49", "50-64", "65+"] as const;
export type AgeGroup = (typeof ageGroups)[number];

export interface Order {
  order_id: number;
  item: string;
  quantity: number;
  /** Stars from 1 to 5. */
  rating: number;
  /** Local restaurant time, "YYYY-MM-DDTHH:MM". */
  order_time: string;
  age_group: AgeGroup;
  season: Season;
}

interface DishProfile {
  /** Relative number of orders. */
  popularity: number;
  /** Mean stars and their spread. */
  rating: number;
  ratingSd: number;
  /** Mean plates per order (≥ 1). */
  quantity: number;
  /** Share of the dish's orders placed at lunch. */
  lunch: number;
  /** Multipliers of popularity by season (Winter, Spring, Summer, Autumn). */
  season: [number, number, number, number];
  /** Multipliers of popularity by age group (18-24 … 65+). */
  age: [number, number, number, number, number];
}

// Hand-set so that the cheap, quick dishes sell most, the rich dishes sell in winter and to
// older guests, and the Chef's Challenge is a rare, polarising order favoured by the young.
const profiles: Record<string, DishProfile> = {
  "Italian Pasta": {popularity: 1.3, rating: 4.2, ratingSd: 0.7, quantity: 1.5, lunch: 0.45, season: [1, 1, 0.9, 1.1], age: [1.1, 1.1, 1.2, 0.9, 0.9]},
  "Indian Curry": {popularity: 1.05, rating: 4.3, ratingSd: 0.7, quantity: 1.3, lunch: 0.3, season: [1.25, 1, 0.8, 1.1], age: [1.1, 1.2, 1, 0.9, 0.7]},
  "Caesar Salad": {popularity: 1.0, rating: 3.8, ratingSd: 0.8, quantity: 1.1, lunch: 0.7, season: [0.6, 1.1, 1.5, 0.9], age: [0.9, 1.1, 1.1, 1.1, 1.2]},
  "Vindaloo Curry": {popularity: 0.55, rating: 4.0, ratingSd: 1.0, quantity: 1.2, lunch: 0.2, season: [1.3, 1, 0.8, 1.1], age: [1.6, 1.3, 0.9, 0.6, 0.3]},
  "Margherita Pizza": {popularity: 1.5, rating: 4.1, ratingSd: 0.7, quantity: 1.7, lunch: 0.4, season: [1, 1, 1.1, 1], age: [1.4, 1.2, 1.1, 0.8, 0.7]},
  "Club Sandwich": {popularity: 1.0, rating: 3.6, ratingSd: 0.8, quantity: 1.1, lunch: 0.8, season: [0.9, 1, 1.2, 1], age: [1, 1.1, 1.1, 1, 0.9]},
  "Fish Tacos": {popularity: 0.8, rating: 4.0, ratingSd: 0.8, quantity: 1.4, lunch: 0.35, season: [0.7, 1.1, 1.4, 0.9], age: [1.4, 1.3, 1, 0.7, 0.5]},
  "Mushroom Risotto": {popularity: 0.7, rating: 4.5, ratingSd: 0.6, quantity: 1.2, lunch: 0.3, season: [1.1, 0.9, 0.7, 1.4], age: [0.7, 0.9, 1.1, 1.2, 1.3]},
  "Coq au Vin": {popularity: 0.45, rating: 4.6, ratingSd: 0.5, quantity: 1.3, lunch: 0.1, season: [1.4, 0.9, 0.6, 1.2], age: [0.4, 0.7, 1.1, 1.5, 1.7]},
  "Chocolate Cake": {popularity: 1.2, rating: 4.4, ratingSd: 0.6, quantity: 1.9, lunch: 0.35, season: [1.2, 1, 0.9, 1], age: [1.2, 1, 1.1, 0.9, 1]},
  "Chef's Challenge": {popularity: 0.12, rating: 3.4, ratingSd: 1.3, quantity: 1.05, lunch: 0.05, season: [1, 1, 1, 1], age: [2.2, 1.4, 0.8, 0.4, 0.1]}
};

const ageShares = [0.16, 0.28, 0.27, 0.19, 0.1];
// Busier at the weekend: Sunday … Saturday.
const weekdayVolume = [1.1, 0.7, 0.8, 0.85, 1, 1.4, 1.5];
// Slightly busier in summer and December.
const monthVolume = [0.85, 0.85, 0.95, 1, 1.05, 1.1, 1.15, 1.15, 1, 0.95, 0.95, 1.2];

/** Meteorological seasons of the northern hemisphere. */
export function seasonOf(month: number): Season {
  return seasons[Math.floor(((month + 1) % 12) / 3)];
}

function pick(random: () => number, weights: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < weights.length; ++i) total += weights[i];
  let u = random() * total;
  for (let i = 0; i < weights.length; ++i) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

function normal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm finite.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Generates `count` orders over the days of `year`, sorted by time, from a seeded random source. */
export function generateOrders({count = 5000, year = 2024, seed = 2024} = {}): Order[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count = ${count}; the number of orders must be a positive whole number`);
  const random = randomSource(seed);
  const menu = restaurantMenu();
  const items = menu.map((m) => {
    const profile = profiles[m.name];
    if (!profile) throw new RangeError(`no order profile for the menu item ${m.name}`);
    return {name: m.name, ...profile};
  });
  const days: Date[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d = new Date(d.getTime() + 86_400_000)) days.push(d);
  const dayWeights = days.map((d) => weekdayVolume[d.getUTCDay()] * monthVolume[d.getUTCMonth()]);
  const orders: (Order & {minute: number})[] = [];
  for (let i = 0; i < count; ++i) {
    const day = days[pick(random, dayWeights)];
    const month = day.getUTCMonth();
    const season = seasonOf(month);
    const s = seasons.indexOf(season);
    const lunch = random() < 0.38;
    // Lunch 11:30–14:30, dinner 17:30–22:00, peaking at 12:45 and 19:30.
    const minute = Math.round(lunch ? 765 + 40 * normal(random) : 1170 + 55 * normal(random));
    const clamped = lunch ? Math.min(870, Math.max(690, minute)) : Math.min(1320, Math.max(1050, minute));
    const a = pick(random, ageShares);
    const weights = items.map((it) => it.popularity * it.season[s] * it.age[a] * (lunch ? it.lunch : 1 - it.lunch));
    const item = items[pick(random, weights)];
    let quantity = 1;
    const more = (item.quantity - 1) / item.quantity;
    while (quantity < 8 && random() < more) ++quantity;
    // Older guests rate a touch more generously; every rating is a whole number of stars.
    const stars = item.rating + 0.08 * (a - 2) + item.ratingSd * normal(random);
    const rating = Math.min(5, Math.max(1, Math.round(stars)));
    const date = `${day.getUTCFullYear()}-${pad(month + 1)}-${pad(day.getUTCDate())}`;
    orders.push({
      order_id: 0,
      item: item.name,
      quantity,
      rating,
      order_time: `${date}T${pad(Math.floor(clamped / 60))}:${pad(clamped % 60)}`,
      age_group: ageGroups[a],
      season,
      minute: clamped
    });
  }
  orders.sort((x, y) => (x.order_time < y.order_time ? -1 : x.order_time > y.order_time ? 1 : 0));
  return orders.map(({minute: _minute, ...o}, i) => ({...o, order_id: i + 1}));
}

const columns = ["order_id", "item", "quantity", "rating", "order_time", "age_group", "season"] as const;

/** The orders as CSV text (item names quoted where they need it). */
export function ordersCsv(orders: Order[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [columns.join(","), ...orders.map((o) => columns.map((c) => cell(o[c])).join(","))].join("\n") + "\n";
}
