import {describe, expect, it} from "vitest";
import {clusteringVerdict, cutTree, dbscan, groupName, hierarchical, kmeans, makeBridge, makeBlobs, makeCircles, makeMoons, makeMouse, makeUniform, gaussianMixture, hdbscan} from "../../../src/index.js";

describe("clusteringVerdict", () => {
  it("clusteringVerdict(labels, truth) says the groups were recovered when the partition is the same under other names", () => {
    const v = clusteringVerdict([1, 1, 0, 0, 2, 2], [0, 0, 1, 1, 2, 2], {name: "k-means", method: "kmeans"});
    expect(v.kind).toBe("recovered");
    expect(v.ari).toBe(1);
    expect(v.sentence).toBe("k-means recovered the 3 true groups (adjusted Rand 1.00) with 3 clusters.");
  });

  it("clusteringVerdict names the group that was split and the clusters it lies across", () => {
    const truth = [0, 0, 0, 0, 1, 1, 1, 1];
    const v = clusteringVerdict([0, 0, 1, 1, 2, 2, 2, 2], truth, {name: "k-means", method: "kmeans"});
    expect(v.kind).toBe("split");
    expect(v.split).toEqual([0]);
    expect(v.merged).toEqual([]);
    expect(v.sentence).toMatch(/^k-means split true groups \(adjusted Rand 0\.\d\d; 3 clusters for 2 groups\): group A lies across cluster 1 and cluster 2\. k-means can only draw straight borders/);
  });

  it("clusteringVerdict says a clustering cut across the groups when every cluster mixes them and every group is spread", () => {
    const v = clusteringVerdict([0, 1, 0, 1, 0, 1, 0, 1], [0, 0, 0, 0, 1, 1, 1, 1], {name: "k-means", method: "kmeans"});
    expect(v.kind).toBe("split-merged");
    expect(v.sentence).toMatch(/^k-means cut across the true groups \(adjusted Rand -?0\.\d\d; 2 clusters for 2 groups\): each of the 2 clusters mixes true groups, and each group is spread over several clusters\./);
  });

  it("clusteringVerdict does not call a small group swallowed by another recovered, however high the adjusted Rand", () => {
    const truth = [...new Array(60).fill(0), ...new Array(60).fill(1), 2, 2, 2];
    const labels = [...new Array(60).fill(0), ...new Array(63).fill(1)];
    const v = clusteringVerdict(labels, truth, {name: "Ward's linkage", method: "ward"});
    expect(v.ari).toBeGreaterThan(0.9);
    expect(v.kind).toBe("merged");
    expect(v.sentence).toMatch(/^Ward's linkage joined true groups \(adjusted Rand 0\.9\d; 2 clusters for 3 groups\): cluster 2 joins group B and group C\./);
  });

  it("clusteringVerdict calls a group cut into many small pieces broken", () => {
    const truth = [...new Array(50).fill(0), ...new Array(50).fill(1)];
    const labels = [...Array.from({length: 50}, (_, i) => Math.floor(i / 8)), ...new Array(50).fill(9)];
    const v = clusteringVerdict(labels, truth, {name: "DBSCAN", method: "dbscan"});
    expect(v.split).toEqual([0]);
    expect(v.sentence).toMatch(/^DBSCAN split true groups \(adjusted Rand 0\.\d\d; 8 clusters for 2 groups\): group A is broken into 7 clusters\. eps is too small/);
  });

  it("clusteringVerdict names the cluster that joined two groups, with single linkage's reason", () => {
    const v = clusteringVerdict([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1], [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], {name: "Single linkage", method: "single"});
    expect(v.kind).toBe("merged");
    expect(v.merged).toEqual([0]);
    expect(v.sentence).toContain("cluster 1 joins group A and group B");
    expect(v.sentence).toContain("one chain of points is enough");
  });

  it("clusteringVerdict counts noise and says when most points became noise", () => {
    const v = clusteringVerdict([-1, -1, -1, 0, 0, -1, -1, -1, 1, 1], [0, 0, 0, 0, 0, 1, 1, 1, 1, 1], {name: "DBSCAN", method: "dbscan"});
    expect(v.noiseShare).toBeCloseTo(0.6, 12);
    expect(v.kind).toBe("noise");
    expect(v.sentence).toMatch(/^DBSCAN called 60% of the points noise/);
  });

  it("clusteringVerdict with one true group says there was nothing to find", () => {
    const v = clusteringVerdict([0, 1, 1, 0], [0, 0, 0, 0], {name: "k-means"});
    expect(v.kind).toBe("no-groups");
    expect(v.sentence).toContain("yet k-means drew 2 clusters");
  });

  it("clusteringVerdict at the extremes: every point noise, every point its own cluster, no points", () => {
    expect(clusteringVerdict([-1, -1, -1, -1], [0, 0, 1, 1], {name: "DBSCAN", method: "dbscan"}).sentence).toMatch(/called 100% of the points noise .*leaving 0 clusters for the 2 true groups/);
    const own = clusteringVerdict([0, 1, 2, 3, 4, 5], [0, 0, 0, 1, 1, 1], {name: "x"});
    expect(own.kind).toBe("split");
    expect(own.sentence).toContain("6 clusters for 2 groups");
    const partly = clusteringVerdict([0, 0, 0, 0, -1, 1, 1, 1, 1, -1], [0, 0, 0, 0, 0, 1, 1, 1, 1, 1], {name: "DBSCAN", method: "dbscan"});
    expect(partly.kind).toBe("missed");
    expect(partly.sentence).toBe(`DBSCAN found 2 clusters for the 2 true groups, and 2 points (20%) called noise, but they only partly match them (adjusted Rand ${partly.ari.toFixed(2)}). eps is too small for some groups: their points lose touch and split or become noise.`);
    expect(clusteringVerdict([], []).kind).toBe("no-groups");
    expect(() => clusteringVerdict([0], [0, 1])).toThrow(/1 labels but 2 true groups/);
    expect(groupName(0)).toBe("group A");
    expect(groupName(27)).toBe("group B1");
  });

  it("k-means on two moons splits them; DBSCAN at eps 0.2 recovers them", () => {
    const {X, y} = makeMoons({n: 300, noise: 0.05});
    const km = clusteringVerdict(kmeans(X, {k: 2, nInit: 1}).labels, y, {name: "k-means", method: "kmeans"});
    expect(km.kind).not.toBe("recovered");
    expect(km.ari).toBeLessThan(0.6);
    expect(km.sentence).toContain("straight borders");
    const db = clusteringVerdict(dbscan(X, {eps: 0.2, minSamples: 5}).labels, y, {name: "DBSCAN", method: "dbscan"});
    expect(db.kind).toBe("recovered");
  });

  it("single linkage on two bridged blobs joins them; Ward keeps them apart", () => {
    const {X, y} = makeBridge({n: 400});
    const single = clusteringVerdict(cutTree(hierarchical(X, {linkage: "single"}).merges, {k: 2}), y, {name: "Single linkage", method: "single"});
    expect(single.kind).toBe("merged");
    expect(single.sentence).toMatch(/cluster \d joins group A and group B/);
    const ward = clusteringVerdict(cutTree(hierarchical(X, {linkage: "ward"}).merges, {k: 2}), y, {name: "Ward", method: "ward"});
    expect(ward.kind).toBe("recovered");
  });

  it("k-means on the mouse hands part of the head to the ears", () => {
    const {X, y} = makeMouse({n: 500});
    const v = clusteringVerdict(kmeans(X, {k: 3}).labels, y, {name: "k-means", method: "kmeans"});
    expect(v.ari).toBeLessThan(0.9);
    expect(v.merged.length).toBeGreaterThan(0);
  });

  it("blobs are recovered by k-means and uniform noise has no groups", () => {
    const blobs = makeBlobs({n: 300, seed: 1});
    expect(clusteringVerdict(kmeans(blobs.X, {k: 3}).labels, blobs.y, {method: "kmeans"}).kind).toBe("recovered");
    const u = makeUniform({n: 100});
    expect(clusteringVerdict(kmeans(u.X, {k: 3}).labels, u.y, {method: "kmeans"}).kind).toBe("no-groups");
  });

  it("a Gaussian mixture (the playground's default, diagonal covariances) recovers the mouse that k-means breaks; on rings it cuts each ring into pieces", () => {
    const mouse = makeMouse({n: 500});
    const gmm = clusteringVerdict(gaussianMixture(mouse.X, {k: 3, seed: 1, covariance: "diag"}).labels, mouse.y, {name: "The Gaussian mixture", method: "gmm"});
    expect(gmm.ari).toBeGreaterThan(0.9);
    const rings = makeCircles({n: 400, factor: 0.4, noise: 0.03});
    const onRings = clusteringVerdict(gaussianMixture(rings.X, {k: 2, seed: 1}).labels, rings.y, {name: "The Gaussian mixture", method: "gmm"});
    expect(onRings.kind).not.toBe("recovered");
    expect(onRings.sentence).toContain("elliptical bell");
  });

  it("HDBSCAN recovers two moons without an eps, and says why sparse groups become noise", () => {
    const {X, y} = makeMoons({n: 300, noise: 0.05});
    expect(clusteringVerdict(hdbscan(X, {minClusterSize: 10}).labels, y, {name: "HDBSCAN", method: "hdbscan"}).kind).toBe("recovered");
    const v = clusteringVerdict([-1, -1, -1, 0, 0, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 1, 1, 1, 1, 1], {name: "HDBSCAN", method: "hdbscan"});
    expect(v.kind).toBe("noise");
    expect(v.sentence).toContain("minimum cluster size");
  });
});

