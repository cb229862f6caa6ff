// A column table for the trip between threads: numbers and dates as Float64Arrays (transferred, not
// copied), repetitive text as a dictionary plus Int32Array codes, other text as an array of strings.
// Used by the worker (encode) and the page (decode); no row object is ever built.

/** The table's columns, encoded; `transfer` collects the new buffers to hand over. */
export function encodeTable(table, transfer = null) {
  const data = table.data.map((column) => {
    if (column instanceof Float64Array) {
      // A copy travels, so the sender keeps its own table.
      const values = transfer ? column.slice() : column;
      transfer?.push(values.buffer);
      return {values};
    }
    const n = column.length;
    const limit = n >> 2;
    const index = new Map();
    const codes = new Int32Array(n);
    for (let i = 0; i < n && index.size <= limit; ++i) {
      const v = column[i];
      let c = index.get(v);
      if (c === undefined) index.set(v, (c = index.size));
      codes[i] = c;
    }
    if (index.size <= limit) {
      transfer?.push(codes.buffer);
      return {dictionary: [...index.keys()], codes};
    }
    return {values: column};
  });
  return {n: table.n, columns: table.columns, types: table.types, notes: table.notes ?? [], data};
}

/** The column table back from its encoding (dictionary columns expanded into arrays of strings). */
export function decodeTable(encoded) {
  const data = encoded.data.map((c) => {
    if (c.dictionary) {
      const out = new Array(c.codes.length);
      for (let i = 0; i < out.length; ++i) out[i] = c.dictionary[c.codes[i]];
      return out;
    }
    return c.values;
  });
  return {n: encoded.n, columns: encoded.columns, types: encoded.types, notes: encoded.notes, data};
}

/**
 * A copy of an encoded table whose typed arrays are fresh buffers listed in `transfer`: posting it
 * moves them instead of cloning them (a serialisation several times slower than a copy). On the
 * page the copy is made one column per task (`yieldEvery`), so a million rows never hold the thread.
 */
export async function transferableCopy(encoded, transfer, {yieldEvery = false} = {}) {
  const data = [];
  for (const c of encoded.data) {
    if (yieldEvery && data.length) await new Promise((resolve) => setTimeout(resolve, 0));
    const copy = (a) => {
      const b = a.slice();
      transfer.push(b.buffer);
      return b;
    };
    data.push(c.dictionary ? {dictionary: c.dictionary, codes: copy(c.codes)} : c.values instanceof Float64Array ? {values: copy(c.values)} : c);
  }
  return {...encoded, data};
}
