// Cluster scores, after sklearn.metrics and scipy.cluster.hierarchy.cophenet.
export {silhouette, silhouetteSamples} from "./silhouette.js";
export type {SilhouetteOptions} from "./silhouette.js";
export {calinskiHarabasz} from "./calinskiHarabasz.js";
export type {ClusterScoreOptions} from "./calinskiHarabasz.js";
export {daviesBouldin} from "./daviesBouldin.js";
export {adjustedRandIndex} from "./adjustedRandIndex.js";
export {copheneticCorrelation, copheneticDistances} from "./copheneticCorrelation.js";
export {gower} from "./gower.js";
export type {GowerOptions, MixedCell, MixedData} from "./gower.js";
export {precomputedSilhouette, precomputedSilhouetteSamples} from "./precomputedSilhouette.js";
