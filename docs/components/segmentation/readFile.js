// Reading the reader's file: every format is read in a worker (readTable.js), straight into columns,
// and the other engines get the columns (copied buffers), never the file again. Nothing is sent anywhere.
import {acceptedExtensions, TableError} from "../../lib/index.js";
import {tableLimits} from "./tableLimits.js";

export {tableLimits};

export function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(0)} kB` : `${bytes} bytes`;
}

export const accept = acceptedExtensions.join(",");

/** The File (Blob) behind a Framework Inputs.file value. */
async function blobOf(file) {
  return file instanceof Blob ? file : await file.blob();
}

/**
 * Reads a file into {table (a PageTable), quality, fingerprint, kind} with `engine`, then loads the
 * table into each engine of `preload`; throws a TableError with a message for the reader.
 */
export async function readFile(file, engine, {key, preload = [], store = false}) {
  if (!file) throw new TableError("No file chosen.");
  const name = file.name ?? "the file";
  const blob = await blobOf(file);
  const {copies, ...result} = await engine.read({file: blob, name, key, store, copies: preload.length});
  if (result.quality.errors.length === 0) await Promise.all(preload.map((e, i) => e.loadCopy({key, table: result.table}, copies[i])));
  return result;
}
