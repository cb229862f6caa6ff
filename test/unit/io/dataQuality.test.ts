import {describe, expect, it} from "vitest";
import {defaultFeatures, exclusionReason, parseTable, profileTable} from "../../../src/index.js";
import {generateCustomers} from "../../../loaders/customers.js";

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
  it("profileTable(table) leaves codes (cluster, region_code) and years out of the default features, with the reason", () => {
    const rows = Array.from({length: 40}, (_, i) => `${i % 4},${1990 + (i % 30)},${(i * 37) % 11},${i * 1.5},${(i * 7) % 13 + 0.5}`);
    const q = profileTable(parseTable("cluster,year,region_code,spend,visits\n" + rows.join("\n")));
    expect(defaultFeatures(q)).toEqual(["spend", "visits"]);
    const reason = Object.fromEntries(q.columns.map((c) => [c.name, exclusionReason(c)]));
    expect(reason.cluster).toMatch(/code-like/);
    expect(reason.region_code).toMatch(/code-like/);
    expect(reason.year).toMatch(/a year is a date/);
    expect(reason.spend).toBeNull();
  });
  it("defaultFeatures(quality, {max}) takes at most 20 columns of a wide table", () => {
    const header = Array.from({length: 1000}, (_, j) => `v${j}`).join(",");
    const rows = Array.from({length: 5}, (_, i) => Array.from({length: 1000}, (_, j) => (i * 31 + j * 7) % 97 + 0.5).join(","));
    const q = profileTable(parseTable([header, ...rows].join("\n")));
    expect(defaultFeatures(q)).toHaveLength(20);
  });
});
