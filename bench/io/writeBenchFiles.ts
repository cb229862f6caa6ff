// Writes the benchmark table (bench/io/millionRows.ts) as CSV and as Parquet: n rows × 8 numeric +
// 1 text column. Usage: npx tsx bench/io/writeBenchFiles.ts <dir> [rows]
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import * as Arrow from "apache-arrow";
import * as Parquet from "parquet-wasm";
import {benchColumns, benchCsv, benchRows} from "./millionRows.js";

/** Paths of the CSV and Parquet files written for n rows. */
export function writeBenchFiles(dir: string, n: number): {csv: string; parquet: string} {
  mkdirSync(dir, {recursive: true});
  const csv = join(dir, `bench-${n}.csv`);
  const parquet = join(dir, `bench-${n}.parquet`);
  writeFileSync(csv, benchCsv(n));
  const {columns, region} = benchRows(n);
  const vectors: Record<string, Arrow.Vector> = {};
  benchColumns.slice(0, 8).forEach((name, j) => (vectors[name] = Arrow.vectorFromArray(Float64Array.from(columns[j]))));
  vectors.region = Arrow.vectorFromArray(region, new Arrow.Utf8());
  const table = new Arrow.Table(vectors);
  const props = new Parquet.WriterPropertiesBuilder().setCompression(Parquet.Compression.SNAPPY).setMaxRowGroupSize(100_000).build();
  writeFileSync(parquet, Parquet.writeParquet(Parquet.Table.fromIPCStream(Arrow.tableToIPC(table, "stream")), props));
  return {csv, parquet};
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [, , dir = "/tmp/pk-bench", rows = "1000000"] = process.argv;
  const paths = writeBenchFiles(dir, Number(rows));
  process.stdout.write(JSON.stringify(paths) + "\n");
}
