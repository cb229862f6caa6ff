// A data-quality profile of a typed table, and the checks that decide whether it can be segmented.
import type {Cell, Table} from "./parseTable.js";

/** What the profile says about one column. */
export interface ColumnQuality {
  name: string;
  type: "number" | "string" | "empty";
  missing: number;
  distinct: number;
  /** One distinct non-missing value (or none). */
  constant: boolean;
  /** Why the column looks like an identifier (ids, names, e-mails…), or null when it doesn't. */
  identifier: string | null;
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

/**
 * Profiles each column: type, missing and distinct counts, constancy, numeric range, and whether
 * it looks like an identifier — by its name (…_id, email, name…), because every value is an
 * e-mail address, or because nearly every value is different (≥ 90% distinct text, or whole
 * numbers all different and the name says id). Identifier-like columns describe *who* a row is,
 * not how it behaves, so the page leaves them out of the features.
 */
export function profileTable(table: Table): TableQuality {
  const {columns, types, rows} = table;
  const n = rows.length;
  const profiles = columns.map((name, j): ColumnQuality => {
    const type = types[j];
    const values = new Set<Cell>();
    let missing = 0;
    let min = Infinity;
    let max = -Infinity;
    let integers = true;
    let emails = 0;
    for (let i = 0; i < n; ++i) {
      const v = rows[i][name];
      if (v === null || v === undefined) {
        ++missing;
        continue;
      }
      values.add(v);
      if (typeof v === "number") {
        if (v < min) min = v;
        if (v > max) max = v;
        if (!Number.isInteger(v)) integers = false;
      } else if (emailPattern.test(v)) ++emails;
    }
    const present = n - missing;
    const distinct = values.size;
    let identifier: string | null = null;
    if (present > 0) {
      if (type === "string" && emails / present > 0.9) identifier = "e-mail addresses";
      else if (idName.test(name) && (type === "string" || (integers && distinct / present > 0.9))) identifier = "its name marks an identifier";
      else if (type === "string" && present >= 20 && distinct / present >= 0.9) identifier = `${distinct.toLocaleString("en-US")} different values in ${present.toLocaleString("en-US")} rows`;
      else if (type === "number" && integers && present >= 20 && distinct === present && max - min + 1 === present) identifier = "consecutive whole numbers, one per row";
    }
    return {
      name,
      type,
      missing,
      distinct,
      constant: distinct === 1,
      identifier,
      min: type === "number" && present ? min : null,
      max: type === "number" && present ? max : null
    };
  });
  const errors: string[] = [];
  const warnings: string[] = [];
  if (n === 0) errors.push("The table has no rows.");
  if (columns.length < 2) {
    errors.push(
      `The table has only one column (“${columns[0] ?? ""}”). Segmentation compares rows on several columns; if the file has more, its separator may not be a comma, semicolon, tab or pipe.`
    );
  }
  const usable = profiles.filter((c) => c.type === "number" && !c.identifier && !c.constant);
  if (!profiles.some((c) => c.type === "number")) {
    errors.push(`None of the ${columns.length} columns holds numbers, so there is nothing to measure distances on. Numbers written with a decimal comma (1,5) or a currency sign (€12) are read as text.`);
  } else if (usable.length === 0) {
    warnings.push("Every numeric column is constant or looks like an identifier; choose features by hand.");
  }
  for (const c of profiles) {
    if (c.type === "empty") warnings.push(`Column “${c.name}” is empty in every row; it is left out.`);
    else if (c.constant) warnings.push(`Column “${c.name}” has the same value in every row; it can't separate segments and is left out.`);
    else if (c.missing > 0) warnings.push(`Column “${c.name}” is missing ${c.missing.toLocaleString("en-US")} of ${n.toLocaleString("en-US")} values.`);
  }
  return {n, columns: profiles, errors, warnings};
}

/** The numeric columns to use as features by default: not identifiers, not constant, not empty. */
export function defaultFeatures(quality: TableQuality, {exclude = []}: {exclude?: string[]} = {}): string[] {
  return quality.columns.filter((c) => c.type === "number" && !c.identifier && !c.constant && !exclude.includes(c.name)).map((c) => c.name);
}
