import {describe, expect, it} from "vitest";
import {membershipText, newMethodSettings, suggestK} from "../../../docs/components/segmentation/methods/methodWording.js";
import {methodSettings} from "../../../docs/components/segmentation/wording.js";

describe("newMethodSettings(p)", () => {
  it("newMethodSettings({algorithm: 'gmm'|'hdbscan'|'kmedoids'}) names each method's own parameters", () => {
    expect(newMethodSettings({algorithm: "gmm", k: 4, covariance: "diag", seed: 7})).toBe("Gaussian mixture, k = 4, diag covariance, seed 7");
    expect(newMethodSettings({algorithm: "hdbscan", minClusterSize: 10, minSamples: 5, selection: "eom"})).toBe("HDBSCAN, min cluster size 10, min samples 5, excess of mass (eom) selection");
    expect(newMethodSettings({algorithm: "hdbscan", minClusterSize: 2, minSamples: 50, selection: "leaf"})).toBe("HDBSCAN, min cluster size 2, min samples 50, leaf selection");
    expect(newMethodSettings({algorithm: "kmedoids", k: 2})).toBe("k-medoids (Gower), k = 2");
    expect(newMethodSettings({algorithm: "kmeans", k: 2})).toBeNull();
  });
  it("methodSettings(p) uses it for the new methods", () => {
    expect(methodSettings({algorithm: "gmm", k: 3, seed: 42, covariance: "full"} as never)).toBe("Gaussian mixture, k = 3, full covariance, seed 42");
  });
});

describe("suggestK(points, {criterion})", () => {
  const silhouettes = [
    {k: 2, silhouette: 0.31},
    {k: 3, silhouette: 0.44},
    {k: 4, silhouette: 0.44},
    {k: 5, silhouette: 0.2}
  ];
  it("suggestK(points, {criterion: 'silhouette'}) picks the highest silhouette, the smallest k on a tie, and states it", () => {
    const s = suggestK(silhouettes, {criterion: "silhouette"})!;
    expect(s.k).toBe(3);
    expect(s.value).toBe(0.44);
    expect(s.text).toBe("Suggested k = 3: the highest mean silhouette of k = 2…5 (0.44).");
  });
  it("suggestK(points, {criterion: 'silhouette'}) warns when even the best silhouette is weak (< 0.25)", () => {
    const s = suggestK([{k: 2, silhouette: 0.1}, {k: 3, silhouette: 0.24}], {criterion: "silhouette"})!;
    expect(s.k).toBe(3);
    expect(s.text).toContain("(0.24). It is below 0.25");
  });
  it("suggestK(points, {criterion: 'silhouette'}) skips unscored k and gives null when none is scored", () => {
    expect(suggestK([{k: 2, silhouette: null}, {k: 3, silhouette: 0.5}], {criterion: "silhouette"})!.k).toBe(3);
    expect(suggestK([{k: 2, silhouette: null}, {k: 3, silhouette: NaN}], {criterion: "silhouette"})).toBeNull();
  });
  it("suggestK(points, {criterion: 'bic'}) picks the lowest BIC and says where AIC is lowest", () => {
    const points = [
      {k: 1, bic: 5000, aic: 4990},
      {k: 2, bic: 4200, aic: 4150},
      {k: 3, bic: 4300, aic: 4100},
      {k: 4, bic: 4400, aic: 4120}
    ];
    const s = suggestK(points, {criterion: "bic"})!;
    expect(s.k).toBe(2);
    expect(s.text).toBe("Suggested k = 2: the lowest BIC of k = 1…4 (4,200). AIC, which penalises parameters less, is lowest at k = 3.");
  });
  it("suggestK(points, {criterion: 'bic'}) says AIC agrees, and warns when the lowest BIC is at the largest k tried", () => {
    const s = suggestK([{k: 1, bic: 10, aic: 9}, {k: 2, bic: 8, aic: 7}], {criterion: "bic"})!;
    expect(s.text).toBe("Suggested k = 2: the lowest BIC of k = 1…2 (8). AIC agrees. BIC still falls at k = 2, the largest tried: more components may fit better still.");
  });
});

describe("membershipText(probabilities, {threshold, method})", () => {
  it("membershipText counts rows below the threshold and leaves out unscored (NaN) rows", () => {
    const r = membershipText(Float64Array.from([0.9, 0.49, 0.5, NaN, 0.2]), {threshold: 0.5, method: "gmm"});
    expect(r).toMatchObject({uncertain: 2, scored: 4});
    expect(r.text).toBe("Each row's probability of its most likely component is in the member list and the exports. 2 of 4 rows have a value below 0.5 (no component holds them more likely than not) and are marked “uncertain”.");
  });
  it("membershipText speaks of HDBSCAN's strength and of one row in the singular", () => {
    const r = membershipText([0, 1], {threshold: 0.5, method: "hdbscan"});
    expect(r.uncertain).toBe(1);
    expect(r.text).toContain("HDBSCAN's membership strength of each row (1 for");
    expect(r.text).toContain("1 of 2 rows has a value below 0.5 (noise, or on a cluster's edge) and is marked “edge”.");
  });
  it("membershipText with no scored row says 0 of 0", () => {
    expect(membershipText([NaN]).text).toContain("0 of 0 rows have");
  });
});
