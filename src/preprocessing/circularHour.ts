// Hours of the day live on a clock face: 23:00 and 01:00 are two hours apart, not twenty-two.
// These helpers measure and summarise hours on that circle.

const TAU = 2 * Math.PI;

function checkHour(hour: number, name = "hour"): void {
  if (typeof hour !== "number" || !Number.isFinite(hour)) throw new TypeError(`${name} = ${hour}; it must be a finite number of hours`);
}

/** An hour (any real number; 24 wraps to 0) as a point on the unit circle: [sin, cos] of 2π·hour/24. */
export function hourCircle(hour: number): [sin: number, cos: number] {
  checkHour(hour);
  const angle = (TAU * hour) / 24;
  return [Math.sin(angle), Math.cos(angle)];
}

/** The hour brought into [0, 24). */
export function wrapHour(hour: number): number {
  checkHour(hour);
  const h = hour % 24;
  return h < 0 ? h + 24 : h;
}

/** Hours between two clock times going the short way round: in [0, 12]. hourGap(23, 1) is 2. */
export function hourGap(a: number, b: number): number {
  checkHour(a, "a");
  checkHour(b, "b");
  const d = Math.abs(wrapHour(a) - wrapHour(b));
  return Math.min(d, 24 - d);
}

/**
 * The circular mean of clock times, in [0, 24): the direction of the mean of their points on the
 * circle. circularMeanHour([23, 1]) is 0, where the plain mean says 12. NaN for no hours or when
 * the points cancel out (e.g. 6:00 and 18:00), where no mean direction exists.
 */
export function circularMeanHour(hours: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < hours.length; ++i) {
    const [si, ci] = hourCircle(hours[i]);
    s += si;
    c += ci;
  }
  if (hours.length === 0 || Math.hypot(s, c) < 1e-9 * hours.length) return NaN;
  return wrapHour((Math.atan2(s, c) * 24) / TAU);
}

/**
 * The shortest stretch of the clock that holds every hour: {from, to, length}, going clockwise from
 * `from` to `to` (both in [0, 24)). hourArc([22, 23, 1]) is {from: 22, to: 1, length: 3}.
 */
export function hourArc(hours: ArrayLike<number>): {from: number; to: number; length: number} {
  if (hours.length === 0) throw new RangeError("hourArc needs at least one hour");
  const sorted = Array.from(hours, (h) => wrapHour(h)).sort((a, b) => a - b);
  // The arc is the clock minus its widest empty gap between consecutive hours.
  let gap = sorted[0] + 24 - sorted[sorted.length - 1];
  let from = sorted[0];
  let to = sorted[sorted.length - 1];
  for (let i = 1; i < sorted.length; ++i) {
    const g = sorted[i] - sorted[i - 1];
    if (g > gap) {
      gap = g;
      from = sorted[i];
      to = sorted[i - 1];
    }
  }
  return {from, to, length: 24 - gap};
}

/** A clock time for people: 19 → "19:00", 20.5 → "20:30". */
export function formatHour(hour: number): string {
  const minutes = Math.round(wrapHour(hour) * 60) % (24 * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
