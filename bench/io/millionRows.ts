// The benchmark table of issue 15: n rows × 8 numeric + 1 text column, seeded, as CSV text
// (~57 bytes a row) — the same generator feeds bench/csvParse.ts and bench/browser-segmentation.ts.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const benchColumns = ["spend", "orders", "recency", "basket", "tenure", "returns", "visits", "discount", "region"];
const regions = ["north", "south", "east", "west", "centre"];

/** Row i's values: 4 blobs of customers, numbers with 0–2 decimals, a region name. */
export function benchRows(n: number, {seed = 42} = {}): {columns: number[][]; region: string[]} {
  const random = mulberry32(seed);
  const columns = Array.from({length: 8}, () => new Array<number>(n));
  const region = new Array<string>(n);
  const centres = [[200, 3, 90, 40, 1, 0.1, 5, 0.05], [1500, 25, 10, 60, 6, 0.5, 40, 0.1], [700, 12, 30, 55, 3, 0.3, 15, 0.2], [300, 6, 200, 30, 8, 0.05, 3, 0.3]];
  const spread = [80, 3, 15, 10, 1, 0.1, 4, 0.05];
  for (let i = 0; i < n; ++i) {
    const c = centres[i % 4];
    for (let j = 0; j < 8; ++j) {
      const g = (random() + random() + random() - 1.5) * 2;
      const v = Math.max(0, c[j] + g * spread[j]);
      columns[j][i] = j === 1 || j === 2 || j === 6 ? Math.round(v) : Math.round(v * 100) / 100;
    }
    region[i] = regions[Math.floor(random() * regions.length)];
  }
  return {columns, region};
}

/** The table as CSV text (header, LF line ends). */
export function benchCsv(n: number, options: {seed?: number} = {}): string {
  const {columns, region} = benchRows(n, options);
  const parts: string[] = [benchColumns.join(",") + "\n"];
  const chunk: string[] = [];
  for (let i = 0; i < n; ++i) {
    let line = "";
    for (let j = 0; j < 8; ++j) line += columns[j][i] + ",";
    chunk.push(line + region[i]);
    if (chunk.length === 50000 || i === n - 1) {
      parts.push(chunk.join("\n") + "\n");
      chunk.length = 0;
    }
  }
  return parts.join("");
}
