// Names for segments, generated from how each segment differs from everyone (its z-profile), in
// the words an analyst would use for customer columns ("High spend · frequent · recent").

/** Words for the high and low side of a column, chosen from its name. */
export function describeColumn(column: string): [high: string, low: string] {
  // A feature derived from a date (src/preprocessing/dateFeatures.ts): "order_date: days since".
  const derived = /^(.*): (days since|month|weekday)$/.exec(column);
  if (derived) {
    const date = derived[1].replace(/[_-]+/g, " ").trim();
    if (derived[2] === "days since") return [`old ${date}`, `recent ${date}`];
    const span = derived[2] === "month" ? "year" : "week";
    return [`${date} late in the ${span}`, `${date} early in the ${span}`];
  }
  const c = column.toLowerCase();
  if (/recen|days_since|since_last|last_purchase|last_order|inactive/.test(c)) return ["lapsed", "recent"];
  if (/spend|revenue|monetary|amount|sales|total|value|price|income/.test(c)) {
    const noun = /order_value|basket|ticket/.test(c) ? "basket" : /income/.test(c) ? "income" : "spend";
    return [`high ${noun}`, `low ${noun}`];
  }
  if (/freq|orders|purchases|visits|count|transactions/.test(c)) return ["frequent", "infrequent"];
  if (/tenure|membership|years|loyal/.test(c)) return ["long-standing", "new"];
  if (/^age$|_age$|^age_/.test(c)) return ["older", "younger"];
  const words = column.replace(/[_-]+/g, " ").trim();
  return [`high ${words}`, `low ${words}`];
}

/** Options of {@link segmentName}. */
export interface SegmentNameOptions {
  /** Smallest |z| that counts as a difference; defaults to 0.5 standard deviations. */
  threshold?: number;
  /** Most traits in a name; defaults to 3. */
  maxTraits?: number;
}

type Trait = [column: string, z: number];

/** The columns where a segment differs by at least `threshold`, largest difference first. */
function traits(z: Record<string, number | null | undefined>, threshold: number): Trait[] {
  return Object.entries(z)
    .filter((e): e is Trait => typeof e[1] === "number" && Number.isFinite(e[1]) && Math.abs(e[1]) >= threshold)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
}

function nameOf(picked: Trait[]): string {
  const unique = [...new Set(picked.map(([column, value]) => describeColumn(column)[value > 0 ? 0 : 1]))];
  if (unique.length === 0) return "Typical";
  const name = unique.join(" · ");
  return name[0].toUpperCase() + name.slice(1);
}

/**
 * A name from a segment's z-profile (cluster mean − overall mean, in overall standard deviations,
 * per column): the columns where it differs by at least `threshold`, largest difference first,
 * joined by " · " with the first letter capitalised; "Typical" when no column differs enough.
 */
export function segmentName(z: Record<string, number | null | undefined>, {threshold = 0.5, maxTraits = 3}: SegmentNameOptions = {}): string {
  return nameOf(traits(z, threshold).slice(0, maxTraits));
}

/**
 * Names for several segments, consistent with each other and unique. A segment's name mentions a
 * column ("low mpg") only if every segment further out on that column, on the same side, mentions
 * it too: otherwise the name would call one segment "low mpg" while another, lower still, is not
 * (its few traits taken by larger differences). Such a trait is dropped from the milder segment,
 * which then takes its next-largest one. A repeated name gets " (2)", " (3)"… in order.
 */
export function segmentNames(profiles: Record<string, number | null | undefined>[], {threshold = 0.5, maxTraits = 3}: SegmentNameOptions = {}): string[] {
  const candidates = profiles.map((z) => traits(z, threshold));
  const banned = profiles.map(() => new Set<string>());
  let picks: Trait[][];
  // Each pass bans at least one (segment, column) pair for good, so this ends.
  for (;;) {
    picks = candidates.map((c, i) => c.filter(([column]) => !banned[i].has(column)).slice(0, maxTraits));
    const named = picks.map((p) => new Set(p.map(([column]) => column)));
    let changed = false;
    picks.forEach((p, i) => {
      for (const [column, value] of p) {
        const contradicted = profiles.some((z, j) => {
          const w = z[column];
          return j !== i && typeof w === "number" && Number.isFinite(w) && Math.sign(w) === Math.sign(value) && Math.abs(w) > Math.abs(value) && !named[j].has(column);
        });
        if (contradicted) {
          banned[i].add(column);
          changed = true;
        }
      }
    });
    if (!changed) break;
  }
  const names = picks.map(nameOf);
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return names.filter((m) => m === name).length > 1 ? `${name} (${count})` : name;
  });
}
