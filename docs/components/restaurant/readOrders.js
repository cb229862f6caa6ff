// The orders CSV as row objects, typed as d3's autoType types them. Not FileAttachment#csv: d3-dsv's
// csvParse builds each row with `new Function`, which the site's Content-Security-Policy forbids
// (no 'unsafe-eval'); csvParseRows does not.
import {autoType, csvParseRows} from "npm:d3-dsv";

/** Rows of a CSV text with a header line, each value typed by d3's autoType. */
export function readOrders(text) {
  const [columns, ...rows] = csvParseRows(text);
  return rows.map((cells) => {
    const row = {};
    columns.forEach((c, j) => (row[c] = cells[j] ?? ""));
    return autoType(row);
  });
}
