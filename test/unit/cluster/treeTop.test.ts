import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {cutTree, dendrogramLayout, treeTop} from "../../../src/index.js";

const fixture = JSON.parse(readFileSync(new URL("../../fixtures/blobs-300x5.json", import.meta.url), "utf8"));
const cases: {input: string; method: string; p: number; ivl: string[]; dcoord: number[][]}[] = JSON.parse(readFileSync(new URL("../reference/tree-top.json", import.meta.url), "utf8"));

describe("treeTop", () => {
  for (const c of cases) {
    it(`treeTop(merges, {merges: ${c.p - 1}}) leaves and heights equal scipy's dendrogram(Z, truncate_mode="lastp", p=${c.p}) (${c.method}, ${c.input})`, () => {
      const Z: number[][] = fixture.hierarchical.find((h: {input: string; method: string}) => h.input === c.input && h.method === c.method).linkage;
      const top = treeTop(Z, {merges: c.p - 1});
      const layout = dendrogramLayout(top.merges);
      const n = Z.length + 1;
      expect(layout.order.map((id) => (top.leaves[id].node < n ? String(top.leaves[id].node) : `(${top.leaves[id].size})`))).toEqual(c.ivl);
      const heights = top.merges.map((m) => m[2]).sort((a, b) => a - b);
      const scipy = c.dcoord.map((d) => d[1]).sort((a, b) => a - b);
      heights.forEach((h, i) => expect(h).toBeCloseTo(scipy[i], 10));
      expect(top.rows.at(-1)).toBe(n);
      expect(top.leaves.reduce((s, l) => s + l.size, 0)).toBe(n);
    });
  }

  it("treeTop(merges) cut at k gives the full tree's clusters, subtree by subtree", () => {
    const Z: number[][] = fixture.hierarchical[0].linkage;
    const top = treeTop(Z);
    for (let k = 2; k <= 10; ++k) {
      const full = cutTree(Z, {k});
      const reduced = cutTree(top.merges, {k});
      top.leaves.forEach((leaf, i) => {
        // the same leaf-to-cluster grouping: two leaves share a cluster in one cut iff in the other
        top.leaves.forEach((other, j) => expect(reduced[i] === reduced[j]).toBe(full[leaf.observation] === full[other.observation]));
      });
    }
  });

  it("treeTop(merges, {merges}) keeps the whole tree when it is small, and refuses 0 merges", () => {
    const Z = [[0, 1, 1, 2], [2, 3, 2, 3]];
    const top = treeTop(Z, {merges: 30});
    expect(top.merges).toEqual([[0, 1, 1, 2], [2, 3, 2, 3]]);
    expect(top.leaves.map((l) => l.node)).toEqual([0, 1, 2]);
    expect(() => treeTop(Z, {merges: 0})).toThrow(RangeError);
  });
});
