// ISO 8601 dates and timestamps written as text (2024-03-05, 2024-03-05T14:30, 2024-03-05 14:30:00.250+02:00)
// read as epoch milliseconds in UTC. A time without a zone is taken as UTC, so a file reads the same on
// every computer (pandas' `to_datetime(..., utc=True)` does the same); fractions beyond milliseconds are cut.

const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

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

const digit = (text: string, i: number): number => {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/**
 * The time `text` names, in epoch milliseconds (UTC), or NaN when it isn't an ISO 8601 calendar date
 * (YYYY-MM-DD), optionally with a time (T or a space, HH:MM, :SS, a fraction) and a zone (Z, ±HH,
 * ±HHMM, ±HH:MM). Impossible dates (2023-02-29, 13th months, 24:00) are NaN, never rolled over.
 */
export function parseIsoDate(text: string): number {
  // The common case, a bare YYYY-MM-DD, read from the character codes (a million in about 0.1 s).
  if (text.length === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
    const month = digit(text, 5) * 10 + digit(text, 6);
    const day = digit(text, 8) * 10 + digit(text, 9);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? daysFromCivil(year, month, day) * 86_400_000 : NaN;
  }
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
  return daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute - offset) * 60 + second) * 1000 + ms;
}

/** Whether `text` is an ISO timestamp with a time of day but no zone (read as UTC, which a note should say). */
export function isoWithoutZone(text: string): boolean {
  const m = iso.exec(text.trim());
  return m !== null && m[4] !== undefined && m[8] === undefined;
}
