import {describe, expect, it} from "vitest";
import {csvParseRows} from "d3-dsv";
import {TableError, detectDelimiter, parseDelimited, parseTable, tableRows} from "../../../src/index.js";

describe("parseTable", () => {
  it("parseTable(text) types numeric columns and keeps text as text", () => {
    const t = parseTable("a,b,c\n1,x,2.5\n3,<b>y</b>,\n");
    expect(t.columns).toEqual(["a", "b", "c"]);
    expect(t.types).toEqual(["number", "string", "number"]);
    expect(tableRows(t)).toEqual([{a: 1, b: "x", c: 2.5}, {a: 3, b: "<b>y</b>", c: null}].map((r) => Object.assign(Object.create(null), r)));
  });
  it("parseTable(text) removes a byte-order mark and detects semicolons", () => {
    const t = parseTable("\uFEFFx;y\n1;2\n3;4\n");
    expect(t.columns).toEqual(["x", "y"]);
    expect(t.delimiter).toBe(";");
    expect(t.notes.join(" ")).toMatch(/byte-order mark/);
  });
  it("parseTable(text) handles quoted fields with delimiters, quotes and newlines", () => {
    const t = parseTable('n,s\n1,"a, ""b""\nc"\n2,"12"\n');
    expect(t.data[1]).toEqual(['a, "b"\nc', "12"]);
  });
  it("parseTable(text) reads quoted numbers as numbers", () => {
    const t = parseTable('n,s\n"1","2.5"\n"3",4\n');
    expect(t.types).toEqual(["number", "number"]);
    expect(Array.from(t.data[1] as Float64Array)).toEqual([2.5, 4]);
  });
  it("parseTable(text) rejects empty text, a header without rows and ragged rows with a message", () => {
    expect(() => parseTable("")).toThrow(/empty/);
    expect(() => parseTable("a,b\n")).toThrow(/header .* but no rows/);
    expect(() => parseTable("a,b\n1,2\n3,4,5\n6\n")).toThrow(/2 rows have a different number of fields than the header \(2\): line 3 has 3, line 4 has 1/);
    expect(() => parseTable("a,b\n1,2\n")).not.toThrow();
  });
  it("parseTable(text) keeps columns named __proto__, toString and valueOf", () => {
    const t = parseTable("__proto__,toString,valueOf,hasOwnProperty\n1,2,3,x\n4,5,6,y\n");
    expect(t.columns).toEqual(["__proto__", "toString", "valueOf", "hasOwnProperty"]);
    expect(Array.from(t.data[0] as Float64Array)).toEqual([1, 4]);
    expect(Array.from(t.data[1] as Float64Array)).toEqual([2, 5]);
    expect(t.data[3]).toEqual(["x", "y"]);
    expect(tableRows(t)[1].__proto__).toBe(4);
  });
  it("parseTable(text) names repeated columns without colliding with an existing name (a, a, a_2)", () => {
    const t = parseTable("a,a,a_2\n1,2,3\n4,5,6\n");
    expect(t.columns).toEqual(["a", "a_3", "a_2"]);
    expect(Array.from(t.data[1] as Float64Array)).toEqual([2, 5]);
    expect(Array.from(t.data[2] as Float64Array)).toEqual([3, 6]);
    expect(t.notes.join(" ")).toMatch(/column 2 is called a_3/);
  });
  it("parseTable(text) refuses a header whose field opens a quote it never closes", () => {
    const rows = Array.from({length: 200}, (_, i) => `${i},${i * 2}`).join("\n");
    expect(() => parseTable(`"name,value\n${rows}\n`)).toThrow(/Header field 1 starts with a quote/);
  });
  it("parseTable(text) sets 1e309, \"1e999\" and Infinity aside as missing, with a note", () => {
    const t = parseTable('x,y\n1,1e309\n2,"1e999"\n3,Infinity\n4,-inf\n5,7\n');
    expect(t.types).toEqual(["number", "number"]);
    expect(Array.from(t.data[1] as Float64Array)).toEqual([NaN, NaN, NaN, NaN, 7]);
    expect(t.notes.join(" ")).toMatch(/“y” has 4 values too large for a number or infinite \(line 2: “1e309”\); they are treated as missing/);
  });
  it("parseTable(text) reads a decimal-comma column as numbers and names a column that mixes 1.5 and 1,5", () => {
    const t = parseTable("a;b;c\n1,5;2.5;1.000,25\n2,25;3,5;2\n");
    expect(t.types).toEqual(["number", "string", "number"]);
    expect(Array.from(t.data[0] as Float64Array)).toEqual([1.5, 2.25]);
    expect(Array.from(t.data[2] as Float64Array)).toEqual([1000.25, 2]);
    expect(t.notes.join(" ")).toMatch(/“b” mixes decimal points and decimal commas \(line 2: “2\.5”; line 3: “3,5”\)/);
  });
  it("parseTable(text, {expected: tab}) reads a comma file named .tsv by its commas, and says so", () => {
    const t = parseTable("a,b\n1,2\n3,4\n", {expected: "\t"});
    expect(t.delimiter).toBe(",");
    expect(t.columns).toEqual(["a", "b"]);
    expect(t.notes.join(" ")).toMatch(/name suggests tabs, but its fields are separated by commas/);
  });
  it("parseTable(text) reads one 10 MB cell", () => {
    const big = "x".repeat(10 * 1024 * 1024);
    const t = parseTable(`a,b\n1,"${big}"\n2,y\n`);
    expect((t.data[1][0] as string).length).toBe(big.length);
  });
  it("parseTable(text) numbers equal Number() of the text (fast path) on random decimals", () => {
    const values = Array.from({length: 2000}, (_, i) => ((i * 7919) % 100003) / 10 ** (i % 9) * (i % 2 ? -1 : 1));
    const text = "v\n" + values.map((v) => v.toPrecision(1 + (values.indexOf(v) % 15))).join("\n");
    const t = parseTable(text);
    const lines = text.split("\n").slice(1);
    expect(Array.from(t.data[0] as Float64Array)).toEqual(lines.map(Number));
  });
});

describe("parseDelimited", () => {
  it("parseDelimited(text) splits as d3-dsv does on quoted, empty and CRLF fields", () => {
    const text = 'a,b,c\r\n"x,1","",3\r\n,,\r\n"q""uote",z,\n';
    expect(parseDelimited(text).rows).toEqual(csvParseRows(text.trimEnd()));
  });
  it("detectDelimiter(text) picks tabs, pipes and commas", () => {
    expect(detectDelimiter("a\tb\tc\n1\t2\t3")).toBe("\t");
    expect(detectDelimiter("a|b\n1|2")).toBe("|");
    expect(detectDelimiter('a,b\n"1;2",3')).toBe(",");
  });
  it("TableError is what a reader's message travels in", () => {
    expect(() => parseTable("")).toThrow(TableError);
  });
});
