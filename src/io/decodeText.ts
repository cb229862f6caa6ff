// Bytes to text the way analysts' files are written: UTF-8 (with or without a byte-order mark), or —
// when the bytes aren't valid UTF-8 — Windows-1252, the superset of Latin-1 that Excel on Windows writes.
import {TableError} from "./columnTable.js";

/** Removes a leading byte-order mark (U+FEFF); returns the text and whether there was one. */
export function stripBom(text: string): {text: string; bom: boolean} {
  return text.charCodeAt(0) === 0xfeff ? {text: text.slice(1), bom: true} : {text, bom: false};
}

/**
 * Decodes a text file: UTF-8 when the bytes are valid UTF-8, else Windows-1252 with a note saying so.
 * A byte-order mark is removed (and noted). Throws a TableError when the bytes are evidently not text.
 */
export function decodeText(bytes: Uint8Array, notes: string[] = [], name = "The file"): string {
  checkBinary(bytes, name);
  let text: string;
  try {
    text = new TextDecoder("utf-8", {fatal: true, ignoreBOM: true}).decode(bytes);
  } catch {
    text = windows1252(bytes);
    notes.push(`${name} isn't valid UTF-8; it was read as Windows-1252 (Western European, Latin-1). If accented letters look wrong, save it as “CSV UTF-8” and load it again.`);
  }
  const stripped = stripBom(text);
  if (stripped.bom) notes.push("The file starts with a byte-order mark (BOM); it was removed.");
  checkText(stripped.text, name);
  return stripped.text;
}

function checkBinary(bytes: Uint8Array, name: string): void {
  const end = Math.min(bytes.length, 65536);
  for (let i = 0; i < end; ++i) {
    if (bytes[i] === 0) throw new TableError(`${name} contains binary data (NUL bytes), not text: it isn't a CSV, TSV or JSON table.`);
  }
}

/** Throws a TableError when text is evidently not a text table: NUL bytes or many control characters. */
export function checkText(text: string, name = "The file"): void {
  const sample = text.slice(0, 65536);
  let bad = 0;
  for (let i = 0; i < sample.length; ++i) {
    const c = sample.charCodeAt(i);
    if (c === 0) throw new TableError(`${name} contains binary data (NUL bytes), not text: it isn't a CSV, TSV or JSON table.`);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x80 && c < 0xa0)) ++bad;
  }
  if (sample.length > 0 && bad / sample.length > 0.01) {
    throw new TableError(`${name} doesn't look like text: ${bad} of its first ${sample.length} characters are control or undecodable bytes. Is it a binary file with the wrong extension?`);
  }
}

// Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1); undefined bytes stay as C1 codes.
const high = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/** Bytes as Windows-1252 text (written out: some runtimes decode this label as plain Latin-1). */
function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 65536) {
    const chunk = bytes.subarray(start, start + 65536);
    let s = "";
    for (let i = 0; i < chunk.length; ++i) {
      const b = chunk[i];
      s += b >= 0x80 && b < 0xa0 ? high[b - 0x80] : String.fromCharCode(b);
    }
    parts.push(s);
  }
  return parts.join("");
}
