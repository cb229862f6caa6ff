// UMAP (McInnes, Healy & Melville 2018) as umap-learn computes it, one step per file.
export {umap} from "./umap.js";
export type {UmapOptions, UmapProgress, UmapResult} from "./umap.js";
export type {UmapInit} from "./initialEmbedding.js";
export {findAbParams} from "./findAbParams.js";
export {smoothKnnDistances} from "./smoothKnnDistances.js";
export type {SmoothKnnOptions} from "./smoothKnnDistances.js";
export {nearestNeighbors} from "./nearestNeighbors.js";
export type {Neighbors} from "./nearestNeighbors.js";
export {umapTransform} from "./umapTransform.js";
export type {UmapModel, UmapTransformOptions} from "./umapTransform.js";
