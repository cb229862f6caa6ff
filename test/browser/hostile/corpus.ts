// The hostile files of issue 15, one of each kind, as bytes: each with the message the page must
// give and whether it loads (a note on the dataset card) or is refused (the earlier data stays).
// test/browser/hostile.test.ts uploads each; write.ts writes them to a folder to try by hand.
import ExcelJS from "exceljs";
import * as Arrow from "apache-arrow";

export interface HostileFile {
  name: string;
  /** Whether the page loads it (true) or refuses it (false). */
  loads: boolean;
  /** The specific message: on the dataset card when it loads, in the upload message when refused. */
  message: RegExp;
  /** What the analysis of a loaded file must say (a warning or error in the results), if anything. */
  analysis?: RegExp;
  bytes: () => Promise<Buffer>;
}

const rows = (n: number, f: (i: number) => (string | number)[]): string => Array.from({length: n}, (_, i) => f(i).join(",")).join("\n");
const csv = (header: string, body: string): Buffer => Buffer.from(`${header}\n${body}\n`);
const spend = (i: number): number => Math.round((100 + ((i * 7919) % 997) + (i % 4) * 400) * 100) / 100;
const visits = (i: number): number => 1 + ((i * 31) % 17) + (i % 4) * 10;

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function customerSheet(ws: ExcelJS.Worksheet, n = 40): void {
  ws.addRow(["region", "spend", "visits"]);
  for (let i = 0; i < n; ++i) ws.addRow([["N", "S", "E", "W"][i % 4], spend(i), visits(i)]);
}

function arrowFile(columns: Record<string, Arrow.Vector>): Buffer {
  // Object.fromEntries keeps a "__proto__" key as a column (an object literal would not).
  return Buffer.from(Arrow.tableToIPC(new Arrow.Table(columns), "file"));
}

/** A zip whose central directory declares `declared` bytes for its largest part. */
async function zipBomb(declared: number): Promise<Buffer> {
  const bytes = await workbook((wb) => customerSheet(wb.addWorksheet("s")));
  for (let p = 0; p + 46 < bytes.length; ++p) {
    if (bytes.readUInt32LE(p) !== 0x02014b50) continue;
    const nameLength = bytes.readUInt16LE(p + 28);
    if (bytes.subarray(p + 46, p + 46 + nameLength).toString() === "xl/worksheets/sheet1.xml") bytes.writeUInt32LE(declared, p + 24);
  }
  return bytes;
}

export const hostileFiles: HostileFile[] = [
  {name: "proto-columns.csv", loads: true, message: /40 rows × 5 columns/, bytes: async () => csv("__proto__,toString,valueOf,hasOwnProperty,region", rows(40, (i) => [spend(i), visits(i), (i * 13) % 29, (i * 5) % 11, ["N", "S"][i % 2]]))},
  {name: "proto-columns.json", loads: true, message: /40 rows × 3 columns/, bytes: async () => Buffer.from("[" + Array.from({length: 40}, (_, i) => `{"__proto__": ${spend(i)}, "toString": ${visits(i)}, "valueOf": ${(i * 13) % 29}}`).join(",") + "]")},
  {name: "proto-columns.arrow", loads: true, message: /40 rows × 2 columns/, bytes: async () => arrowFile(Object.fromEntries([["__proto__", Arrow.vectorFromArray(Float64Array.from({length: 40}, (_, i) => spend(i)))], ["toString", Arrow.vectorFromArray(Float64Array.from({length: 40}, (_, i) => visits(i)))]]))},
  {name: "repeated-headers.csv", loads: true, message: /column 2 is called a_3/, bytes: async () => csv("a,a,a_2,b", rows(40, (i) => [spend(i), visits(i), i % 7, (i * 3) % 11]))},
  {name: "stray-quote.csv", loads: false, message: /Header field 1 starts with a quote/, bytes: async () => csv('"name,spend,visits', rows(199, (i) => [`c${i}`, spend(i), visits(i)]))},
  {name: "overflow.csv", loads: true, message: /“spend” has 3 values too large for a number or infinite/, bytes: async () => csv("spend,visits", rows(40, (i) => [i === 5 ? "1e309" : i === 6 ? '"1e999"' : i === 7 ? "Infinity" : spend(i), visits(i)]))},
  {name: "near-max.csv", loads: true, message: /40 rows × 2 columns/, analysis: /Silhouette/, bytes: async () => csv("huge,visits", rows(40, (i) => [`${(1 + (i % 4)) * 1.7}e307`, visits(i)]))},
  {name: "two-rows.csv", loads: true, message: /only 2 rows/, analysis: /k = 4 but|only 2|fewer than k/, bytes: async () => csv("spend,visits", "10,1\n20,2")},
  {name: "two-points.csv", loads: true, message: /40 rows × 2 columns/, analysis: /only 2 distinct values on the chosen features, fewer than k = 4/, bytes: async () => csv("spend,visits", rows(40, (i) => (i % 2 ? [10, 1] : [20, 2])))},
  {name: "formula-no-result.xlsx", loads: true, message: /formula without a saved result/, bytes: () => workbook((wb) => {
    const ws = wb.addWorksheet("s");
    customerSheet(ws);
    ws.getCell("C5").value = {formula: "B5*2"} as ExcelJS.CellFormulaValue;
  })},
  {name: "div-zero.xlsx", loads: true, message: /holds an Excel error \(such as #DIV\/0!\)/, bytes: () => workbook((wb) => {
    const ws = wb.addWorksheet("s");
    customerSheet(ws);
    ws.getCell("C6").value = {error: "#DIV/0!"} as ExcelJS.CellErrorValue;
  })},
  {name: "title-rows.xlsx", loads: true, message: /2 rows above the header .* were skipped/, bytes: () => workbook((wb) => {
    const ws = wb.addWorksheet("s");
    ws.addRow(["Customer report, Q3"]);
    ws.addRow(["Prepared by finance"]);
    customerSheet(ws);
  })},
  {name: "data-on-sheet-2.xlsx", loads: true, message: /Sheet 2 \(“Data”\) was read/, bytes: () => workbook((wb) => {
    wb.addWorksheet("Read me").addRow(["This workbook holds the customers on the next sheet."]);
    customerSheet(wb.addWorksheet("Data"));
  })},
  {name: "zip-bomb.xlsx", loads: false, message: /would unpack from .* to 1\.26 GB/, bytes: () => zipBomb(Math.round(1.26 * 1024 ** 3))},
  {name: "commas.tsv", loads: true, message: /name suggests tabs, but its fields are separated by commas/, bytes: async () => csv("region,spend,visits", rows(40, (i) => [["N", "S"][i % 2], spend(i), visits(i)]))},
  {name: "latin1.csv", loads: true, message: /read as Windows-1252/, bytes: async () => Buffer.from(`ville;dépense;visites\n${rows(40, (i) => [["Besançon", "Orléans", "Zürich"][i % 3], spend(i), visits(i)]).replace(/,/g, ";")}\n`, "latin1")},
  {name: "mixed-decimals.csv", loads: true, message: /“spend” mixes decimal points and decimal commas/, bytes: async () => Buffer.from(`spend;visits\n${rows(40, (i) => [i % 2 ? `${i}.5` : `${i},5`, visits(i)]).replace(/,(?=\d+$)/gm, ";")}\n`)},
  {name: "truncated.arrow", loads: false, message: /cut short/, bytes: async () => arrowFile({spend: Arrow.vectorFromArray(Float64Array.from({length: 400}, (_, i) => spend(i)))}).subarray(0, 600)},
  {name: "wide-5000.csv", loads: false, message: /5,000 columns/, bytes: async () => csv(Array.from({length: 5000}, (_, j) => `v${j}`).join(","), rows(60, (i) => Array.from({length: 5000}, (_, j) => (i * 31 + j * 7) % 97)))},
  {name: "wide-1000.csv", loads: true, message: /60 rows × 1000 columns/, bytes: async () => csv(Array.from({length: 1000}, (_, j) => `v${j}`).join(","), rows(60, (i) => Array.from({length: 1000}, (_, j) => ((i % 4) * 50 + ((i * 31 + j * 7) % 29)) / 2)))},
  {name: "million-keys.json", loads: false, message: /one object with 1,000,000 keys, not a table/, bytes: async () => Buffer.from("{" + Array.from({length: 1_000_000}, (_, i) => `"k${i}":${i}`).join(",") + "}")},
  {name: "big-cell.csv", loads: true, message: /40 rows × 3 columns/, bytes: async () => csv("note,spend,visits", rows(40, (i) => [i === 3 ? "x".repeat(10 * 1024 * 1024) : "ok", spend(i), visits(i)]))},
  {name: "big-ids.arrow", loads: true, message: /holds whole numbers beyond 2\^53/, bytes: async () => arrowFile({id: Arrow.vectorFromArray(Array.from({length: 40}, (_, i) => 9007199254740993n + BigInt(i * 2)), new Arrow.Int64()), spend: Arrow.vectorFromArray(Float64Array.from({length: 40}, (_, i) => spend(i))), visits: Arrow.vectorFromArray(Float64Array.from({length: 40}, (_, i) => visits(i)))})},
  {name: "dates.arrow", loads: true, message: /40 rows × 3 columns/, bytes: async () => arrowFile({joined: Arrow.vectorFromArray(Array.from({length: 40}, (_, i) => new Date(Date.UTC(2020, i % 12, 1 + (i % 28)))), new Arrow.DateMillisecond()), spend: Arrow.vectorFromArray(Float64Array.from({length: 40}, (_, i) => spend(i))), visits: Arrow.vectorFromArray(Float64Array.from({length: 40}, (_, i) => visits(i)))})}
];
