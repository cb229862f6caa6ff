// Names, business insights, marketing recommendations and personalised messages for food-delivery
// customer segments, generated from each segment's standardized profile by explicit rules, so the
// words follow the numbers whatever k, linkage or scaling produced the segments.
//
// This file: a segment's name, insights and recommendations (segmentStory) and unique names across
// segments (segmentStories). What they read: deliveryProfiles.ts; the sentences: traitLines.ts;
// a message to one customer: customerMessage.ts.
import {daypart} from "./daypart.js";
import type {Daypart} from "./daypart.js";
import {traits} from "./deliveryProfiles.js";
import type {DeliveryProfile, DeliveryTrait} from "./deliveryProfiles.js";
import {money} from "./money.js";
import {timeLines, traitLines} from "./traitLines.js";
import type {StoryTrait} from "./traitLines.js";

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
