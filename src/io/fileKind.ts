// What kind of file the reader chose, from its first bytes and its name.
import {TableError} from "./columnTable.js";

/** The kinds of file the reader accepts. */
export type FileKind = "csv" | "tsv" | "json" | "xlsx" | "arrow" | "parquet";

export const acceptedExtensions = [".csv", ".tsv", ".txt", ".json", ".xlsx", ".arrow", ".feather", ".parquet"];

/**
 * What a file is, from its first bytes (zip → xlsx, PAR1 → parquet, ARROW1 → arrow) or else its
 * extension. Throws a TableError for an extension we don't read, or an extension that contradicts
 * the content (an Excel workbook named .csv).
 */
export function fileKind(name: string, head: Uint8Array = new Uint8Array()): FileKind {
  const ext = /\.[^./\\]+$/.exec(name.toLowerCase())?.[0] ?? "";
  const starts = (s: string): boolean => head.length >= s.length && [...s].every((c, i) => head[i] === c.charCodeAt(0));
  const sniffed: FileKind | null = starts("PK\x03\x04") ? "xlsx" : starts("PAR1") ? "parquet" : starts("ARROW1") ? "arrow" : null;
  const byExt: FileKind | null =
    ext === ".csv" || ext === ".txt" ? "csv" : ext === ".tsv" ? "tsv" : ext === ".json" ? "json" : ext === ".xlsx" ? "xlsx"
      : ext === ".arrow" || ext === ".feather" ? "arrow" : ext === ".parquet" ? "parquet" : null;
  if (byExt === null) {
    throw new TableError(`“${name}” has the extension ${ext || "(none)"}, which this page doesn't read. Use a file ending in ${acceptedExtensions.join(", ")}.`);
  }
  if (sniffed && sniffed !== byExt) {
    throw new TableError(`“${name}” is named ${ext} but its content is a${sniffed === "xlsx" ? "n Excel workbook (or another zip file)" : ` ${sniffed} file`}. Rename it to .${sniffed} and load it again.`);
  }
  return byExt;
}
