// Column names as analysts' files carry them: blank, repeated, padded with spaces.

function nameText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  if (raw instanceof Date) return Number.isNaN(+raw) ? "" : raw.toISOString().slice(0, 10);
  if (typeof raw === "object") return JSON.stringify(raw) ?? "";
  return String(raw).trim();
}

/**
 * Makes column names usable: trimmed, a blank one named column_<i>, a repeated one suffixed _2, _3…
 * skipping any suffix that is already another column's name (a, a, a_2 → a, a_3, a_2). Each change
 * is described in `notes`.
 */
export function cleanColumnNames(names: ArrayLike<unknown>, notes: string[] = []): string[] {
  const trimmed = Array.from(names, nameText);
  const original = new Set(trimmed);
  const taken = new Set<string>();
  return trimmed.map((name, i) => {
    if (name === "") {
      let k = i + 1;
      while (original.has(`column_${k}`) || taken.has(`column_${k}`)) ++k;
      name = `column_${k}`;
      notes.push(`Column ${i + 1} has no name; it is called ${name}.`);
    }
    if (taken.has(name)) {
      let k = 2;
      while (original.has(`${name}_${k}`) || taken.has(`${name}_${k}`)) ++k;
      const renamed = `${name}_${k}`;
      notes.push(`Column name “${name}” appears more than once; column ${i + 1} is called ${renamed}.`);
      name = renamed;
    }
    taken.add(name);
    return name;
  });
}
