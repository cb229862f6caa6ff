// ISO 8601 dates and timestamps written as text (2024-03-05, 2024-03-05T14:30, 2024-03-05 14:30:00.250+02:00)
// read as epoch milliseconds in UTC. A time without a zone is taken as UTC, so a file reads the same on
// every computer (pandas' `to_datetime(..., utc=True)` does the same); fractions beyond milliseconds are cut.

const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

const leap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number): number => [31, leap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];

/**
 * The time `text` names, in epoch milliseconds (UTC), or NaN when it isn't an ISO 8601 calendar date
 * (YYYY-MM-DD), optionally with a time (T or a space, HH:MM, :SS, a fraction) and a zone (Z, ±HH,
 * ±HHMM, ±HH:MM). Impossible dates (2023-02-29, 13th months, 24:00) are NaN, never rolled over.
 */
export function parseIsoDate(text: string): number {
  const m = iso.exec(text.trim());
  if (!m) return NaN;
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  const [hour, minute, second] = [+(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
  const ms = m[7] ? +m[7].slice(0, 3).padEnd(3, "0") : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return NaN;
  let offset = 0;
  const zone = m[8];
  if (zone && zone !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const [h, mi] = [+digits.slice(0, 2), digits.length > 2 ? +digits.slice(2) : 0];
    if (h > 23 || mi > 59) return NaN;
    offset = (zone[0] === "-" ? -1 : 1) * (h * 60 + mi);
  }
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime() - offset * 60_000;
}

/** Whether `text` is an ISO timestamp with a time of day but no zone (read as UTC, which a note should say). */
export function isoWithoutZone(text: string): boolean {
  const m = iso.exec(text.trim());
  return m !== null && m[4] !== undefined && m[8] === undefined;
}
