// A personalised offer for one customer of a segment, from the segment's story and the customer's own numbers.
import {formatHour} from "../preprocessing/circularHour.js";
import {daypart} from "./daypart.js";
import type {Daypart} from "./daypart.js";
import {money} from "./money.js";
import type {SegmentStory} from "./segmentStory.js";

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
