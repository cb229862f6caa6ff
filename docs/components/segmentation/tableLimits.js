// How much table a browser tab holds: limits by rows, columns and estimated memory, not by bytes, and
// the estimate made before a file is parsed (from its size and first lines, or a Parquet/Arrow header).
import {TableError} from "../../lib/index.js";

/** Stated on the page. 1,000,000 rows × 9 columns fit with room for the analysis; 3,000,000 don't. */
export const tableLimits = {rows: 2_000_000, columns: 1000, cells: 16_000_000, textBytes: 400 * 1024 * 1024};

const count = (n) => Math.round(n).toLocaleString("en-US");
const mb = (b) => `${(b / 1024 / 1024).toFixed(0)} MB`;

function refuse(name, what) {
  throw new TableError(
    `“${name}” ${what}; a browser tab holds up to ${count(tableLimits.rows)} rows, ${count(tableLimits.columns)} columns and ${count(tableLimits.cells)} cells here. Take a random sample of the rows or keep only the columns you need (a spreadsheet, DuckDB's USING SAMPLE or pandas' sample do it), and load that.`
  );
}

/** Throws a TableError when `rows` × `columns` is beyond what the tab can hold. */
export function checkShape({name, rows, columns}) {
  if (rows > tableLimits.rows) refuse(name, `has ${count(rows)} rows`);
  if (columns > tableLimits.columns) refuse(name, `has ${count(columns)} columns`);
  if (rows * columns > tableLimits.cells) refuse(name, `has ${count(rows)} rows × ${count(columns)} columns (${count(rows * columns)} cells)`);
}

/** Throws a TableError when a text file is beyond what the tab can hold, estimated from its size and first 256 kB. */
export async function checkTextSize({name, kind, file}) {
  if (file.size > tableLimits.textBytes) refuse(name, `is ${mb(file.size)} of text`);
  if (kind === "json") return;
  const head = new TextDecoder().decode(new Uint8Array(await file.slice(0, 256 * 1024).arrayBuffer()));
  const lines = head.split("\n");
  const complete = file.size <= 256 * 1024 ? lines.length : Math.max(1, lines.length - 1);
  const rows = Math.max(0, Math.round(file.size / (head.length / complete)) - 1);
  const header = lines[0] ?? "";
  const columns = Math.max(...[",", ";", "\t", "|"].map((d) => header.split(d).length));
  if (columns > tableLimits.columns) refuse(name, `has ${count(columns)} columns`);
  if (rows > tableLimits.rows * 1.1 || rows * columns > tableLimits.cells * 1.1) refuse(name, `holds about ${count(rows)} rows × ${count(columns)} columns`);
}
