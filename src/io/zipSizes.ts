// What a zip archive (an .xlsx workbook) declares it holds, read from its central directory without
// inflating anything: a zip bomb is refused from these figures before a byte is decompressed.
import {TableError} from "./columnTable.js";

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
}

/** The central directory's entries; throws a TableError when the archive is cut short or isn't a zip. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); --i) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new TableError("The workbook is damaged or cut short: its zip directory is missing. Save it again from Excel and load the new file.");
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let k = 0; k < count; ++k) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new TableError("The workbook is damaged: its zip directory doesn't match its content. Save it again from Excel and load the new file.");
    const compressed = view.getUint32(p + 20, true);
    const uncompressed = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // ZIP64 marks sizes of 4 GB or more with 0xFFFFFFFF: count them as that much.
    entries.push({name, compressed, uncompressed: uncompressed === 0xffffffff ? 2 ** 32 : uncompressed});
    p += 46 + nameLength + extra + comment;
  }
  return entries;
}

const mb = (b: number): string => (b >= 1024 ** 3 ? `${(b / 1024 ** 3).toFixed(2)} GB` : `${(b / 1024 ** 2).toFixed(1)} MB`);

/** Options of {@link checkZipSizes}. */
export interface CheckZipOptions {
  /** Most bytes the archive may unpack to; defaults to 400 MB. */
  maxBytes?: number;
}

/** Throws a TableError, before anything is inflated, when the archive declares more than `maxBytes` unpacked. */
export function checkZipSizes(bytes: Uint8Array, {maxBytes = 400 * 1024 * 1024}: CheckZipOptions = {}): ZipEntry[] {
  const entries = zipEntries(bytes);
  const total = entries.reduce((s, e) => s + e.uncompressed, 0);
  if (total > maxBytes) {
    const biggest = entries.reduce((a, b) => (b.uncompressed > a.uncompressed ? b : a));
    throw new TableError(
      `The workbook would unpack from ${mb(bytes.length)} to ${mb(total)} (${biggest.name} alone declares ${mb(biggest.uncompressed)}), more than this page unpacks (${mb(maxBytes)}). It was not opened. If it is a real workbook, save the sheet as CSV or Parquet and load that.`
    );
  }
  return entries;
}
