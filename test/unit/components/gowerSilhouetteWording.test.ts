import {describe, expect, it} from "vitest";
import {silhouetteCaption, silhouettePlotCaption} from "../../../docs/components/segmentation/wording.js";

describe("silhouetteCaption(m, n) and silhouettePlotCaption for k-medoids on Gower's distances", () => {
  it("silhouetteCaption({silhouetteMetric: 'gower'}) says the distances, on all rows and on the k-medoids sample", () => {
    expect(silhouetteCaption({silhouette: 0.4, silhouetteSampleSize: 90, silhouetteScope: "all", silhouetteMetric: "gower"}, 90)).toBe("on all 90 rows, on Gower's distances (those k-medoids clustered by); −1 to 1, higher is better");
    expect(silhouetteCaption({silhouette: 0.4, silhouetteSampleSize: 5000, silhouetteScope: "sample", silhouetteMetric: "gower"}, 6000)).toBe("on a random sample of 5,000 rows, on Gower's distances (those k-medoids clustered by) — the sample the medoids were found on; −1 to 1, higher is better");
  });
  it("silhouetteCaption without a metric (Euclidean) is unchanged", () => {
    expect(silhouetteCaption({silhouette: 0.4, silhouetteSampleSize: 2000, silhouetteScope: "sample"}, 6000)).toBe("on a random sample of 2,000 rows; −1 to 1, higher is better");
  });
  it("silhouettePlotCaption({metric: 'gower'}) names Gower's distances", () => {
    expect(silhouettePlotCaption({shown: 1, sampled: false, mean: 0, negative: 0, metric: "gower"})).toBe("Silhouette of 1 row on Gower's distances (those k-medoids clustered by), sorted within each segment (1 = well inside its segment, below 0 = closer to another segment); mean 0.00; 0 rows below 0.");
    expect(silhouettePlotCaption({shown: 5000, sampled: true, mean: 0.5, negative: 3})).not.toContain("Gower");
  });
});
