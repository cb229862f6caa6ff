import {describe, expect, it} from "vitest";
import ExcelJS from "exceljs";
import {checkZipSizes, sheetsToTable, tableRows, zipEntries} from "../../../src/index.js";

describe("sheetsToTable", () => {
  it("sheetsToTable(sheets) reads formulas by their saved result and sets error cells and unsaved formulas aside, saying so", () => {
    const t = sheetsToTable([{name: "S", rows: [["a", "b"], [1, {formula: "A2*2", result: 2}], [3, {formula: "A3*2"}], [5, {error: "#DIV/0!"}], [7, {richText: [{text: "1"}, {text: "4"}]}]]}]);
    expect(t.types).toEqual(["number", "number"]);
    expect(Array.from(t.data[1] as Float64Array)).toEqual([2, NaN, NaN, 14]);
    const notes = t.notes.join(" ");
    expect(notes).toMatch(/1 cell holds an Excel error \(such as #DIV\/0!\); it is treated as missing/);
    expect(notes).toMatch(/1 cell holds a formula without a saved result/);
  });
  it("sheetsToTable(sheets) skips title rows above the header, and reads the first sheet that holds a table", () => {
    const t = sheetsToTable([
      {name: "Notes", rows: [["Read me"]]},
      {name: "Data", rows: [["Sales report 2024"], [], ["region", "sales", "units"], ["N", 10, 1], ["S", 20, 2]]}
    ]);
    expect(t.columns).toEqual(["region", "sales", "units"]);
    expect(t.n).toBe(2);
    expect(t.notes.join(" ")).toMatch(/Sheet 2 \(“Data”\) was read/);
    expect(t.notes.join(" ")).toMatch(/1 row above the header \(“Sales report 2024”\) was skipped/);
  });
  it("sheetsToTable(sheets) keeps dates as dates", () => {
    const t = sheetsToTable([{name: "S", rows: [["made", "x"], [new Date(Date.UTC(1982, 0, 1)), 1], [new Date(Date.UTC(1983, 0, 1)), 2]]}]);
    expect(t.types).toEqual(["date", "number"]);
    expect(tableRows(t)[0].made).toBe(Date.UTC(1982, 0, 1));
  });
  it("sheetsToTable(sheets) says when no sheet holds a table", () => {
    expect(() => sheetsToTable([{name: "A", rows: [["x"]]}])).toThrow(/None of the workbook's 1 sheet \(“A”\) holds a table/);
  });
});

describe("checkZipSizes", () => {
  async function workbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    ws.addRow(["a", "b"]);
    for (let i = 0; i < 100; ++i) ws.addRow([i, i * 2]);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  it("zipEntries(bytes) lists a workbook's parts with their declared sizes", async () => {
    const entries = zipEntries(await workbook());
    expect(entries.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    expect(entries.every((e) => e.uncompressed >= 0)).toBe(true);
  });
  it("checkZipSizes(bytes) refuses an archive that declares 1.26 GB unpacked, before inflating", async () => {
    const bytes = await workbook();
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Rewrite the sheet's declared size in the central directory, as a zip bomb would carry it.
    for (let p = 0; p + 46 < bytes.length; ++p) {
      if (view.getUint32(p, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(p + 28, true);
      if (new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)) === "xl/worksheets/sheet1.xml") view.setUint32(p + 24, 1.26 * 1024 ** 3, true);
    }
    expect(() => checkZipSizes(bytes)).toThrow(/would unpack from .* to 1\.26 GB \(xl\/worksheets\/sheet1\.xml alone declares 1\.26 GB\)/);
    expect(() => checkZipSizes(bytes.subarray(0, 100))).toThrow(/damaged or cut short/);
  });
});
