// k-medoids (PAM), after sklearn_extra.cluster.KMedoids and R's cluster::pam.
export {kmedoids} from "./kmedoids.js";
export type {KmedoidsOptions, KmedoidsResult} from "./kmedoids.js";
export {kmedoidsPredict} from "./kmedoidsPredict.js";
export type {KmedoidsModel, MixedRows} from "./kmedoidsPredict.js";
