// A data-quality profile of a column table, and the checks that decide whether it can be segmented.
import type {ColumnTable, ColumnType} from "./columnTable.js";

/** What the profile says about one column. */
export interface ColumnQuality {
  name: string;
  type: ColumnType;
  missing: number;
  distinct: number;
  /** One distinct non-missing value (or none). */
  constant: boolean;
  /** Why the column looks like an identifier (ids, names, e-mails…), or null when it doesn't. */
  identifier: string | null;
  /** Why a numeric column looks like a code or a date part (a region code, a year) rather than a quantity, or null. */
  codeLike: string | null;
  /** Range of a number or date column (dates in epoch ms); null otherwise. */
  min: number | null;
  max: number | null;
}

/** The profile of a table and whether it can be segmented. */
export interface TableQuality {
  n: number;
  columns: ColumnQuality[];
  /** Problems that stop the analysis; the table should not be loaded. */
  errors: string[];
  /** Things worth knowing; the table can be used. */
  warnings: string[];
}

const idName = /(^|[_\s-])(id|uuid|guid|key)$|^(id|uuid|guid|key)([_\s-]|$)|e-?mail|phone|^name$|(^|[_\s])(first|last|full|customer|user|client)[_\s]?name$|^name[_\s]/i;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const yearName = /(^|[_\s-])(year|yr)s?$|^(year|yr)([_\s-]|$)/i;
const codeName = /(^|[_\s-])(code|cluster|segment|group|class|category|type|zip|postal|postcode|region|district|area|label|no|nr|number)s?$|^(code|cluster|segment|group|class|category|zip|region)([_\s-]|$)/i;
const count = (n: number): string => n.toLocaleString("en-US");

function profileColumn(table: ColumnTable, j: number): ColumnQuality {
  const name = table.columns[j];
  const type = table.types[j];
  const column = table.data[j];
  const n = table.n;
  let missing = 0;
  let distinct = 0;
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  let emails = 0;
  if (column instanceof Float64Array) {
    // Distinct values by sorting a copy: a Set of a million doubles allocates a million heap numbers.
    const sorted = column.slice().sort();
    for (let i = 0; i < n; ++i) {
      const v = sorted[i];
      if (v !== v) {
        missing = n - i;
        break;
      }
      if (i === 0 || v !== sorted[i - 1]) ++distinct;
      if (integers && !Number.isInteger(v)) integers = false;
    }
    if (missing < n) {
      min = sorted[0];
      max = sorted[n - missing - 1];
    }
  } else {
    const values = new Set<string>();
    for (let i = 0; i < n; ++i) {
      const v = column[i];
      if (v === null) {
        ++missing;
        continue;
      }
      values.add(v);
      if (i < 10000 && emailPattern.test(v)) ++emails;
    }
    distinct = values.size;
  }
  const present = n - missing;
  let identifier: string | null = null;
  let codeLike: string | null = null;
  if (present > 0 && type !== "date") {
    const sampled = Math.min(present, 10000);
    if (type === "string" && emails / sampled > 0.9) identifier = "e-mail addresses";
    else if (idName.test(name) && (type === "string" || (integers && distinct / present > 0.9))) identifier = "its name marks an identifier";
    else if (type === "string" && present >= 20 && distinct / present >= 0.9) identifier = `${count(distinct)} different values in ${count(present)} rows`;
    else if (type === "number" && integers && present >= 20 && distinct === present && max - min + 1 === present) identifier = "consecutive whole numbers, one per row";
  }
  if (type === "number" && !identifier && integers && present > 0) {
    if (yearName.test(name) && min >= 1000 && max <= 3000) codeLike = "a year is a date, not an amount: use it as a label, or derive “years since” on purpose";
    else if (codeName.test(name)) codeLike = "its name and whole numbers mark a code (a region, group or class number): the distance between two codes means nothing";
  }
  const ranged = (type === "number" || type === "date") && present > 0;
  return {name, type, missing, distinct, constant: distinct === 1, identifier, codeLike, min: ranged ? min : null, max: ranged ? max : null};
}

/**
 * Profiles each column: type, missing and distinct counts, constancy, range, whether it looks like an
 * identifier — by its name (…_id, email, name…), because every value is an e-mail address, or because
 * nearly every value is different — and whether a numeric column is a code or a year. Identifiers,
 * codes and dates describe who or when a row is, not how it behaves, so the page leaves them out of
 * the default features and says why.
 */
export function profileTable(table: ColumnTable): TableQuality {
  const {columns, n} = table;
  const profiles = columns.map((_, j) => profileColumn(table, j));
  const errors: string[] = [];
  const warnings: string[] = [];
  if (n === 0) errors.push("The table has no rows.");
  else if (n < 3) warnings.push(`The table has only ${n} rows: segments need more rows than segments, so most settings can't run on it.`);
  if (columns.length < 2) {
    errors.push(
      `The table has only one column (“${columns[0] ?? ""}”). Segmentation compares rows on several columns; if the file has more, its separator may not be a comma, semicolon, tab or pipe.`
    );
  }
  const usable = profiles.filter((c) => c.type === "number" && !c.identifier && !c.constant);
  if (!profiles.some((c) => c.type === "number")) {
    errors.push(`None of the ${columns.length} columns holds numbers, so there is nothing to measure distances on. Numbers written with a currency sign (€12) or units (12 kg) are read as text.`);
  } else if (usable.length === 0) {
    warnings.push("Every numeric column is constant or looks like an identifier; choose features by hand.");
  }
  for (const c of profiles) {
    if (c.type === "empty") warnings.push(`Column “${c.name}” is empty in every row; it is left out.`);
    else if (c.constant) warnings.push(`Column “${c.name}” has the same value in every row; it can't separate segments and is left out.`);
    else if (c.missing > 0) warnings.push(`Column “${c.name}” is missing ${count(c.missing)} of ${count(n)} values.`);
  }
  return {n, columns: profiles, errors, warnings};
}

/** Options of {@link defaultFeatures}. */
export interface DefaultFeaturesOptions {
  /** Columns never chosen; defaults to none. */
  exclude?: string[];
  /** Most features chosen; defaults to 20 (a wide table's first 20 usable columns). */
  max?: number;
}

/** The numeric columns to use as features by default: not identifiers, codes, dates, constant or empty; at most `max`. */
export function defaultFeatures(quality: TableQuality, {exclude = [], max = 20}: DefaultFeaturesOptions = {}): string[] {
  return quality.columns.filter((c) => c.type === "number" && !c.identifier && !c.codeLike && !c.constant && !exclude.includes(c.name)).slice(0, max).map((c) => c.name);
}

/** Why a column is not among the default features, or null when it is usable: for the page to show. */
export function exclusionReason(c: ColumnQuality): string | null {
  if (c.type === "date") return "a date: derive days since, month or weekday to use it";
  if (c.type === "empty") return "empty";
  if (c.constant) return "constant";
  if (c.identifier) return `identifier-like: ${c.identifier}`;
  if (c.codeLike) return `code-like: ${c.codeLike}`;
  return null;
}
