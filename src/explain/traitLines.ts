// The rules that turn a segment's traits and time of day into an insight and a recommendation each.
import {formatHour} from "../preprocessing/circularHour.js";
import type {Daypart} from "./daypart.js";
import type {DeliveryProfile, DeliveryTrait} from "./deliveryProfiles.js";
import {money} from "./money.js";

/** A trait on which a segment differs from everyone by at least the threshold. */
export interface StoryTrait {
  trait: DeliveryTrait;
  direction: "high" | "low";
  z: number;
}

const round1 = (x: number) => (Math.round(x * 10) / 10).toString();
const sd = (z: number) => `${Math.abs(z).toFixed(1)} standard deviation${Math.abs(z).toFixed(1) === "1.0" ? "" : "s"} ${z > 0 ? "above" : "below"} the average customer`;

/** Rules, strongest trait first: each (trait, direction) has one insight and one recommendation. */
export function traitLines(t: StoryTrait, p: DeliveryProfile): {insight: string; recommendation: string} {
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

/** The time-of-day rule: one insight and one recommendation per daypart. */
export function timeLines(part: Daypart, p: DeliveryProfile): {insight: string; recommendation: string} {
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
