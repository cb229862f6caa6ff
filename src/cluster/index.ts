// Clustering, after sklearn.cluster and scipy.cluster.hierarchy.
export * from "./kmeans/index.js";
export * from "./hierarchical/index.js";
export {dbscan} from "./dbscan.js";
export type {DbscanOptions, DbscanResult} from "./dbscan.js";
export {kDistance} from "./kDistance.js";
export type {KDistanceOptions} from "./kDistance.js";
export {suggestEps} from "./suggestEps.js";
export type {SuggestEpsOptions, SuggestedEps} from "./suggestEps.js";
export {cutTree} from "./cutTree.js";
export type {CutTreeOptions} from "./cutTree.js";
export {dendrogramLayout} from "./dendrogramLayout.js";
export type {DendrogramLayout, DendrogramLayoutOptions, DendrogramLeaf, DendrogramLink, DendrogramNode} from "./dendrogramLayout.js";
export {treeTop} from "./treeTop.js";
export type {TreeTop, TreeTopLeaf, TreeTopOptions} from "./treeTop.js";
export {coAssignmentStability, subsampleIndices} from "./stability.js";
export type {Stability, Rerun} from "./stability.js";
export {dbscanSteps} from "./dbscanSteps.js";
export type {DbscanStep, DbscanStepsResult} from "./dbscanSteps.js";
