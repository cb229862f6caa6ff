import {describe, expect, it} from "vitest";
import {clusterPrices, kmeans, menuFeatures, nameTiers, randomSource, tierNames} from "../../../src/index.js";
import {restaurantMenu} from "../../../loaders/restaurantMenu.js";

const ladder: Record<number, string[]> = {
  2: ["Budget", "Premium"],
  3: ["Budget", "Mid-range", "Premium"],
  4: ["Budget", "Mid-range", "Upscale", "Premium"],
  5: ["Budget", "Value", "Mid-range", "Upscale", "Premium"]
};

/** The names of the clusters read from cheapest to dearest centre. */
function namesByPrice(prices: number[], names: string[]): string[] {
  return prices
    .map((p, c) => ({p, name: names[c]}))
    .sort((a, b) => a.p - b.p)
    .map((d) => d.name);
}

describe("nameTiers(centerPrices)", () => {
  for (let k = 2; k <= 5; ++k) {
    it(`nameTiers(prices of ${k} centres) names them ${ladder[k].join(" < ")} in price order, whatever their labels`, () => {
      const random = randomSource(k);
      for (let trial = 0; trial < 50; ++trial) {
        const prices = Array.from({length: k}, () => Math.round(500 + 4000 * random()) / 100);
        const names = nameTiers(prices);
        expect(namesByPrice(prices, names)).toEqual(ladder[k]);
      }
    });

    it(`nameTiers(descending prices, k = ${k}) gives cluster 0 the name Premium, not the first name by index`, () => {
      // The seed names clusters by index (cluster 0 = "Budget-Friendly"), which files its dearest
      // dishes under Budget whenever k-means happens to label them 0.
      const prices = Array.from({length: k}, (_, c) => 40 - 5 * c);
      const names = nameTiers(prices);
      expect(names[0]).toBe("Premium");
      expect(names[k - 1]).toBe("Budget");
      expect(names).toEqual(ladder[k].slice().reverse());
    });
  }

  it("nameTiers([20, 10, 20]) breaks a price tie by label order", () => {
    expect(nameTiers([20, 10, 20])).toEqual(["Mid-range", "Budget", "Premium"]);
  });

  it("nameTiers([10, NaN]) throws a RangeError naming the cluster", () => {
    expect(() => nameTiers([10, NaN])).toThrow(/cluster 1 has price NaN/);
  });

  it("tierNames(7) keeps Budget and Premium at the ends", () => {
    expect(tierNames(7)).toEqual(["Budget", "Tier 2", "Tier 3", "Tier 4", "Tier 5", "Tier 6", "Premium"]);
    expect(() => tierNames(0)).toThrow(RangeError);
  });
});

describe("clusterPrices(labels, prices, k)", () => {
  it("clusterPrices([0, 1, 0, 1], [10, 30, 20, 50], 2) is the mean price of each cluster", () => {
    expect(clusterPrices([0, 1, 0, 1], [10, 30, 20, 50], 2)).toEqual([15, 40]);
  });

  it("clusterPrices with an empty cluster throws", () => {
    expect(() => clusterPrices([0, 0], [10, 20], 2)).toThrow(/cluster 1 is empty/);
  });

  for (let k = 2; k <= 5; ++k) {
    it(`kmeans(menu, {k: ${k}}) tiers named by nameTiers rise in mean price from Budget to Premium`, () => {
      const menu = restaurantMenu();
      for (const features of [["price", "prep_time", "calories", "spice_level"], ["calories", "spice_level"], ["prep_time"]]) {
        const {X} = menuFeatures(menu, {features, cuisine: "onehot"});
        const {labels} = kmeans(X, {k, seed: 42});
        const prices = clusterPrices(labels, menu.map((m) => m.price), k);
        const names = nameTiers(prices);
        expect(namesByPrice(prices, names)).toEqual(ladder[k]);
        // Every dish's tier has the price rank of its cluster's mean.
        const budget = names.indexOf("Budget");
        const premium = names.indexOf("Premium");
        expect(prices[budget]).toBe(Math.min(...prices));
        expect(prices[premium]).toBe(Math.max(...prices));
      }
    });
  }
});
