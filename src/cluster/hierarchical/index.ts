// Agglomerative clustering (scipy.cluster.hierarchy.linkage).
export {hierarchical} from "./hierarchical.js";
export type {Linkage, HierarchicalOptions, HierarchicalResult} from "./hierarchical.js";
