// ISO 8601 dates and timestamps written as text (2024-03-05, 2024-03-05T14:30, 2024-03-05 14:30:00.250+02:00)
// read as epoch milliseconds in UTC. A time without a zone is taken as UTC, so a file reads the same on
// every computer (pandas' `to_datetime(..., utc=True)` does the same); fractions beyond milliseconds are cut.
// Read from the character codes, with no regular expression or Date object: a column of a million
// values types in a fraction of a second (bench/isoDates.ts).

const dayMs = 86_400_000;
const leap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number): number => [31, leap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil; exact for any year). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The number written by `length` digits of text from `at` (before `end`), or NaN. */
function digits(text: string, at: number, length: number, end: number): number {
  if (at + length > end) return NaN;
  let v = 0;
  for (let i = at; i < at + length; ++i) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return v;
}

/**
 * The time `text` names, in epoch milliseconds (UTC), or NaN when it isn't an ISO 8601 calendar date
 * (YYYY-MM-DD), optionally with a time (T or a space, HH:MM, :SS, a fraction) and a zone (Z, ±HH,
 * ±HHMM, ±HH:MM). Impossible dates (2023-02-29, 13th months, 24:00) are NaN, never rolled over.
 */
export function parseIsoDate(text: string): number {
  let s = 0;
  let e = text.length;
  while (s < e && text.charCodeAt(s) <= 32) ++s;
  while (e > s && text.charCodeAt(e - 1) <= 32) --e;
  if (e - s < 10 || text.charCodeAt(s + 4) !== 45 || text.charCodeAt(s + 7) !== 45) return NaN;
  const year = digits(text, s, 4, e);
  const month = digits(text, s + 5, 2, e);
  const day = digits(text, s + 8, 2, e);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month))) return NaN;
  let t = daysFromCivil(year, month, day) * dayMs;
  let i = s + 10;
  if (i === e) return t;
  let c = text.charCodeAt(i);
  if (c === 84 || c === 32) {
    // T or a space, then HH:MM, optionally :SS and a fraction
    if (text.charCodeAt(i + 3) !== 58) return NaN;
    const hour = digits(text, i + 1, 2, e);
    const minute = digits(text, i + 4, 2, e);
    if (!(hour <= 23 && minute <= 59)) return NaN;
    t += (hour * 60 + minute) * 60_000;
    i += 6;
    if (i < e && text.charCodeAt(i) === 58) {
      const second = digits(text, i + 1, 2, e);
      if (!(second <= 59)) return NaN;
      t += second * 1000;
      i += 3;
      c = text.charCodeAt(i);
      if (i < e && (c === 46 || c === 44)) {
        let j = i + 1;
        let ms = 0;
        let count = 0;
        for (; j < e && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57; ++j, ++count) if (count < 3) ms = ms * 10 + text.charCodeAt(j) - 48;
        if (count === 0 || count > 9) return NaN;
        for (let k = count; k < 3; ++k) ms *= 10;
        t += ms;
        i = j;
      }
    }
    if (i === e) return t;
    c = text.charCodeAt(i);
  }
  if (c === 90) return i + 1 === e ? t : NaN; // Z
  if (c !== 43 && c !== 45) return NaN;
  const rest = e - i - 1; // ±HH, ±HHMM or ±HH:MM
  const colon = rest === 5 && text.charCodeAt(i + 3) === 58;
  if (rest !== 2 && rest !== 4 && !colon) return NaN;
  const h = digits(text, i + 1, 2, e);
  const m = rest === 2 ? 0 : digits(text, colon ? i + 4 : i + 3, 2, e);
  if (!(h <= 23 && m <= 59)) return NaN;
  const offset = (h * 60 + m) * 60_000;
  return c === 45 ? t + offset : t - offset;
}

/** Whether text that {@link parseIsoDate} reads has a time of day but no zone (read as UTC, which a note should say). */
export function zoneless(text: string): boolean {
  const t = text.trim();
  if (t.length < 16) return false;
  for (let i = 10; i < t.length; ++i) {
    const c = t.charCodeAt(i);
    if (c === 90 || c === 43 || c === 45) return false;
  }
  return true;
}

/** Whether `text` is an ISO timestamp with a time of day but no zone. */
export function isoWithoutZone(text: string): boolean {
  return !Number.isNaN(parseIsoDate(text)) && zoneless(text);
}
