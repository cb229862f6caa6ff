// Colours and shapes for price tiers: by price rank, so Budget keeps the same colour and symbol whatever k is.
import {clusterColors, clusterSymbols, noiseColor, noiseSymbol} from "../palette.js";

/** Plot `color` and `symbol` scales for tier names given cheapest first. */
export function tierScale(names) {
  return {
    color: {type: "categorical", domain: names, range: names.map((_, i) => clusterColors[i % clusterColors.length])},
    symbol: {type: "ordinal", domain: names, range: names.map((_, i) => clusterSymbols[i % clusterSymbols.length])}
  };
}

/** Plot scales for DBSCAN groups ("group 1", …) and "unusual" (noise) last. */
export function groupScale(names) {
  const groups = names.filter((n) => n !== "unusual");
  const domain = [...groups, ...(names.includes("unusual") ? ["unusual"] : [])];
  return {
    color: {type: "categorical", domain, range: domain.map((n, i) => (n === "unusual" ? noiseColor : clusterColors[i % clusterColors.length]))},
    symbol: {type: "ordinal", domain, range: domain.map((n, i) => (n === "unusual" ? noiseSymbol : clusterSymbols[i % clusterSymbols.length]))}
  };
}
