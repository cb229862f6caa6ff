// The rows of one segment that match a search, found in the worker so the page never loops over
// every row: a case-insensitive substring of any cell's text.

/** {total, indices}: how many rows of `segment` match `query`, and the first `limit` of them. */
export function searchMembers(table, {labels, segment, query = "", limit = 1000}) {
  const q = String(query).trim().toLowerCase();
  const n = table.n;
  const indices = [];
  let total = 0;
  const columns = table.data;
  for (let i = 0; i < n; ++i) {
    if (labels[i] !== segment) continue;
    if (q) {
      let hit = false;
      for (let j = 0; j < columns.length && !hit; ++j) {
        const v = columns[j][i];
        if (v === null || v !== v) continue;
        hit = String(v).toLowerCase().includes(q);
      }
      if (!hit) continue;
    }
    if (total++ < limit) indices.push(i);
  }
  return {total, indices: Int32Array.from(indices)};
}
