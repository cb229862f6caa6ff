// HDBSCAN* (after scikit-learn's cluster/_hdbscan/ and R's dbscan::hdbscan).
export {hdbscan} from "./hdbscan.js";
export type {HdbscanOptions, HdbscanResult, CondensedCluster} from "./hdbscan.js";
export type {ClusterSelectionMethod} from "./selectClusters.js";
export {hdbscanPredict} from "./hdbscanPredict.js";
export type {HdbscanModel, HdbscanPrediction} from "./hdbscanPredict.js";
