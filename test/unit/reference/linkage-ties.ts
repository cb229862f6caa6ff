// Prints scipy's Ward linkage of the tied tables in linkage-ties-cases.json (heights, and the
// fcluster maxclust labels for k = 2…6), which the tests compare with. Needs Debian's python3-scipy:
//   npx tsx test/unit/reference/linkage-ties.ts > test/unit/reference/linkage-ties-cases.json
import {toMatrix} from "../../../src/index.js";
import {reference} from "../../../bench/python.js";
import {randomScores} from "../randomBlobs.js";

const cases = [3, 6].map((index) => {
  const M = toMatrix(randomScores(index));
  const labels: Record<number, number[]> = {};
  let heights: number[] = [];
  for (let k = 2; k <= 6; ++k) {
    const result = reference("linkage", M, {method: "ward", maxclust: k, repeats: 1});
    if (!result) throw new Error("scipy is not available (apt-get install python3-scipy python3-sklearn)");
    heights = result.result.heights;
    labels[k] = result.result.labels;
  }
  return {index, heights, labels};
});
console.log(JSON.stringify(cases));
