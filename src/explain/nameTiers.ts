/** Tier names from cheapest to dearest, for 1 to 5 tiers. */
const tierNameSets: readonly (readonly string[])[] = [
  ["Whole menu"],
  ["Budget", "Premium"],
  ["Budget", "Mid-range", "Premium"],
  ["Budget", "Mid-range", "Upscale", "Premium"],
  ["Budget", "Value", "Mid-range", "Upscale", "Premium"]
];

/** The names of k price tiers, cheapest first: Budget … Premium (beyond five: "Tier 2" … in between). */
export function tierNames(k: number): string[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k = ${k}; the number of tiers must be a whole number of at least 1`);
  if (k <= tierNameSets.length) return tierNameSets[k - 1].slice();
  return Array.from({length: k}, (_, i) => (i === 0 ? "Budget" : i === k - 1 ? "Premium" : `Tier ${i + 1}`));
}

/**
 * Names clusters as price tiers by the order of their centres' prices, never by cluster index:
 * a cluster's label is arbitrary (it depends on which centre k-means happened to seed first), so
 * the cheapest centre is "Budget" whatever its label. `centerPrices[c]` is the price of cluster
 * c's centre in the original units; ties keep label order. Returns the name of each cluster, by label.
 */
export function nameTiers(centerPrices: ArrayLike<number>): string[] {
  const k = centerPrices.length;
  for (let c = 0; c < k; ++c) {
    if (!Number.isFinite(centerPrices[c])) throw new RangeError(`cluster ${c} has price ${centerPrices[c]}; every centre needs a finite price`);
  }
  const names = tierNames(k);
  const order = Array.from({length: k}, (_, c) => c).sort((a, b) => centerPrices[a] - centerPrices[b] || a - b);
  const byLabel = new Array<string>(k);
  order.forEach((c, rank) => (byLabel[c] = names[rank]));
  return byLabel;
}

/**
 * The mean price of each cluster's members: the price coordinate of the k-means centres in the
 * original units (a centre is the mean of its members), available even when price was not one of
 * the clustering features. An empty cluster throws, since it has no price to rank.
 */
export function clusterPrices(labels: ArrayLike<number>, prices: ArrayLike<number>, k: number): number[] {
  if (labels.length !== prices.length) throw new RangeError(`${labels.length} labels but ${prices.length} prices; they must pair up`);
  const sum = new Array<number>(k).fill(0);
  const count = new Array<number>(k).fill(0);
  for (let i = 0; i < labels.length; ++i) {
    const c = labels[i];
    if (!Number.isInteger(c) || c < 0 || c >= k) throw new RangeError(`label ${c} at row ${i} is outside 0 … ${k - 1}`);
    sum[c] += prices[i];
    ++count[c];
  }
  return sum.map((s, c) => {
    if (count[c] === 0) throw new RangeError(`cluster ${c} is empty, so it has no price to rank`);
    return s / count[c];
  });
}
