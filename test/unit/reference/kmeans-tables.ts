// Prints scikit-learn's k-means inertia on the random tables of TABLE_CASES (kmeans-tables-cases.ts,
// where the printed values are pasted). Needs Debian's python3-sklearn:
//   npx tsx test/unit/reference/kmeans-tables.ts
import {toMatrix} from "../../../src/index.js";
import {reference} from "../../../bench/python.js";
import {randomTable} from "../randomBlobs.js";
import {TABLE_CASES} from "./kmeans-tables-cases.js";

for (const {index} of TABLE_CASES) {
  const {X, k} = randomTable(index);
  const result = reference("kmeans", toMatrix(X), {k, n_init: 10, repeats: 1});
  if (!result) throw new Error("scikit-learn is not available (apt-get install python3-sklearn)");
  console.log(JSON.stringify({index, n: X.length, d: X[0].length, k, sklearn: result.result.inertia}));
}
