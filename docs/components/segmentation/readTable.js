// Reading the reader's file inside the worker, whatever its format, straight into columns
// (src/io): CSV/TSV/TXT and JSON as text; Excel after checking the zip's declared sizes; Arrow and
// Parquet through the vendored apache-arrow and parquet-wasm, loaded only when such a file arrives.
// Nothing is sent anywhere; the page's thread never sees a row.
import {arrowToTable, checkZipSizes, decodeText, fileKind, parseJsonTable, parseTable, sheetsToTable, TableError} from "../../lib/index.js";
import {checkShape, checkTextSize} from "./tableLimits.js";

const text = async (file, name, notes) => decodeText(new Uint8Array(await file.arrayBuffer()), notes, `“${name}”`);

/** Reads `file` (a Blob) called `name` into {table, kind}; throws a TableError with a message for the reader. */
export async function readTable(file, name, {progress = () => {}} = {}) {
  if (file.size === 0) throw new TableError(`“${name}” is empty (0 bytes).`);
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const kind = fileKind(name, head);
  const notes = [];
  let table;
  switch (kind) {
    case "csv":
    case "tsv": {
      await checkTextSize({name, kind, file});
      progress("decoding text");
      const content = await text(file, name, notes);
      progress("parsing");
      table = parseTable(content, {expected: kind === "tsv" ? "\t" : undefined});
      break;
    }
    case "json": {
      await checkTextSize({name, kind, file});
      progress("decoding text");
      const content = await text(file, name, notes);
      progress("parsing JSON");
      table = parseJsonTable(content);
      break;
    }
    case "xlsx":
      table = await readXlsx(file, name, progress);
      break;
    case "arrow":
      table = await readArrow(file, name, progress);
      break;
    case "parquet":
      table = await readParquet(file, name, progress);
      break;
    default: {
      const never = kind;
      throw new RangeError(`unknown file kind: ${never}`);
    }
  }
  table.notes = [...notes.filter((n) => !table.notes.includes(n)), ...table.notes];
  checkShape({name, kind, rows: table.n, columns: table.columns.length});
  return {table, kind};
}

async function readXlsx(file, name, progress) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  checkZipSizes(bytes);
  progress("opening the workbook");
  const {default: ExcelJS} = await import("npm:exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer);
  } catch (error) {
    throw new TableError(`“${name}” can't be opened as a workbook (${error?.message ?? error}). Is it a real .xlsx file?`);
  }
  progress("reading the sheets");
  const sheets = workbook.worksheets.map((sheet) => {
    const rows = [];
    sheet.eachRow({includeEmpty: false}, (row) => rows.push(Array.from(row.values).slice(1)));
    return {name: sheet.name, rows};
  });
  return sheetsToTable(sheets);
}

async function readArrow(file, name, progress) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const magic = (at) => String.fromCharCode(...bytes.subarray(at, at + 6)) === "ARROW1";
  if (magic(0) && (bytes.length < 12 || !magic(bytes.length - 6))) {
    throw new TableError(`“${name}” is an Arrow file cut short: it doesn't end with the Arrow footer, so part of it is missing. Copy or export it again and load the complete file.`);
  }
  progress("decoding Arrow");
  const Arrow = await import("npm:apache-arrow");
  let arrow;
  try {
    arrow = Arrow.tableFromIPC(bytes);
  } catch (error) {
    throw new TableError(`“${name}” can't be read as Arrow: it is damaged or cut short (${error?.message ?? error}).`);
  }
  checkShape({name, kind: "arrow", rows: arrow.numRows, columns: arrow.numCols});
  return arrowToTable(arrow, {onProgress: (done) => progress("converting columns", done, 1)});
}

async function readParquet(file, name, progress) {
  const [Arrow, Parquet] = await Promise.all([import("npm:apache-arrow"), import("npm:parquet-wasm")]);
  await Parquet.default(import.meta.resolve("npm:parquet-wasm/esm/parquet_wasm_bg.wasm"));
  let parquet;
  try {
    parquet = await Parquet.ParquetFile.fromFile(file);
  } catch (error) {
    throw new TableError(`“${name}” can't be read as Parquet: it is damaged or cut short (${error?.message ?? error}).`);
  }
  const meta = parquet.metadata();
  const groups = meta.numRowGroups();
  checkShape({name, kind: "parquet", rows: meta.fileMetadata().numRows(), columns: groups ? meta.rowGroup(0).numColumns() : 0});
  // One readParquet call on the bytes: reading row group by row group through ParquetFile took 200 s
  // for 1,000,000 rows (each read goes back to the Blob asynchronously).
  progress("decoding Parquet");
  let arrow;
  try {
    arrow = Arrow.tableFromIPC(Parquet.readParquet(new Uint8Array(await file.arrayBuffer())).intoIPCStream());
  } catch (error) {
    throw new TableError(`“${name}” can't be read as Parquet (${error?.message ?? error}).`);
  } finally {
    parquet.free();
  }
  if (arrow.numRows === 0) throw new TableError(`“${name}” has no rows of data.`);
  return arrowToTable(arrow, {onProgress: (done) => progress("converting columns", done, 1)});
}
