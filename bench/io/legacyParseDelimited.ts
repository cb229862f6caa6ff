// The hand-written splitter src/io/parseTable.ts used before issue 15 (rows of string fields), kept
// only so bench/csvParse.ts can compare it with what replaced it.
export function legacyParseDelimited(text: string, delimiter = ","): {rows: string[][]; lines: number[]} {
  if (delimiter.length !== 1) throw new RangeError(`delimiter must be one character, got ${JSON.stringify(delimiter)}`);
  // Character codes, not one-character strings: several times faster on large files.
  const D = delimiter.charCodeAt(0);
  const Q = 34;
  const LF = 10;
  const CR = 13;
  const rows: string[][] = [];
  const lines: number[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const row: string[] = [];
    const rowLine = line;
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === Q) {
        field = "";
        ++i;
        for (;;) {
          const j = text.indexOf('"', i);
          if (j < 0) {
            field += text.slice(i);
            line += countNewlines(text, i, n);
            i = n;
            break;
          }
          field += text.slice(i, j);
          line += countNewlines(text, i, j);
          i = j + 1;
          if (text.charCodeAt(i) === Q) {
            field += '"';
            ++i;
          } else break;
        }
        // Characters between the closing quote and the next delimiter are kept (lenient).
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === D || c === LF || c === CR) break;
          ++i;
        }
        if (i > start) field += text.slice(start, i);
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === D || c === LF || c === CR) break;
          ++j;
        }
        field = text.slice(i, j);
        i = j;
      }
      row.push(field);
      if (i < n && text.charCodeAt(i) === D) {
        ++i;
        continue;
      }
      if (text.charCodeAt(i) === CR) ++i;
      if (text.charCodeAt(i) === LF) ++i;
      ++line;
      break;
    }
    if (!(row.length === 1 && row[0].trim() === "")) {
      rows.push(row);
      lines.push(rowLine);
    }
  }
  return {rows, lines};
}
function countNewlines(text: string, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; ++i) if (text.charCodeAt(i) === 10) ++k;
  return k;
}
