// Typing raw cells: a column whose present values are all numbers is numeric, whatever else is text.
// Missing words (NA, null, -…) are missing; values too large for a number (1e309, Infinity) are set
// aside as missing and said so; numbers written with a decimal comma (1,5) are read as numbers when
// the whole column writes them that way, and a column that mixes 1.5 and 1,5 is named, not guessed.
import type {ColumnData, ColumnType} from "./columnTable.js";
import {parseIsoDate, zoneless} from "./parseIsoDate.js";

const missingWords = new Set(["", "na", "n/a", "nan", "null", "none", "-", "?", "#n/a"]);
const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const infinityPattern = /^[-+]?(inf|infinity)$/i;
const commaPattern = /^[-+]?(\d{1,3}(\.\d{3})+|\d+),\d+$/;
const pow10 = Array.from({length: 23}, (_, i) => 10 ** i);

/** What a raw text cell is. */
export const MISSING = 0, NUMBER = 1, NONFINITE = 2, COMMA = 3, TEXT = 4;

/** Set by {@link classifyAt}/{@link classifyString}: the kind of the last cell, and whether it was written with a decimal point or exponent. */
export const last = {kind: MISSING, dot: false};

/** Whether a raw value counts as missing: null, undefined, NaN, or text such as "", "NA", "N/A", "null", "-". */
export function isMissing(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "number") return Number.isNaN(value);
  if (typeof value === "string") {
    if (value.length > 4 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return false;
    return missingWords.has(value.trim().toLowerCase());
  }
  return false;
}

/** Classifies one text cell (sets {@link last}) and returns its number (NaN unless NUMBER or COMMA). */
export function classifyString(raw: string): number {
  const s = raw.trim();
  last.dot = false;
  if (s.length <= 4 && missingWords.has(s.toLowerCase())) {
    last.kind = MISSING;
    return NaN;
  }
  if (numberPattern.test(s)) {
    const v = Number(s);
    last.dot = /[.eE]/.test(s);
    last.kind = Number.isFinite(v) ? NUMBER : NONFINITE;
    return last.kind === NUMBER ? v : NaN;
  }
  if (infinityPattern.test(s)) {
    last.kind = NONFINITE;
    return NaN;
  }
  if (commaPattern.test(s)) {
    last.kind = COMMA;
    return Number(s.replace(/\./g, "").replace(",", "."));
  }
  last.kind = TEXT;
  return NaN;
}

/**
 * Classifies text[s, e) without making a string in the common case: up to 15 digits with an optional
 * sign and decimal point are read from the character codes (an integer below 2^53 divided by an exact
 * power of ten is correctly rounded, so the result equals Number(text)); anything else goes through
 * {@link classifyString}.
 */
export function classifyAt(text: string, s: number, e: number): number {
  while (s < e && text.charCodeAt(s) <= 32) ++s;
  while (e > s && text.charCodeAt(e - 1) <= 32) --e;
  if (s === e) {
    last.kind = MISSING;
    last.dot = false;
    return NaN;
  }
  let i = s;
  let c = text.charCodeAt(i);
  const negative = c === 45;
  if (negative || c === 43) ++i;
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let dot = false;
  for (; i < e; ++i) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      ++digits;
      if (dot) ++fraction;
    } else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (i === e && digits > 0 && digits <= 15) {
    last.kind = NUMBER;
    last.dot = dot;
    const v = fraction ? mantissa / pow10[fraction] : mantissa;
    return negative ? -v : v;
  }
  return classifyString(text.slice(s, e));
}

/** Counts kept while typing one column, then turned into its type, values and notes. */
export class ColumnTyper {
  readonly values: Float64Array;
  private counts = [0, 0, 0, 0, 0];
  private dots = 0;
  private first: (number | undefined)[] = [];
  private firstDot: number | undefined;

  constructor(readonly n: number) {
    this.values = new Float64Array(n);
  }

  /** Records row i, classified by classifyAt/classifyString into `last`, with number v. */
  add(i: number, v: number): void {
    const kind = last.kind;
    this.values[i] = kind === NUMBER || kind === COMMA ? v : NaN;
    if (this.counts[kind]++ === 0) this.first[kind] = i;
    if (kind === NUMBER && last.dot) {
      ++this.dots;
      this.firstDot ??= i;
    }
  }

  /** Whether the column is text for sure, with too many text cells for a note: the rest needn't be classified. */
  get settled(): boolean {
    return this.counts[TEXT] > Math.max(3, 0.02 * this.n);
  }

  /**
   * The column's type and values; `text(i)` gives row i's raw text when the column turns out to be
   * text, `where(i)` names row i in a note ("row 7", "line 9").
   */
  finish(name: string, text: (i: number) => string | null, notes: string[], where: (i: number) => string = (i) => `row ${i + 1}`): {type: ColumnType; data: ColumnData} {
    const [missing, numbers, nonFinite, commas, texts] = this.counts;
    const quote = (i: number): string => `${where(i)}: “${String(text(i)).trim().slice(0, 40)}”`;
    const mixed = commas > 0 && this.dots > 0;
    if (texts > 0 && numbers + commas + nonFinite === 0) {
      const dates = isoDates(this.n, text, name, notes, quote);
      if (dates) return {type: "date", data: dates};
    }
    if (texts > 0 || mixed) {
      if (mixed && texts === 0) {
        notes.push(`Column “${name}” mixes decimal points and decimal commas (${quote(this.firstDot!)}; ${quote(this.first[COMMA]!)}), so it is read as text. Write every number the same way and load the file again.`);
      } else if (numbers + commas > 0 && texts <= Math.max(3, 0.02 * (this.n - missing))) {
        notes.push(`Column “${name}” holds numbers except ${texts} cell${texts === 1 ? "" : "s"} of text (${quote(this.first[TEXT]!)}), so it is read as text.`);
      }
      const data: (string | null)[] = new Array(this.n);
      for (let i = 0; i < this.n; ++i) {
        const t = text(i);
        data[i] = t === null || isMissing(t) ? null : t;
      }
      return {type: "string", data};
    }
    if (numbers + commas === 0) {
      if (nonFinite > 0) notes.push(`Column “${name}” holds only values too large for a number or infinite (${quote(this.first[NONFINITE]!)}); it is left empty.`);
      return {type: "empty", data: new Array(this.n).fill(null)};
    }
    if (nonFinite > 0) {
      notes.push(`Column “${name}” has ${nonFinite} value${nonFinite === 1 ? "" : "s"} too large for a number or infinite (${quote(this.first[NONFINITE]!)}); ${nonFinite === 1 ? "it is" : "they are"} treated as missing.`);
    }
    if (commas > 0) notes.push(`Column “${name}” writes numbers with a decimal comma (${quote(this.first[COMMA]!)}); they are read as numbers.`);
    return {type: "number", data: this.values};
  }
}

/**
 * A text column whose every present value is an ISO 8601 date or timestamp, as epoch ms (NaN = missing),
 * or null (at the first value that isn't one). Times without a zone are read as UTC, and a note says so.
 */
function isoDates(n: number, text: (i: number) => string | null, name: string, notes: string[], quote: (i: number) => string): Float64Array | null {
  const data = new Float64Array(n);
  let naive = -1;
  for (let i = 0; i < n; ++i) {
    const t = text(i);
    if (t === null || isMissing(t)) {
      data[i] = NaN;
      continue;
    }
    const v = parseIsoDate(t);
    if (v !== v) return null;
    data[i] = v;
    if (naive < 0 && zoneless(t)) naive = i;
  }
  if (naive >= 0) notes.push(`Column “${name}” holds times without a time zone (${quote(naive)}); they are read as UTC.`);
  return data;
}

/** Text of a value that isn't a number: dates as ISO text, objects as JSON, the rest as String(). */
export function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) return Number.isNaN(+value) ? "" : value.toISOString();
  if (typeof value === "object" && value !== null) return JSON.stringify(value) ?? "";
  return String(value);
}

const maxExact = 2 ** 53;

/**
 * Types a column of values from JSON, a workbook or another in-memory source: Dates make a date
 * column when every present value is a date; numbers and numeric text make a number column; whole
 * numbers (bigint) beyond 2^53 keep their exact digits as text, with a note; anything else is text.
 */
export function typeValues(values: ArrayLike<unknown>, name: string, notes: string[] = []): {type: ColumnType; data: ColumnData} {
  const n = values.length;
  let dates = 0;
  let present = 0;
  for (let i = 0; i < n; ++i) {
    const v = values[i];
    if (isMissing(v)) continue;
    ++present;
    if (v instanceof Date) ++dates;
  }
  if (present > 0 && dates === present) {
    const data = new Float64Array(n);
    for (let i = 0; i < n; ++i) {
      const v = values[i];
      data[i] = v instanceof Date ? +v : NaN;
    }
    return {type: "date", data};
  }
  const typer = new ColumnTyper(n);
  let big = -1;
  for (let i = 0; i < n; ++i) {
    const v = values[i];
    if (typeof v === "number") {
      last.dot = !Number.isInteger(v);
      last.kind = Number.isNaN(v) ? MISSING : Number.isFinite(v) ? NUMBER : NONFINITE;
      typer.add(i, v);
    } else if (typeof v === "bigint") {
      if (v > maxExact || v < -maxExact) {
        if (big < 0) big = i;
        last.kind = TEXT;
        typer.add(i, NaN);
      } else {
        last.kind = NUMBER;
        last.dot = false;
        typer.add(i, Number(v));
      }
    } else if (typeof v === "string") typer.add(i, classifyString(v));
    else if (v === null || v === undefined) {
      last.kind = MISSING;
      typer.add(i, NaN);
    } else {
      last.kind = TEXT;
      typer.add(i, NaN);
    }
  }
  const typed = typer.finish(name, (i) => (isMissing(values[i]) ? null : asText(values[i])), big >= 0 ? [] : notes);
  if (big >= 0) {
    notes.push(`Column “${name}” holds whole numbers beyond 2^53 (row ${big + 1}: ${String(values[big])}), which a JavaScript number can't hold exactly; it is kept as text with every digit, not rounded.`);
  }
  return typed;
}
