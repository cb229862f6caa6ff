// Reading the reader's file in the browser: text formats are parsed in the worker; Excel, Arrow and
// Parquet are decoded here with the vendored exceljs, apache-arrow and parquet-wasm (loaded only
// when such a file arrives), then typed in the worker. Nothing is sent anywhere.
import {fileKind, TableError} from "../../lib/index.js";

/** Files larger than this are refused with a message (stated on the page). */
export const maxBytes = 40 * 1024 * 1024;

export function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(0)} kB` : `${bytes} bytes`;
}

/** The File (Blob) behind a Framework Inputs.file value. */
async function blobOf(file) {
  return file instanceof Blob ? file : await file.blob();
}

/** Column names and rows of raw values from an Arrow table (int64 → number, dates → ISO text). */
function arrowColumns(table) {
  const columns = table.schema.fields.map((f) => f.name);
  const vectors = columns.map((_, j) => table.getChildAt(j));
  const n = table.numRows;
  const raw = new Array(n);
  for (let i = 0; i < n; ++i) {
    const row = new Array(columns.length);
    for (let j = 0; j < columns.length; ++j) {
      let v = vectors[j]?.get(i);
      if (typeof v === "bigint") v = Number(v);
      else if (v instanceof Date) v = v.toISOString();
      else if (v !== null && typeof v === "object") v = String(v);
      row[j] = v;
    }
    raw[i] = row;
  }
  return {columns, raw};
}

async function readXlsx(buffer) {
  const {default: ExcelJS} = await import("npm:exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch (error) {
    throw new TableError(`The workbook can't be opened (${error.message}). Is it a real .xlsx file?`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.actualRowCount === 0) throw new TableError("The workbook's first sheet is empty.");
  const rows = [];
  sheet.eachRow({includeEmpty: false}, (row) => {
    const values = row.values.slice(1).map((v) => {
      if (v && typeof v === "object") {
        if (v instanceof Date) return v.toISOString();
        if ("result" in v) return v.result; // formula: its cached result, never the formula
        if ("text" in v) return v.text;
        if ("richText" in v) return v.richText.map((r) => r.text).join("");
        return String(v);
      }
      return v;
    });
    rows.push(values);
  });
  const [header, ...body] = rows;
  if (!body.length) throw new TableError(`The first sheet (“${sheet.name}”) has a header but no rows of data.`);
  const width = Math.max(header.length, ...body.map((r) => r.length));
  return {columns: Array.from({length: width}, (_, j) => header[j]), raw: body.map((r) => Array.from({length: width}, (_, j) => r[j]))};
}

async function readArrow(buffer) {
  const Arrow = await import("npm:apache-arrow");
  try {
    return arrowColumns(Arrow.tableFromIPC(new Uint8Array(buffer)));
  } catch (error) {
    throw new TableError(`The Arrow file can't be read (${error.message}).`);
  }
}

async function readParquet(buffer) {
  const [Arrow, Parquet] = await Promise.all([import("npm:apache-arrow"), import("npm:parquet-wasm")]);
  await Parquet.default(import.meta.resolve("npm:parquet-wasm/esm/parquet_wasm_bg.wasm"));
  try {
    return arrowColumns(Arrow.tableFromIPC(Parquet.readParquet(new Uint8Array(buffer)).intoIPCStream()));
  } catch (error) {
    throw new TableError(`The Parquet file can't be read (${error.message ?? error}).`);
  }
}

/**
 * Reads a file into {table, quality, kind} through the engine, or throws a TableError with a message
 * for the reader (unsupported type, too large, empty, unreadable).
 */
export async function readFile(file, engine, {key, preload = []}) {
  if (!file) throw new TableError("No file chosen.");
  const name = file.name ?? "the file";
  if (file.size > maxBytes) throw new TableError(`“${name}” is ${formatBytes(file.size)}; this page reads files up to ${formatBytes(maxBytes)}. Take a sample of the rows (or drop unused columns) and load that.`);
  if (file.size === 0) throw new TableError(`“${name}” is empty (0 bytes).`);
  const blob = await blobOf(file);
  const head = new Uint8Array(await blob.slice(0, 8).arrayBuffer());
  const kind = fileKind(name, head);
  if (kind === "csv" || kind === "tsv" || kind === "json") {
    const result = await engine.parse({file: blob, kind, key, store: false});
    // Blob.text() drops a UTF-8 byte-order mark silently; say so.
    if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) result.table.notes.unshift("The file starts with a byte-order mark (BOM); it was removed.");
    // The workers that analyse read the same file themselves, so the table never crosses the page's thread again.
    if (result.quality.errors.length === 0) await Promise.all(preload.map((e) => e.parse({file: blob, kind, key, quiet: true})));
    return {kind, ...result};
  }
  const buffer = await blob.arrayBuffer();
  const {columns, raw} = kind === "xlsx" ? await readXlsx(buffer) : kind === "arrow" ? await readArrow(buffer) : await readParquet(buffer);
  if (raw.length === 0) throw new TableError(`“${name}” has no rows of data.`);
  return {kind, ...(await engine.parse({columns, raw, key, store: false}))};
}
