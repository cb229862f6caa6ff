// Prints scikit-learn's k-means inertia on the large-data cases of test/unit/kmeans.test.ts
// (LARGE_CASES in kmeans-large-cases.ts, where the printed values are pasted). Needs Debian's python3-sklearn:
//   npx tsx test/unit/reference/kmeans-large.ts
import {toMatrix} from "../../../src/index.js";
import {reference} from "../../../bench/python.js";
import {randomBlobs} from "../randomBlobs.js";
import {LARGE_CASES} from "./kmeans-large-cases.js";

for (const {n, d, seed, k} of LARGE_CASES) {
  const result = reference("kmeans", toMatrix(randomBlobs(n, d, seed)), {k, n_init: 10, repeats: 1});
  if (!result) throw new Error("scikit-learn is not available (apt-get install python3-sklearn)");
  console.log(JSON.stringify({n, d, seed, k, sklearn: result.result.inertia}));
}
