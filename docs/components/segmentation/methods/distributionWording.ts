// Words for the box plots of "What sets a segment apart" (issue 18): what each chart shows, with its numbers.

/** Box-plot numbers of one segment on one feature (src/explain/boxStats.ts), null when it has no value. */
export interface SegmentBox {
  label: number;
  box: {n: number; min: number; q1: number; median: number; q3: number; max: number; low: number; high: number; outliersBelow: number; outliersAbove: number} | null;
}

const count = (n: number, word: string) => `${n.toLocaleString("en-US")} ${n === 1 ? word : `${word}s`}`;
const num = (x: number): string => (Math.abs(x) >= 1000 ? Math.round(x).toLocaleString("en-US") : (+x.toPrecision(3)).toString());
const who = (label: number) => (label === -1 ? "noise" : `segment ${label + 1}`);

/**
 * "spend: the box holds the middle half of each segment's rows (quartiles), the line its median, the whiskers
 * reach the furthest rows within 1.5 box lengths; 12 rows lie beyond. Highest median: segment 2 (81.2)."
 */
export function distributionCaption({name, segments}: {name: string; segments: SegmentBox[]}): string {
  const drawn = segments.filter((s) => s.box !== null);
  if (drawn.length === 0) return `${name}: no segment has a value.`;
  const beyond = drawn.reduce((a, s) => a + s.box!.outliersBelow + s.box!.outliersAbove, 0);
  const top = drawn.reduce((a, s) => (s.box!.median > a.box!.median ? s : a));
  const empty = segments.filter((s) => s.box === null).map((s) => who(s.label));
  return `${name}: each box holds the middle half of a segment's rows (first to third quartile), the line inside is its median, and the whiskers reach the furthest rows within 1.5 box lengths; ${beyond === 0 ? "no row lies" : `${count(beyond, "row")} ${beyond === 1 ? "lies" : "lie"}`} beyond them. Highest median: ${who(top.label)} (${num(top.box!.median)}).${empty.length ? ` No value in ${empty.join(", ")}.` : ""}`;
}
