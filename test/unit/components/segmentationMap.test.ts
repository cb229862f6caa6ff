import {describe, expect, it} from "vitest";
import {mapCaption, type MapCaptionInput} from "../../../docs/components/segmentation/mapWording.js";
import {distributionCaption} from "../../../docs/components/segmentation/methods/distributionWording.js";
import {boxStats} from "../../../src/index.js";

const base: MapCaptionInput = {nFeatures: 3, nMapped: 1000, nPrepared: 1000, nTable: 1000, sampled: false, drawn: 1000, seed: 42, trustworthiness: 0.9971, trustNeighbors: 5, trustSample: 1000, colour: "segment"};

describe("mapCaption(map)", () => {
  it("mapCaption at the page's defaults names the features, all rows, the seed and the trustworthiness", () => {
    expect(mapCaption(base)).toBe("UMAP of the 3 prepared features of all 1,000 rows (seed 42). Colour and shape show the segment, as in the other views. Trustworthiness 0.997 (k = 5; 1 = every row's nearest neighbours on the map are near it in the data too). UMAP keeps neighbourhoods, not distances: the size of a clump and the gaps between clumps mean little.");
  });
  it("mapCaption above 50,000 rows says which sample was mapped, how much was drawn and where trustworthiness was estimated", () => {
    const text = mapCaption({...base, nMapped: 50000, nPrepared: 1000000, nTable: 1000000, sampled: true, drawn: 10000, trustSample: 1000, missed: [6]});
    expect(text).toContain("UMAP of the 3 prepared features; a seeded sample of 50,000 of 1,000,000 rows (every row equally likely, seed 42), 10,000 of them drawn.");
    expect(text).toContain("k = 5, estimated on 1,000 of the mapped rows");
    expect(text).toContain("the sample has no row of segment 7");
  });
  it("mapCaption with dropped rows, noise and uncertain rows counts each", () => {
    const text = mapCaption({...base, nMapped: 990, nPrepared: 990, drawn: 990, noise: 1, uncertain: 12, uncertainWord: "uncertain", threshold: 0.5});
    expect(text).toContain("UMAP of the 3 prepared features of 990 rows (seed 42).");
    expect(text).toContain("10 rows with a missing feature value are not on the map.");
    expect(text).toContain("grey crosses are 1 row of noise; hollow symbols mark 12 rows whose segment is uncertain (membership below 0.5)");
    expect(mapCaption({...base, uncertain: 1, uncertainWord: "edge"})).toContain("hollow symbols mark 1 row on a cluster's edge");
    expect(mapCaption({...base, nMapped: 999, nPrepared: 999, drawn: 999})).toContain("1 row with a missing feature value is not on the map.");
  });
  it("mapCaption for one feature, PCA coloured by a label column or one colour, and three rows with no trustworthiness", () => {
    expect(mapCaption({...base, nFeatures: 1})).toContain("UMAP of the 1 prepared feature of all 1,000 rows");
    expect(mapCaption({...base, colour: "label", labelColumn: "true_segment"})).toContain("Colour and shape show true_segment.");
    const plain = mapCaption({...base, colour: null, nMapped: 3, nPrepared: 3, nTable: 3, drawn: 3, trustworthiness: null, trustNeighbors: null, trustSample: 3});
    expect(plain).toBe("UMAP of the 3 prepared features of all 3 rows (seed 42). UMAP keeps neighbourhoods, not distances: the size of a clump and the gaps between clumps mean little.");
  });
});

describe("distributionCaption({name, segments})", () => {
  it("distributionCaption counts the rows beyond the whiskers and names the highest median", () => {
    const segments = [{label: 0, box: boxStats([1, 2, 3, 4, 100])}, {label: 1, box: boxStats([10, 11, 12])}];
    expect(distributionCaption({name: "spend", segments})).toBe("spend: each box holds the middle half of a segment's rows (first to third quartile), the line inside is its median, and the whiskers reach the furthest rows within 1.5 box lengths; 1 row lies beyond them. Highest median: segment 2 (11).");
  });
  it("distributionCaption with noise, a segment without values and none at all", () => {
    const segments = [{label: 0, box: null}, {label: -1, box: boxStats([5000, 6000])}];
    const text = distributionCaption({name: "x", segments});
    expect(text).toContain("no row lies beyond them. Highest median: noise (5,500). No value in segment 1.");
    expect(distributionCaption({name: "x", segments: [{label: 0, box: null}]})).toBe("x: no segment has a value.");
  });
});
