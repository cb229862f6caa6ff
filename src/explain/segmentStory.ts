// Names, business insights, marketing recommendations and personalised messages for food-delivery
// customer segments, generated from each segment's standardized profile by explicit rules, so the
// words follow the numbers whatever k, linkage or scaling produced the segments.
import {circularMeanHour, formatHour, hourArc, wrapHour} from "../preprocessing/circularHour.js";

/** The four numeric traits a story reads (the hour is read as a time of day, not as a z-score). */
export type DeliveryTrait = "value" | "frequency" | "diversity" | "seasonality";

/** When a segment orders, from the circular mean of its members' peak hours. */
export type Daypart = "breakfast" | "lunch" | "afternoon" | "evening" | "late-night" | "mixed";

/** Which column of the data holds each trait; the defaults are the seed's column names. */
export interface DeliveryColumns {
  value?: string;
  frequency?: string;
  diversity?: string;
  seasonality?: string;
  hour?: string;
}

const defaultColumns: Required<DeliveryColumns> = {
  value: "average_order_value",
  frequency: "order_frequency",
  diversity: "preferred_cuisine_diversity",
  seasonality: "seasonal_variation",
  hour: "peak_ordering_time"
};

const traits: DeliveryTrait[] = ["value", "frequency", "diversity", "seasonality"];

/** Mean, minimum and maximum of one column in one segment (for the hour: circular mean and the clock arc). */
export interface ColumnSummary {
  column: string;
  mean: number;
  min: number;
  max: number;
}

/** What a story is generated from: one segment compared with every customer. */
export interface DeliveryProfile {
  /** Customers in the segment. */
  size: number;
  /** size / all customers. */
  share: number;
  /** (segment mean − overall mean) / overall population std, per trait; 0 for a constant column. */
  z: Record<DeliveryTrait, number>;
  /** Segment means per trait. */
  mean: Record<DeliveryTrait, number>;
  /** Circular mean of the members' peak hours, in [0, 24); NaN when it is undefined. */
  hour: number;
  /** Length in hours of the shortest stretch of the clock holding every member's peak hour. */
  hourSpread: number;
  /** Mean over members of value × frequency: order value per customer per month. */
  monthlySpend: number;
  /** The same over every customer. */
  overallMonthlySpend: number;
  /** The segment's part of all customers' monthly order value, in [0, 1]. */
  revenueShare: number;
  /** Mean, min and max of every column, in the data's column order. */
  summary: ColumnSummary[];
}

/** Options of {@link deliveryProfiles}. */
export interface DeliveryProfilesOptions {
  /** Column names of X, in order; required. */
  columns: string[];
  /** Which column holds which trait; defaults to the seed's names. */
  roles?: DeliveryColumns;
}

/**
 * One {@link DeliveryProfile} per segment label 0 … max(labels), from the raw (unscaled) customer
 * rows, so the profile and everything generated from it do not depend on how the clustering scaled them.
 */
export function deliveryProfiles(X: number[][], labels: ArrayLike<number>, {columns, roles = {}}: DeliveryProfilesOptions): DeliveryProfile[] {
  if (!Array.isArray(columns)) throw new TypeError("deliveryProfiles needs {columns}: the names of the data's columns");
  if (!Array.isArray(X) || X.length === 0) throw new RangeError("deliveryProfiles needs at least one customer row");
  if (labels.length !== X.length) throw new RangeError(`there are ${labels.length} labels for ${X.length} customers; give one label per customer`);
  const role = {...defaultColumns};
  for (const [key, column] of Object.entries(roles) as [keyof DeliveryColumns, string | undefined][]) if (column !== undefined) role[key] = column;
  const index = {} as Record<keyof DeliveryColumns, number>;
  for (const key of [...traits, "hour"] as const) {
    index[key] = columns.indexOf(role[key]);
    if (index[key] < 0) throw new RangeError(`no column "${role[key]}" for the ${key} trait; the data has ${columns.join(", ")}`);
  }
  const n = X.length;
  let k = 0;
  for (let i = 0; i < n; ++i) {
    const l = labels[i];
    if (!Number.isInteger(l) || l < 0) throw new RangeError(`label ${l} of customer ${i + 1} must be a non-negative integer`);
    k = Math.max(k, l + 1);
  }
  const column = (j: number, rows: number[][]) => rows.map((row) => row[j]);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const overall = {} as Record<DeliveryTrait, {mean: number; std: number}>;
  for (const t of traits) {
    const values = column(index[t], X);
    const m = mean(values);
    overall[t] = {mean: m, std: Math.sqrt(mean(values.map((v) => (v - m) ** 2)))};
  }
  const spend = X.map((row) => row[index.value] * row[index.frequency]);
  const totalSpend = spend.reduce((a, b) => a + b, 0);
  const profiles: DeliveryProfile[] = [];
  for (let c = 0; c < k; ++c) {
    const members = X.map((_, i) => i).filter((i) => labels[i] === c);
    if (members.length === 0) throw new RangeError(`segment ${c} has no customers; labels must run 0 … k − 1 without gaps`);
    const rows = members.map((i) => X[i]);
    const hours = column(index.hour, rows);
    const arc = hourArc(hours);
    const segmentMean = {} as Record<DeliveryTrait, number>;
    const z = {} as Record<DeliveryTrait, number>;
    for (const t of traits) {
      segmentMean[t] = mean(column(index[t], rows));
      z[t] = overall[t].std > 1e-12 ? (segmentMean[t] - overall[t].mean) / overall[t].std : 0;
    }
    const segmentSpend = members.reduce((a, i) => a + spend[i], 0);
    profiles.push({
      size: members.length,
      share: members.length / n,
      z,
      mean: segmentMean,
      hour: circularMeanHour(hours),
      hourSpread: arc.length,
      monthlySpend: segmentSpend / members.length,
      overallMonthlySpend: totalSpend / n,
      revenueShare: totalSpend > 0 ? segmentSpend / totalSpend : 0,
      summary: columns.map((name, j) => {
        const values = column(j, rows);
        return j === index.hour
          ? {column: name, mean: circularMeanHour(values), min: arc.from, max: arc.to}
          : {column: name, mean: mean(values), min: Math.min(...values), max: Math.max(...values)};
      })
    });
  }
  return profiles;
}

/**
 * The time of day of a segment: "mixed" when its members' peak hours spread over more than
 * `maxSpread` hours of the clock (or have no mean direction); otherwise by the circular mean hour:
 * breakfast [5, 11), lunch [11, 15), afternoon [15, 17), evening [17, 21), late-night [21, 5).
 */
export function daypart(hour: number, spread = 0, maxSpread = 4): Daypart {
  if (!Number.isFinite(hour) || spread > maxSpread) return "mixed";
  const h = wrapHour(hour);
  if (h >= 5 && h < 11) return "breakfast";
  if (h >= 11 && h < 15) return "lunch";
  if (h >= 15 && h < 17) return "afternoon";
  if (h >= 17 && h < 21) return "evening";
  return "late-night";
}

/** A trait on which a segment differs from everyone by at least the threshold. */
export interface StoryTrait {
  trait: DeliveryTrait;
  direction: "high" | "low";
  z: number;
}

/** One generated sentence and the rule that produced it (e.g. "value-high", "time-lunch"). */
export interface StoryLine {
  rule: string;
  text: string;
}

/** Result of {@link segmentStory}. */
export interface SegmentStory {
  name: string;
  daypart: Daypart;
  /** Traits with |z| ≥ threshold, strongest first. */
  traits: StoryTrait[];
  /** Traits the name is made of. */
  nameTraits: DeliveryTrait[];
  insights: StoryLine[];
  recommendations: StoryLine[];
}

/** Options of {@link segmentStory}. */
export interface SegmentStoryOptions {
  /** Smallest |z| that counts as a trait; defaults to 0.5 standard deviations. */
  threshold?: number;
  /** Widest spread of peak hours, in hours, that still counts as one time of day; defaults to 4. */
  maxHourSpread?: number;
}

const money = (x: number) => `$${x.toFixed(2)}`;
const round1 = (x: number) => (Math.round(x * 10) / 10).toString();
const sd = (z: number) => `${Math.abs(z).toFixed(1)} standard deviation${Math.abs(z).toFixed(1) === "1.0" ? "" : "s"} ${z > 0 ? "above" : "below"} the average customer`;

/** Rules, strongest trait first: each (trait, direction) has one insight and one recommendation. */
function traitLines(t: StoryTrait, p: DeliveryProfile): {insight: string; recommendation: string} {
  const m = p.mean;
  const key = `${t.trait}-${t.direction}` as const;
  switch (key) {
    case "value-high":
      return {
        insight: `Big baskets: ${money(m.value)} per order on average, ${sd(t.z)}. Each customer lost here costs the most revenue.`,
        recommendation: `Protect and reward them: a premium tier with priority couriers and free delivery on orders over ${money(Math.floor(m.value / 5) * 5)}, plus early access to new high-end restaurants.`
      };
    case "value-low":
      return {
        insight: `Small baskets: ${money(m.value)} per order on average, ${sd(t.z)}. They are price-sensitive; delivery fees weigh heavily on an order this size.`,
        recommendation: `Sell on price, then lift the basket: meal deals around ${money(Math.ceil(m.value))}, and a free-delivery threshold a little above their usual order (about ${money(Math.ceil(m.value * 1.25))}).`
      };
    case "frequency-high":
      return {
        insight: `A habit: ${round1(m.frequency)} orders a month, ${sd(t.z)}. They already think of the app first.`,
        recommendation: `Lock in the habit with a delivery pass (one monthly fee, free delivery on every order), priced below what ${Math.round(m.frequency)} delivery fees a month would cost them.`
      };
    case "frequency-low":
      return {
        insight: `Occasional: ${round1(m.frequency)} orders a month, ${sd(t.z)}. The biggest upside is getting them to order more often.`,
        recommendation: `Win them back: a reminder with a small, time-limited discount shortly before their usual ordering time, measured against a group that gets no offer.`
      };
    case "diversity-high":
      return {
        insight: `Explorers: ${round1(m.diversity)} different cuisines on average, ${sd(t.z)}. New restaurants are a reason for them to open the app.`,
        recommendation: `Feed their curiosity: "new near you" notifications and a monthly discovery offer at restaurants in cuisines they haven't ordered yet.`
      };
    case "diversity-low":
      return {
        insight: `Loyal to a favourite: ${round1(m.diversity)} cuisine${round1(m.diversity) === "1" ? "" : "s"} on average, ${sd(t.z)}. They know what they want.`,
        recommendation: `Make the favourite effortless: one-tap reorder, and suggestions from other restaurants in the cuisine they already choose.`
      };
    case "seasonality-high":
      return {
        insight: `Seasonal: their ordering swings between seasons (${round1(m.seasonality)} on the variation scale, ${sd(t.z)}). Expect peaks and lulls in their demand.`,
        recommendation: `Time campaigns to their season: seasonal menus ahead of their busy months, and a come-back offer when their orders usually drop.`
      };
    case "seasonality-low":
      return {
        insight: `Steady all year (${round1(m.seasonality)} on the seasonal variation scale, ${sd(t.z)}): a dependable base for forecasting demand and staffing couriers.`,
        recommendation: `Keep them with an always-on loyalty reward rather than seasonal pushes; they are the right group to test changes on, because their baseline is stable.`
      };
    default: {
      const never: never = key;
      throw new RangeError(`unknown trait: ${never}`);
    }
  }
}

function timeLines(part: Daypart, p: DeliveryProfile): {insight: string; recommendation: string} {
  const at = Number.isFinite(p.hour) ? formatHour(p.hour) : "";
  const before = Number.isFinite(p.hour) ? formatHour(p.hour - 1) : "";
  switch (part) {
    case "breakfast":
      return {insight: `Morning orderers (around ${at}): breakfast or coffee on the way to work.`, recommendation: `Breakfast bundles and pre-orders the night before, promoted around ${before}.`};
    case "lunch":
      return {insight: `Lunch orderers (around ${at}): most likely weekday meals at work, short on time.`, recommendation: `Weekday lunch deals pushed around ${before}, guaranteed delivery slots, and group ordering for offices.`};
    case "afternoon":
      return {insight: `Afternoon orderers (around ${at}): snacks and late lunches, a quiet time for couriers.`, recommendation: `Fill the quiet hours: afternoon snack and coffee offers around ${before}, when spare courier capacity makes delivery cheap.`};
    case "evening":
      return {insight: `Dinner orderers (around ${at}): the busiest delivery hours of the day.`, recommendation: `Dinner bundles (mains and sides for two or more), with the offer sent around ${before}, an hour before they usually order.`};
    case "late-night":
      return {insight: `Late-night orderers (around ${at}): few restaurants are open and competition for them is thin.`, recommendation: `Keep late-night restaurants and couriers available after 21:00 and promote a late-night menu around ${before}.`};
    case "mixed":
      return {
        insight: `No single ordering time: their peak hours spread over ${Math.round(p.hourSpread)} hours of the day.`,
        recommendation: `Time each offer by the customer's own peak hour, not the segment's (the messages below do).`
      };
    default: {
      const never: never = part;
      throw new RangeError(`unknown daypart: ${never}`);
    }
  }
}

const valueWord = {high: "premium", low: "budget", none: "mid-range"};
const timeWord: Record<Daypart, string> = {breakfast: "breakfast", lunch: "lunch", afternoon: "afternoon", evening: "dinner", "late-night": "late-night", mixed: ""};
const nounWord = {"frequency-high": "regulars", "frequency-low": "occasional orderers", "diversity-high": "explorers", "diversity-low": "loyalists"};
const seasonWord = {high: "seasonal", low: "year-round"};

/**
 * The story of one segment, by rule from its profile:
 * - name: [seasonal | year-round, when seasonality is its strongest trait] + premium | budget | mid-range
 *   (order value) + breakfast | lunch | afternoon | dinner | late-night (time of day, nothing when mixed)
 *   + regulars | occasional orderers | explorers | loyalists (the stronger of frequency and cuisine
 *   diversity) or "customers";
 * - insights: monthly spend and share of revenue, then one line per trait (strongest first), the
 *   time of day, and a line for big-but-rare or small-but-often baskets;
 * - recommendations: one per trait, one for the time of day, and "test, don't assume" when no trait stands out.
 */
export function segmentStory(profile: DeliveryProfile, {threshold = 0.5, maxHourSpread = 4}: SegmentStoryOptions = {}): SegmentStory {
  if (!(threshold > 0)) throw new RangeError(`threshold = ${threshold}; it must be a positive number of standard deviations`);
  const found: StoryTrait[] = traits
    .filter((t) => Number.isFinite(profile.z[t]) && Math.abs(profile.z[t]) >= threshold)
    .map((t) => ({trait: t, direction: profile.z[t] > 0 ? ("high" as const) : ("low" as const), z: profile.z[t]}))
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || traits.indexOf(a.trait) - traits.indexOf(b.trait));
  const part = daypart(profile.hour, profile.hourSpread, maxHourSpread);
  const has = (trait: DeliveryTrait) => found.find((t) => t.trait === trait);

  const nameTraits: DeliveryTrait[] = [];
  const words: string[] = [];
  const lead = found[0];
  if (lead?.trait === "seasonality") {
    words.push(seasonWord[lead.direction]);
    nameTraits.push("seasonality");
  }
  const value = has("value");
  words.push(valueWord[value?.direction ?? "none"]);
  if (value) nameTraits.push("value");
  if (timeWord[part]) words.push(timeWord[part]);
  const noun = found.find((t) => t.trait === "frequency" || t.trait === "diversity");
  if (noun) {
    words.push(nounWord[`${noun.trait}-${noun.direction}` as keyof typeof nounWord]);
    nameTraits.push(noun.trait);
  } else words.push("customers");
  const joined = words.join(" ");
  const name = joined[0].toUpperCase() + joined.slice(1);

  const insights: StoryLine[] = [
    {
      rule: "revenue",
      text: `${profile.size} customer${profile.size === 1 ? "" : "s"} (${Math.round(profile.share * 100)}% of the base) ${profile.size === 1 ? "brings" : "bring"} ${Math.round(profile.revenueShare * 100)}% of the monthly order value: about ${money(profile.monthlySpend)} per customer a month, against ${money(profile.overallMonthlySpend)} for the average customer.`
    }
  ];
  const recommendations: StoryLine[] = [];
  for (const t of found) {
    const lines = traitLines(t, profile);
    insights.push({rule: `${t.trait}-${t.direction}`, text: lines.insight});
    recommendations.push({rule: `${t.trait}-${t.direction}`, text: lines.recommendation});
  }
  const time = timeLines(part, profile);
  insights.push({rule: `time-${part}`, text: time.insight});
  recommendations.push({rule: `time-${part}`, text: time.recommendation});
  const frequency = has("frequency");
  if (value?.direction === "high" && frequency?.direction === "low") {
    insights.push({rule: "big-but-rare", text: "Big baskets, rarely: one extra order a month from them is worth more than from anyone else."});
  } else if (value?.direction === "low" && frequency?.direction === "high") {
    insights.push({rule: "small-but-often", text: "Small baskets, often: a modest rise in basket size, repeated every order, adds up quickly."});
  }
  if (found.length === 0) {
    insights.push({rule: "typical", text: `Close to the average customer on every trait (all within ${threshold} standard deviations).`});
    recommendations.push({rule: "typical", text: "No trait stands out, so test offers (A/B) on them rather than assuming a profile."});
  }
  return {name, daypart: part, traits: found, nameTraits, insights, recommendations};
}

const traitPhrase: Record<`${DeliveryTrait}-${"high" | "low"}`, string> = {
  "value-high": "big baskets",
  "value-low": "small baskets",
  "frequency-high": "frequent",
  "frequency-low": "infrequent",
  "diversity-high": "many cuisines",
  "diversity-low": "few cuisines",
  "seasonality-high": "seasonal",
  "seasonality-low": "steady"
};

/**
 * Stories for every segment with names made unique: a repeated name gets the strongest trait of
 * each segment that its name doesn't already say, in brackets, and " (2)", " (3)"… if still repeated.
 */
export function segmentStories(profiles: DeliveryProfile[], options?: SegmentStoryOptions): SegmentStory[] {
  const stories = profiles.map((p) => segmentStory(p, options));
  const count = (name: string) => stories.filter((s) => s.name === name).length;
  const renamed = stories.map((s) => {
    if (count(s.name) === 1) return s;
    const extra = s.traits.find((t) => !s.nameTraits.includes(t.trait));
    return extra ? {...s, name: `${s.name} (${traitPhrase[`${extra.trait}-${extra.direction}`]})`} : s;
  });
  const seen = new Map<string, number>();
  return renamed.map((s) => {
    if (renamed.filter((r) => r.name === s.name).length === 1) return s;
    const i = (seen.get(s.name) ?? 0) + 1;
    seen.set(s.name, i);
    return {...s, name: `${s.name} (${i})`};
  });
}

/** One customer's own numbers, for {@link customerMessage}. */
export interface DeliveryCustomer {
  name: string;
  value: number;
  frequency: number;
  diversity: number;
  hour: number;
  seasonality: number;
}

/** A personalised message and when to send it. */
export interface CustomerMessage {
  /** The rule that chose the offer: the segment's strongest trait, or "typical". */
  rule: string;
  text: string;
  /** An hour before the customer's own peak ordering hour, as "HH:MM". */
  sendAt: string;
}

const occasion: Record<Daypart, string> = {
  breakfast: "breakfast",
  lunch: "lunch",
  afternoon: "afternoon snack",
  evening: "dinner",
  "late-night": "late-night order",
  mixed: "order"
};

/**
 * A message for one customer of a segment: the offer comes from the segment's strongest trait, the
 * details (basket, orders a month, cuisines, time) from the customer's own numbers, and it is sent an
 * hour before the customer's own peak hour.
 */
export function customerMessage(story: SegmentStory, customer: DeliveryCustomer): CustomerMessage {
  const {name, value, frequency, diversity, hour} = customer;
  for (const [key, v] of Object.entries({value, frequency, diversity, hour})) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new TypeError(`${name}: ${key} = ${v}; it must be a finite number`);
  }
  const lead = story.traits[0];
  const rule = lead ? `${lead.trait}-${lead.direction}` : "typical";
  let offer: string;
  switch (rule) {
    case "value-high":
      offer = `Your chef's-selection picks are in, with free priority delivery on orders over ${money(Math.max(5, Math.floor(value / 5) * 5))}.`;
      break;
    case "value-low":
      offer = `Today's meal deals start under ${money(Math.ceil(value))}, delivery included.`;
      break;
    case "frequency-high":
      offer = `You order about ${Math.round(frequency)} times a month: with a delivery pass, every one of those deliveries would be free.`;
      break;
    case "frequency-low":
      offer = `We've missed you: here's $5 off your next order, valid for 7 days.`;
      break;
    case "diversity-high":
      offer = `You've explored ${Math.round(diversity)} cuisines with us; here are three restaurants in cuisines you haven't tried yet.`;
      break;
    case "diversity-low":
      offer = `Your favourite kitchen has new dishes this week: reorder in one tap.`;
      break;
    case "seasonality-high":
      offer = `Our seasonal menu is out: get your favourites before the season ends.`;
      break;
    case "seasonality-low":
      offer = `Thanks for ordering with us all year round: your next order earns double loyalty points.`;
      break;
    default:
      offer = `Here's 10% off your next order.`;
  }
  const own = daypart(hour);
  const text = `Hi ${name}! ${offer} Ready when you are for your usual ${formatHour(hour)} ${occasion[own]}.`;
  return {rule, text, sendAt: formatHour(hour - 1)};
}
