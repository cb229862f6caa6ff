// Colour-blind-safe cluster colours (Okabe & Ito 2008, without black) and Plot symbols, so that
// clusters are told apart by shape as well as colour. Noise (label −1) is grey and drawn as a cross.
export const clusterColors = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7f7f7f"];
export const clusterSymbols = ["circle", "square", "triangle", "diamond", "star", "wye", "hexagon", "asterisk"];
export const noiseColor = "#999999";
export const noiseSymbol = "times";

/** The display name of a cluster label. */
export function clusterName(label) {
  return label === -1 ? "noise" : `cluster ${label + 1}`;
}

/**
 * Plot scales for cluster labels (numbers, −1 = noise) or names: pass the result's `color` and
 * `symbol` to Plot.plot so a legend and both encodings agree.
 */
export function clusterScale(labels) {
  const domain = Array.from(new Set(labels)).sort((a, b) => (a === -1 ? 1 : b === -1 ? -1 : a < b ? -1 : a > b ? 1 : 0));
  let i = 0;
  const colors = [];
  const symbols = [];
  for (const d of domain) {
    if (d === -1 || d === "noise") {
      colors.push(noiseColor);
      symbols.push(noiseSymbol);
    } else {
      colors.push(clusterColors[i % clusterColors.length]);
      symbols.push(clusterSymbols[i % clusterSymbols.length]);
      ++i;
    }
  }
  return {color: {type: "categorical", domain, range: colors}, symbol: {type: "ordinal", domain, range: symbols}};
}
