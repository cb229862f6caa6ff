// Delimited text (CSV, TSV, semicolons, pipes) straight into columns. The text is scanned once into
// field offsets (RFC 4180 quoting: "" inside quotes is a quote), then each column is typed from the
// offsets: a numeric column never makes a string per cell. Measured against d3-dsv and Arquero's
// fromCSV on 1,000,000 rows in bench/csvParse.ts (see bench/RESULTS.md).
import {TableError, type ColumnTable} from "./columnTable.js";
import {cleanColumnNames} from "./columnNames.js";
import {checkText, stripBom} from "./decodeText.js";
import {ColumnTyper, classifyAt, classifyString} from "./typing.js";

/** Options of {@link parseTable}. */
export interface ParseTableOptions {
  /** The field separator; defaults to the one detected by {@link detectDelimiter}. */
  delimiter?: string;
  /** The separator the file's name suggests (a .tsv: tab); when the content says otherwise, the content wins, with a note. */
  expected?: string;
  /** Most rows read; defaults to Infinity. */
  maxRows?: number;
}

const candidates = [",", ";", "\t", "|"];
const separatorName = (d: string): string => (d === "\t" ? "tabs" : d === ";" ? "semicolons" : d === "," ? "commas" : d === "|" ? "pipes" : `“${d}”`);

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
  if (lines.length < 20 && start < text.length && text.slice(start, start + 100000).trim() !== "") lines.push(text.slice(start, start + 100000));
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

/** Field offsets of delimited text: field f of row r is text[starts[f], ends[f]), rows[r] ≤ f < rows[r + 1]. */
export interface DelimitedScan {
  starts: Int32Array;
  ends: Int32Array;
  /** Index of each row's first field, plus one past the last (length = rowCount + 1). */
  rows: Int32Array;
  /** The line each row starts on (1-based). */
  lines: Int32Array;
  rowCount: number;
}

function grow(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size < a.length) return a;
  const b = new Int32Array(Math.max(size + 1, a.length * 2));
  b.set(a);
  return b;
}

function countNewlines(text: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; ++i) if (text.charCodeAt(i) === 10) ++k;
  return k;
}

/** Scans delimited text into field offsets; blank lines are skipped. Stops after `maxRows` rows. */
export function scanDelimited(text: string, delimiter = ",", maxRows = Infinity): DelimitedScan {
  if (delimiter.length !== 1) throw new RangeError(`delimiter must be one character, got ${JSON.stringify(delimiter)}`);
  const D = delimiter.charCodeAt(0);
  const n = text.length;
  let starts = new Int32Array(1 << 12);
  let ends = new Int32Array(1 << 12);
  let rows = new Int32Array(1 << 10);
  let lines = new Int32Array(1 << 10);
  let f = 0;
  let r = 0;
  let i = 0;
  let line = 1;
  while (i < n && r < maxRows) {
    const first = f;
    const rowLine = line;
    for (;;) {
      const s = i;
      if (text.charCodeAt(i) === 34) {
        ++i;
        for (;;) {
          const j = text.indexOf('"', i);
          if (j < 0) {
            line += countNewlines(text, i, n);
            i = n;
            break;
          }
          line += countNewlines(text, i, j);
          i = j + 1;
          if (text.charCodeAt(i) === 34) ++i;
          else break;
        }
      }
      // Up to the next separator or line end (characters after a closing quote are kept: lenient).
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === D || c === 10 || c === 13) break;
        ++i;
      }
      starts = grow(starts, f);
      ends = grow(ends, f);
      starts[f] = s;
      ends[f++] = i;
      if (i < n && text.charCodeAt(i) === D) {
        ++i;
        continue;
      }
      if (text.charCodeAt(i) === 13) ++i;
      if (text.charCodeAt(i) === 10) ++i;
      ++line;
      break;
    }
    if (f - first === 1 && text.slice(starts[first], ends[first]).trim() === "") {
      f = first;
      continue;
    }
    rows = grow(rows, r + 1);
    lines = grow(lines, r);
    rows[r] = first;
    lines[r++] = rowLine;
  }
  rows = grow(rows, r + 1);
  rows[r] = f;
  return {starts, ends, rows, lines, rowCount: r};
}

/** The text of a scanned field: quotes removed and "" turned into ", as RFC 4180 says. */
export function fieldText(text: string, s: number, e: number): string {
  if (text.charCodeAt(s) !== 34) return text.slice(s, e);
  let out = "";
  let i = s + 1;
  for (;;) {
    const j = text.indexOf('"', i);
    if (j < 0 || j >= e) return out + text.slice(i, e);
    out += text.slice(i, j);
    if (text.charCodeAt(j + 1) === 34 && j + 1 < e) {
      out += '"';
      i = j + 2;
    } else return out + text.slice(j + 1, e);
  }
}

/** Splits delimited text into rows of fields (for small texts and tests; parseTable never makes these). */
export function parseDelimited(text: string, delimiter = ","): {rows: string[][]; lines: number[]} {
  const scan = scanDelimited(text, delimiter);
  const rows: string[][] = [];
  for (let r = 0; r < scan.rowCount; ++r) {
    const row: string[] = [];
    for (let f = scan.rows[r]; f < scan.rows[r + 1]; ++f) row.push(fieldText(text, scan.starts[f], scan.ends[f]));
    rows.push(row);
  }
  return {rows, lines: Array.from(scan.lines.subarray(0, scan.rowCount))};
}

/**
 * Parses a delimited text table into columns: removes a byte-order mark, detects the separator,
 * scans the fields and types each column. Throws a TableError, with a message for the reader, when
 * the text is empty, has a header but no rows, a header field opened by a stray quote, or rows with
 * more or fewer fields than the header.
 */
export function parseTable(input: string, {delimiter, expected, maxRows = Infinity}: ParseTableOptions = {}): ColumnTable & {delimiter: string} {
  const notes: string[] = [];
  const {text, bom} = stripBom(input);
  if (bom) notes.push("The file starts with a byte-order mark (BOM); it was removed.");
  checkText(text);
  if (text.trim() === "") throw new TableError("The file is empty: there is no header and no rows.");
  const d = delimiter ?? detectDelimiter(text);
  if (expected && d !== expected && delimiter === undefined) notes.push(`The file's name suggests ${separatorName(expected)}, but its fields are separated by ${separatorName(d)}; it was read that way.`);
  else if (d !== ",") notes.push(`Fields are separated by ${separatorName(d)}.`);
  const scan = scanDelimited(text, d, maxRows + 1);
  const {starts, ends, rows, lines} = scan;
  const width = rows[1] - rows[0];
  for (let f = rows[0]; f < rows[1]; ++f) {
    if (text.charCodeAt(starts[f]) === 34 && countNewlines(text, starts[f], ends[f]) > 0) {
      throw new TableError(`Header field ${f - rows[0] + 1} starts with a quote (") that isn't closed on the header line, so the lines after it would be read as one column name. Remove the stray quote (or close it) and load the file again.`);
    }
  }
  const body = scan.rowCount - 1;
  if (body === 0) throw new TableError(`The file has a header (${width} column${width === 1 ? "" : "s"}) but no rows of data.`);
  const ragged: number[] = [];
  const count = (r: number): number => {
    const len = rows[r + 1] - rows[r];
    // A trailing empty field (a line ending in the separator) is tolerated.
    return len === width + 1 && starts[rows[r + 1] - 1] === ends[rows[r + 1] - 1] ? width : len;
  };
  for (let r = 1; r <= body; ++r) if (count(r) !== width) ragged.push(r);
  if (ragged.length) {
    const first = ragged.slice(0, 3).map((r) => `line ${lines[r]} has ${count(r)}`);
    throw new TableError(
      `${ragged.length} row${ragged.length === 1 ? "" : "s"} ${ragged.length === 1 ? "has" : "have"} a different number of fields than the header (${width}): ${first.join(", ")}${ragged.length > 3 ? ", …" : ""}. A field may contain an unquoted “${d === "\t" ? "tab" : d}”, or a value may be missing its separator. Fix the file and load it again.`
    );
  }
  const header: string[] = [];
  for (let f = rows[0]; f < rows[1]; ++f) header.push(fieldText(text, starts[f], ends[f]));
  const columns = cleanColumnNames(header, notes);
  const types: ColumnTable["types"] = [];
  const data: ColumnTable["data"] = [];
  for (let j = 0; j < width; ++j) {
    const typer = new ColumnTyper(body);
    for (let i = 0; i < body && !typer.settled; ++i) {
      const f = rows[i + 1] + j;
      const s = starts[f];
      typer.add(i, text.charCodeAt(s) === 34 ? classifyString(fieldText(text, s, ends[f])) : classifyAt(text, s, ends[f]));
    }
    const typed = typer.finish(columns[j], (i) => fieldText(text, starts[rows[i + 1] + j], ends[rows[i + 1] + j]), notes, (i) => `line ${lines[i + 1]}`);
    types.push(typed.type);
    data.push(typed.data);
  }
  return {n: body, columns, types, data, notes, delimiter: d};
}
