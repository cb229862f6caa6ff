// Reading a delimited text table the way an analyst's file arrives: with or without a byte-order
// mark, comma-, semicolon-, tab- or pipe-separated, quoted fields (RFC 4180), missing values spelled
// several ways. Cells stay text (never HTML); numeric columns become numbers.

/** A cell after typing: a number, a string, or null for a missing value. */
export type Cell = number | string | null;

/** A typed table: column names, the type of each column and one record per row. */
export interface Table {
  columns: string[];
  /** "number" when every non-missing value is a finite number, "string" otherwise, "empty" when every value is missing. */
  types: ("number" | "string" | "empty")[];
  rows: Record<string, Cell>[];
  /** Notes on what was changed while reading (renamed columns, a removed byte-order mark…). */
  notes: string[];
}

/** Options of {@link parseTable}. */
export interface ParseTableOptions {
  /** The field separator; defaults to the one detected by {@link detectDelimiter}. */
  delimiter?: string;
}

/** A file we can't read, with a message written for the person who chose it. */
export class TableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TableError";
  }
}

/** The kinds of file the reader accepts. */
export type FileKind = "csv" | "tsv" | "json" | "xlsx" | "arrow" | "parquet";

export const acceptedExtensions = [".csv", ".tsv", ".txt", ".json", ".xlsx", ".arrow", ".feather", ".parquet"];

/**
 * What a file is, from its first bytes (zip → xlsx, PAR1 → parquet, ARROW1 → arrow) or else its
 * extension. Throws a TableError for an extension we don't read, or an extension that contradicts
 * the content (an Excel workbook named .csv).
 */
export function fileKind(name: string, head: Uint8Array = new Uint8Array()): FileKind {
  const ext = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? "";
  const starts = (s: string): boolean => head.length >= s.length && [...s].every((c, i) => head[i] === c.charCodeAt(0));
  const sniffed: FileKind | null = starts("PK\x03\x04") ? "xlsx" : starts("PAR1") ? "parquet" : starts("ARROW1") ? "arrow" : null;
  const byExt: FileKind | null =
    ext === ".csv" || ext === ".txt" ? "csv" : ext === ".tsv" ? "tsv" : ext === ".json" ? "json" : ext === ".xlsx" ? "xlsx"
      : ext === ".arrow" || ext === ".feather" ? "arrow" : ext === ".parquet" ? "parquet" : null;
  if (byExt === null) {
    throw new TableError(`“${name}” has the extension ${ext || "(none)"}, which this page doesn't read. Use a file ending in ${acceptedExtensions.join(", ")}.`);
  }
  if (sniffed && sniffed !== byExt && !(sniffed === "xlsx" && byExt === "xlsx")) {
    throw new TableError(`“${name}” is named ${ext} but its content is a${sniffed === "xlsx" ? "n Excel workbook (or another zip file)" : ` ${sniffed} file`}. Rename it to .${sniffed} and load it again.`);
  }
  return byExt;
}

/** Removes a leading byte-order mark (U+FEFF); returns the text and whether there was one. */
export function stripBom(text: string): {text: string; bom: boolean} {
  return text.charCodeAt(0) === 0xfeff ? {text: text.slice(1), bom: true} : {text, bom: false};
}

/** Throws a TableError when text is evidently not a text table: NUL bytes or many undecodable or control characters. */
export function checkText(text: string, name = "the file"): void {
  const sample = text.slice(0, 65536);
  let bad = 0;
  for (let i = 0; i < sample.length; ++i) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new TableError(`${name} contains binary data (NUL bytes), not text: it isn't a CSV or TSV table.`);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) ++bad;
  }
  if (sample.length > 0 && bad / sample.length > 0.01) {
    throw new TableError(`${name} doesn't look like text: ${bad} of its first ${sample.length} characters are control or undecodable bytes. Is it a binary file with the wrong extension?`);
  }
}

const candidates = [",", ";", "\t", "|"];

/**
 * Guesses the field separator from the first lines: the candidate (comma, semicolon, tab, pipe)
 * found outside quotes the same, non-zero number of times on most lines; ties go to the earlier
 * candidate. Defaults to a comma.
 */
export function detectDelimiter(text: string): string {
  const lines: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < 20; ++i) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\n" && !quoted) {
      const line = text.slice(start, i).replace(/\r$/, "");
      if (line.trim() !== "") lines.push(line);
      start = i + 1;
    }
  }
  if (lines.length < 20 && start < text.length && text.slice(start).trim() !== "") lines.push(text.slice(start));
  let best = ",";
  let bestScore = 0;
  for (const d of candidates) {
    const counts = lines.map((line) => {
      let n = 0;
      let q = false;
      for (const c of line) {
        if (c === '"') q = !q;
        else if (c === d && !q) ++n;
      }
      return n;
    });
    if (!counts.length || counts[0] === 0) continue;
    const header = counts[0];
    const consistent = counts.filter((n) => n === header).length / counts.length;
    const score = consistent * 1000 + header;
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/** Splits delimited text into rows of fields (RFC 4180 quoting: "" inside quotes is a quote). Blank lines are skipped. */
export function parseDelimited(text: string, delimiter = ","): {rows: string[][]; lines: number[]} {
  if (delimiter.length !== 1) throw new RangeError(`delimiter must be one character, got ${JSON.stringify(delimiter)}`);
  // Character codes, not one-character strings: several times faster on large files.
  const D = delimiter.charCodeAt(0);
  const Q = 34;
  const LF = 10;
  const CR = 13;
  const rows: string[][] = [];
  const lines: number[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const row: string[] = [];
    const rowLine = line;
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === Q) {
        field = "";
        ++i;
        for (;;) {
          const j = text.indexOf('"', i);
          if (j < 0) {
            field += text.slice(i);
            line += countNewlines(text, i, n);
            i = n;
            break;
          }
          field += text.slice(i, j);
          line += countNewlines(text, i, j);
          i = j + 1;
          if (text.charCodeAt(i) === Q) {
            field += '"';
            ++i;
          } else break;
        }
        // Characters between the closing quote and the next delimiter are kept (lenient).
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === D || c === LF || c === CR) break;
          ++i;
        }
        if (i > start) field += text.slice(start, i);
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === D || c === LF || c === CR) break;
          ++j;
        }
        field = text.slice(i, j);
        i = j;
      }
      row.push(field);
      if (i < n && text.charCodeAt(i) === D) {
        ++i;
        continue;
      }
      if (text.charCodeAt(i) === CR) ++i;
      if (text.charCodeAt(i) === LF) ++i;
      ++line;
      break;
    }
    if (!(row.length === 1 && row[0].trim() === "")) {
      rows.push(row);
      lines.push(rowLine);
    }
  }
  return {rows, lines};
}

function countNewlines(text: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; ++i) if (text.charCodeAt(i) === 10) ++k;
  return k;
}

const missingWords = new Set(["", "na", "n/a", "nan", "null", "none", "-", "?", "#n/a"]);
const numberPattern = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** Whether a raw value counts as missing: null, undefined, NaN, or text such as "", "NA", "N/A", "null", "-". */
export function isMissing(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "number") return Number.isNaN(value);
  if (typeof value === "string") {
    // Fast path: longer than any missing word and not padded with spaces.
    if (value.length > 4 && value.charCodeAt(0) > 32 && value.charCodeAt(value.length - 1) > 32) return false;
    return missingWords.has(value.trim().toLowerCase());
  }
  return false;
}

function asNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string") {
    // Fast path: a number starts with a digit, a sign or a point.
    const c = value.charCodeAt(0);
    if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46 || c <= 32)) return null;
    const s = value.trim();
    return numberPattern.test(s) ? Number(s) : null;
  }
  return null;
}

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) return Number.isNaN(+value) ? "" : value.toISOString();
  if (typeof value === "object" && value !== null) return JSON.stringify(value);
  return String(value);
}

/** Makes column names usable: trimmed, blank ones named column_<i>, duplicates suffixed _2, _3… */
export function cleanColumnNames(names: unknown[], notes: string[] = []): string[] {
  const seen = new Map<string, number>();
  return names.map((raw, i) => {
    let name = raw === null || raw === undefined ? "" : asText(raw).trim();
    if (name === "") {
      name = `column_${i + 1}`;
      notes.push(`Column ${i + 1} has no name; it is called ${name}.`);
    }
    const count = seen.get(name) ?? 0;
    seen.set(name, count + 1);
    if (count > 0) {
      const renamed = `${name}_${count + 1}`;
      notes.push(`Column name “${name}” appears more than once; the copy is called ${renamed}.`);
      name = renamed;
    }
    return name;
  });
}

/**
 * Types a table given as column names and rows of raw values (from text, JSON, a workbook or an
 * Arrow table): a column whose non-missing values are all numbers (or numeric text) becomes
 * numeric; any other column keeps text; missing values become null.
 */
export function typeColumns(columns: string[], raw: ArrayLike<ArrayLike<unknown>>, notes: string[] = []): Table {
  const n = raw.length;
  const types: Table["types"] = columns.map((_, j) => {
    let any = false;
    for (let i = 0; i < n; ++i) {
      const v = raw[i][j];
      if (isMissing(v)) continue;
      any = true;
      if (asNumber(v) === null) return "string";
    }
    return any ? "number" : "empty";
  });
  const rows: Record<string, Cell>[] = new Array(n);
  // Records cloned from one template share a shape (hidden class), which is much faster to fill.
  const template: Record<string, Cell> = {};
  for (const c of columns) template[c] = null;
  for (let i = 0; i < n; ++i) {
    const r = raw[i];
    const record: Record<string, Cell> = {...template};
    for (let j = 0; j < columns.length; ++j) {
      const v = r[j];
      record[columns[j]] = isMissing(v) ? null : types[j] === "number" ? asNumber(v) : asText(v);
    }
    rows[i] = record;
  }
  return {columns, types, rows, notes};
}

/**
 * Parses a delimited text table: removes a byte-order mark, detects the delimiter, splits the
 * fields and types the columns. Throws a TableError, with a message for the reader, when the text
 * is empty, has a header but no rows, or has rows with more or fewer fields than the header.
 */
export function parseTable(input: string, {delimiter}: ParseTableOptions = {}): Table & {delimiter: string} {
  const notes: string[] = [];
  const {text, bom} = stripBom(input);
  if (bom) notes.push("The file starts with a byte-order mark (BOM); it was removed.");
  checkText(text);
  if (text.trim() === "") throw new TableError("The file is empty: there is no header and no rows.");
  const d = delimiter ?? detectDelimiter(text);
  if (d !== ",") notes.push(`Fields are separated by ${d === "\t" ? "tabs" : d === ";" ? "semicolons" : `“${d}”`}.`);
  const {rows, lines} = parseDelimited(text, d);
  const header = rows[0];
  const body = rows.slice(1);
  if (body.length === 0) throw new TableError(`The file has a header (${header.length} column${header.length === 1 ? "" : "s"}) but no rows of data.`);
  const ragged: number[] = [];
  for (let i = 0; i < body.length; ++i) {
    // A trailing empty field (a line ending in the delimiter) is tolerated.
    const len = body[i].length;
    if (len === header.length + 1 && body[i][len - 1] === "") body[i].pop();
    if (body[i].length !== header.length) ragged.push(i);
  }
  if (ragged.length) {
    const first = ragged.slice(0, 3).map((i) => `line ${lines[i + 1]} has ${body[i].length}`);
    throw new TableError(
      `${ragged.length} row${ragged.length === 1 ? "" : "s"} ${ragged.length === 1 ? "has" : "have"} a different number of fields than the header (${header.length}): ${first.join(", ")}${ragged.length > 3 ? ", …" : ""}. A field may contain an unquoted “${d === "\t" ? "tab" : d}”, or a value may be missing its delimiter. Fix the file and load it again.`
    );
  }
  const columns = cleanColumnNames(header, notes);
  return {...typeColumns(columns, body, notes), delimiter: d};
}

/**
 * Turns JSON text into a table: an array of objects (keys are columns, first-seen order), an array
 * of arrays with a header row, or an object holding one such array. Throws a TableError otherwise.
 */
export function parseJsonTable(input: string): Table {
  const {text} = stripBom(input);
  if (text.trim() === "") throw new TableError("The file is empty: there is no JSON in it.");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TableError(`The file isn't valid JSON (${(error as Error).message}).`);
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const arrays = Object.entries(value as Record<string, unknown>).filter(([, v]) => Array.isArray(v));
    if (arrays.length === 1) value = arrays[0][1];
  }
  if (!Array.isArray(value)) throw new TableError("The JSON must be an array of records ([{\"a\": 1, …}, …]) or an object holding one such array.");
  if (value.length === 0) throw new TableError("The JSON array is empty: there are no rows.");
  const notes: string[] = [];
  if (value.every(Array.isArray)) {
    const [header, ...body] = value as unknown[][];
    if (body.length === 0) throw new TableError("The JSON has a header row but no rows of data.");
    const columns = cleanColumnNames(header, notes);
    return typeColumns(columns, body.map((r) => columns.map((_, j) => r[j])), notes);
  }
  if (!value.every((r) => r !== null && typeof r === "object" && !Array.isArray(r))) {
    throw new TableError("Every item of the JSON array must be a record (an object of column: value).");
  }
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of value as Record<string, unknown>[]) {
    for (const k of Object.keys(r)) {
      if (seen.has(k)) continue;
      seen.add(k);
      keys.push(k);
    }
  }
  if (keys.length === 0) throw new TableError("The JSON records have no fields.");
  const columns = cleanColumnNames(keys, notes);
  return typeColumns(columns, (value as Record<string, unknown>[]).map((r) => keys.map((k) => r[k])), notes);
}
