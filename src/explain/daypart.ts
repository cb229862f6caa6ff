import {wrapHour} from "../preprocessing/circularHour.js";

/** When a segment orders, from the circular mean of its members' peak hours. */
export type Daypart = "breakfast" | "lunch" | "afternoon" | "evening" | "late-night" | "mixed";

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
