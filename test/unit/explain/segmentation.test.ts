import {describe, expect, it} from "vitest";
import {
  TableError,
  checkText,
  coAssignmentStability,
  csvSafe,
  csvSafeCell,
  defaultFeatures,
  detectDelimiter,
  fileKind,
  parseJsonTable,
  parseTable,
  prepareFeatures,
  profileTable,
  segmentName,
  segmentNames,
  subsampleIndices,
  tableFingerprint,
  randomSource
} from "../../../src/index.js";
import {generateCustomers} from "../../../loaders/customers.js";

describe("parseTable", () => {
  it("parseTable(text) types numeric columns and keeps text as text", () => {
    const t = parseTable("a,b,c\n1,x,2.5\n3,<b>y</b>,\n");
    expect(t.columns).toEqual(["a", "b", "c"]);
    expect(t.types).toEqual(["number", "string", "number"]);
    expect(t.rows).toEqual([{a: 1, b: "x", c: 2.5}, {a: 3, b: "<b>y</b>", c: null}]);
  });
  it("parseTable(text) removes a byte-order mark and detects semicolons", () => {
    const t = parseTable("\uFEFFx;y\n1;2\n3;4\n");
    expect(t.columns).toEqual(["x", "y"]);
    expect(t.delimiter).toBe(";");
    expect(t.notes.join(" ")).toMatch(/byte-order mark/);
  });
  it("parseTable(text) handles quoted fields with delimiters, quotes and newlines", () => {
    const t = parseTable('n,s\n1,"a, ""b""\nc"\n');
    expect(t.rows[0].s).toBe('a, "b"\nc');
  });
  it("parseTable(text) rejects empty text, a header without rows and ragged rows with a message", () => {
    expect(() => parseTable("")).toThrow(/empty/);
    expect(() => parseTable("a,b\n")).toThrow(/header .* but no rows/);
    expect(() => parseTable("a,b\n1,2\n3,4,5\n6\n")).toThrow(/2 rows have a different number of fields than the header \(2\): line 3 has 3, line 4 has 1/);
    expect(() => parseTable("a,b\n1,2\n")).not.toThrow();
  });
  it("checkText(text) rejects binary content", () => {
    expect(() => checkText("PK\u0003\u0004\u0000\u0000abc")).toThrow(TableError);
    expect(() => checkText("\uFFFD\uFFFD\uFFFDab\u0001\u0002")).toThrow(/doesn't look like text/);
  });
  it("detectDelimiter(text) picks tabs, pipes and commas", () => {
    expect(detectDelimiter("a\tb\tc\n1\t2\t3")).toBe("\t");
    expect(detectDelimiter("a|b\n1|2")).toBe("|");
    expect(detectDelimiter('a,b\n"1;2",3')).toBe(",");
  });
  it("fileKind(name, head) reads the extension and trusts the content over it", () => {
    expect(fileKind("x.CSV")).toBe("csv");
    expect(fileKind("x.parquet", new TextEncoder().encode("PAR1"))).toBe("parquet");
    expect(() => fileKind("x.pdf")).toThrow(/extension \.pdf/);
    expect(() => fileKind("x.csv", new Uint8Array([0x50, 0x4b, 3, 4]))).toThrow(/Excel workbook/);
  });
  it("parseJsonTable(text) reads arrays of records and rejects other JSON", () => {
    expect(parseJsonTable('[{"a":1,"b":"x"},{"a":2}]').rows).toEqual([{a: 1, b: "x"}, {a: 2, b: null}]);
    expect(parseJsonTable('{"data":[["a","b"],[1,2]]}').rows).toEqual([{a: 1, b: 2}]);
    expect(() => parseJsonTable("{oops")).toThrow(/valid JSON/);
    expect(() => parseJsonTable("[]")).toThrow(/empty/);
  });
});

describe("profileTable", () => {
  const customers = generateCustomers();
  const table = parseTable(Object.keys(customers[0]).join(",") + "\n" + customers.map((c) => Object.values(c).map((v) => (String(v).includes(",") ? `"${v}"` : v)).join(",")).join("\n"));
  it("profileTable(table) flags ids, names and e-mails as identifier-like", () => {
    const q = profileTable(table);
    const id = Object.fromEntries(q.columns.map((c) => [c.name, c.identifier]));
    expect(id.customer_id).not.toBeNull();
    expect(id.name).not.toBeNull();
    expect(id.email).toBe("e-mail addresses");
    expect(id.total_spending).toBeNull();
    expect(id.gender).toBeNull();
    expect(defaultFeatures(q)).toEqual(["age", "total_spending", "purchase_frequency", "days_since_last_purchase", "avg_order_value", "membership_years"]);
  });
  it("profileTable(table) reports one column, no numeric column and empty columns", () => {
    expect(profileTable(parseTable("a\n1\n2\n")).errors.join(" ")).toMatch(/only one column/);
    expect(profileTable(parseTable("a,b\nx,y\nz,w\n")).errors.join(" ")).toMatch(/None of the 2 columns holds numbers/);
    const q = profileTable(parseTable("a,b,c\n1,,2\n3,,5\n"));
    expect(q.errors).toEqual([]);
    expect(q.warnings.join(" ")).toMatch(/“b” is empty in every row/);
  });
});

describe("generateCustomers", () => {
  it("generateCustomers() is deterministic and follows the seed's segment ranges", () => {
    const a = generateCustomers();
    expect(a).toEqual(generateCustomers());
    expect(a).toHaveLength(1000);
    const bySegment = (name: string) => a.filter((c) => c.true_segment === name);
    expect(bySegment("High Value")).toHaveLength(200);
    expect(bySegment("At Risk")).toHaveLength(100);
    for (const c of bySegment("High Value")) {
      expect(c.total_spending).toBeGreaterThanOrEqual(800);
      expect(c.total_spending).toBeLessThanOrEqual(2000);
      expect(c.purchase_frequency).toBeGreaterThanOrEqual(15);
      expect(c.purchase_frequency).toBeLessThan(30);
      expect(c.days_since_last_purchase).toBeLessThan(30);
    }
    expect(new Set(a.map((c) => c.customer_id)).size).toBe(1000);
  });
});

describe("prepareFeatures", () => {
  const rows = [{x: 1, y: 10, c: "a"}, {x: 2, y: null, c: "b"}, {x: 3, y: 30, c: null}, {x: 4, y: 40, c: "a"}];
  it("prepareFeatures(rows, {missing: 'drop'}) drops incomplete rows and says how many", () => {
    const p = prepareFeatures(rows, {numeric: ["x", "y"], categorical: ["c"], missing: "drop", scaling: "none"});
    expect(p.droppedRows).toBe(2);
    expect(p.rowIndex).toEqual([0, 3]);
    expect(p.features).toEqual(["x", "y", "c = a"]);
  });
  it("prepareFeatures(rows, {missing: 'median'}) fills cells and counts them", () => {
    const p = prepareFeatures(rows, {numeric: ["y"], categorical: ["c"], missing: "median", scaling: "none"});
    expect(p.fill.y).toBe(30);
    expect(p.imputed).toEqual({y: 1, c: 1});
    expect(p.raw[1]).toEqual([30, 0, 1]);
    expect(p.raw[2]).toEqual([30, 1, 0]);
  });
  it("prepareFeatures(rows, {scaling: 'standard'}) gives z-scores", () => {
    const p = prepareFeatures(rows, {numeric: ["x"], missing: "drop"});
    expect(p.X.map((r) => r[0])).toEqual([-3, -1, 1, 3].map((v) => v / Math.sqrt(5)).map((v) => expect.closeTo(v, 12)));
  });
  it("prepareFeatures(rows, options) refuses text in a numeric column", () => {
    expect(() => prepareFeatures([{x: "a"}, {x: 1}], {numeric: ["x"]})).toThrow(/holds text/);
  });
});

describe("segmentName", () => {
  it("segmentName(z) names the largest differences in customer words", () => {
    expect(segmentName({total_spending: 1.8, purchase_frequency: 1.2, days_since_last_purchase: -0.9, age: 0.1})).toBe("High spend · frequent · recent");
    expect(segmentName({total_spending: 0.1, age: -0.2})).toBe("Typical");
    expect(segmentName({basket_size: -1})).toBe("Low basket size");
  });
  it("segmentNames(profiles) makes repeated names unique", () => {
    expect(segmentNames([{x: 0}, {x: 0}, {x: 2}])).toEqual(["Typical (1)", "Typical (2)", "High x"]);
  });
});

describe("coAssignmentStability", () => {
  it("coAssignmentStability(ref, runs) is 1 for reruns that only rename clusters", () => {
    const s = coAssignmentStability([0, 0, 1, 1], [[1, 1, 0, 0], [5, 5, 7, 7]]);
    expect(s.rows).toEqual([1, 1, 1, 1]);
    expect(s.segments.map((g) => g.jaccard)).toEqual([1, 1]);
  });
  it("coAssignmentStability(ref, runs) scores a merged segment lower and skips unsampled rows", () => {
    const s = coAssignmentStability([0, 0, 1, 1], [[0, 0, 0, 0]]);
    expect(s.rows).toEqual([0.5, 0.5, 0.5, 0.5]);
    const t = coAssignmentStability([0, 0, 1, 1], [[0, -2, 1, 1]]);
    expect(t.rows).toEqual([1, null, 1, 1]);
  });
  it("subsampleIndices(n, size, random) is sorted, distinct and seeded", () => {
    const a = subsampleIndices(100, 30, randomSource(1));
    expect(a).toEqual(subsampleIndices(100, 30, randomSource(1)));
    expect(new Set(a).size).toBe(30);
    expect(a).toEqual([...a].sort((x, y) => x - y));
  });
});

describe("csvSafe", () => {
  it("csvSafeCell(value) neutralises formulas and quotes when needed", () => {
    expect(csvSafeCell("=HYPERLINK(\"x\")")).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvSafeCell("+1")).toBe("'+1");
    expect(csvSafeCell("-2")).toBe("'-2");
    expect(csvSafeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvSafeCell(-2)).toBe("-2");
    expect(csvSafeCell("a,b")).toBe('"a,b"');
    expect(csvSafeCell(null)).toBe("");
  });
  it("csvSafe(rows, columns) writes a header and one line per row", () => {
    expect(csvSafe([{a: 1, b: "x"}], ["a", "b"])).toBe("a,b\r\n1,x\r\n");
  });
  it("tableFingerprint(rows, columns) changes with any cell", () => {
    const f = tableFingerprint([{a: 1}], ["a"]);
    expect(f).toMatch(/^[0-9a-f]{16}$/);
    expect(tableFingerprint([{a: 1}], ["a"])).toBe(f);
    expect(tableFingerprint([{a: 2}], ["a"])).not.toBe(f);
  });
});
