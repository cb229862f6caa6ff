// k-means (sklearn.cluster.KMeans): the public function and its seeding.
export {bestRun, kmeans, kmeansRunPlan} from "./kmeans.js";
export type {KmeansOptions, KmeansResult, KmeansStep, KmeansInit} from "./kmeans.js";
export {kmeansPredict} from "./kmeansPredict.js";
