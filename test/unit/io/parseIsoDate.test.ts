import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {isoWithoutZone, parseIsoDate, parseTable} from "../../../src/index.js";

// pandas' to_datetime(utc=True) on the same texts (test/unit/reference/date-features.py).
const reference = JSON.parse(readFileSync(new URL("../reference/date-features-cases.json", import.meta.url), "utf8")) as {texts: (string | null)[]; ms: (number | null)[]};

describe("parseIsoDate", () => {
  it("parseIsoDate(text) equals pandas' to_datetime(text, utc=True) in epoch ms: zones, no zone (UTC), fractions, before 1970", () => {
    reference.texts.forEach((text, i) => {
      if (text !== null) expect(parseIsoDate(text), text).toBe(reference.ms[i]);
    });
  });
  it("parseIsoDate(text) is NaN for impossible dates and for text that isn't ISO 8601", () => {
    for (const text of ["2024-03-05T", "2024-03-05T10", "2024-03-05T10:00:", "2024-03-05T10:00:00.", "2024-03-05T10:00:00.1234567890", "2024-03-05T10:00+5", "2024-03-05T10:00ZZ", "2023-02-29", "2024-13-01", "2024-04-31", "2024-01-01T24:00", "2024-01-01T10:60", "2024-01-01T10:00+25:00", "05/03/2024", "2024-3-5", "2024-03-05x", "March 5", "2024", "", "20240305"]) {
      expect(parseIsoDate(text), text).toBeNaN();
    }
    expect(new Date(parseIsoDate("0099-01-01")).toISOString()).toBe("0099-01-01T00:00:00.000Z"); // not 1999
    expect(parseIsoDate(" 2024-03-05 ")).toBe(Date.UTC(2024, 2, 5));
  });
  it("parseIsoDate(text) equals the time Date.UTC gives for 20,000 timestamps from 1601 to 2399 in every form it reads", () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, "0");
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let k = 0; k < 20_000; ++k) {
      const t = Date.UTC(1601, 0, 1) + Math.floor(next() * 798 * 365.2425 * 86_400_000);
      const d = new Date(t);
      const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      const zone = [["Z", 0], ["+05:30", 330], ["-03", -180], ["+0100", 60], ["", 0]][k % 5] as [string, number];
      const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
      const text = k % 3 === 0 ? day : `${day}${k % 2 ? "T" : " "}${clock}${zone[0]}`;
      const expected = k % 3 === 0 ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) : t - zone[1] * 60_000;
      expect(parseIsoDate(text), text).toBe(expected);
    }
  });
  it("isoWithoutZone(text) is true only for a time of day without a zone", () => {
    expect(isoWithoutZone("2024-06-15 08:00")).toBe(true);
    expect(isoWithoutZone("2024-06-15T08:00:00Z")).toBe(false);
    expect(isoWithoutZone("2024-06-15")).toBe(false);
  });
});

describe("parseTable reads ISO date text as dates", () => {
  it("parseTable(text) types a column of ISO dates (with missing cells) as a date column in epoch ms, UTC", () => {
    const t = parseTable("id,order_date,spend\n1,2024-03-05,10\n2,,12\n3,NA,9\n4,2024-03-31T23:30:00-02:00,7\n");
    expect(t.types).toEqual(["number", "date", "number"]);
    expect(Array.from(t.data[1] as Float64Array)).toEqual([Date.UTC(2024, 2, 5), NaN, NaN, Date.UTC(2024, 3, 1, 1, 30)]);
    expect(t.notes).toEqual([]);
  });
  it("parseTable(text) says that times without a zone are read as UTC", () => {
    const t = parseTable("at,x\n2024-06-15 08:00,1\n2024-06-16 09:30,2\n");
    expect(t.types[0]).toBe("date");
    expect(t.notes.join(" ")).toMatch(/“at” holds times without a time zone \(line 2: “2024-06-15 08:00”\); they are read as UTC/);
  });
  it("parseTable(text) keeps a column as text when one value isn't an ISO date, and years as numbers", () => {
    const t = parseTable("d,year\n2024-03-05,2024\n05/03/2024,2023\n");
    expect(t.types).toEqual(["string", "number"]);
    expect(t.data[0]).toEqual(["2024-03-05", "05/03/2024"]);
  });
});
