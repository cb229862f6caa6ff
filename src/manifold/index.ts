// Maps of the rows in two dimensions and how faithful they are, after sklearn.manifold.
export * from "./umap/index.js";
export {mapRows} from "./mapRows.js";
export type {MapRowsOptions, MapRowsResult} from "./mapRows.js";
export {trustworthiness} from "./trustworthiness.js";
export type {TrustworthinessOptions} from "./trustworthiness.js";
export {neighborPreservation} from "./neighborPreservation.js";
export type {NeighborPreservationOptions} from "./neighborPreservation.js";
