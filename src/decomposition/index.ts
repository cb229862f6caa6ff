// Matrix decompositions, after sklearn.decomposition.
export {pca, projectPca} from "./pca.js";
export type {PcaOptions, PcaResult, PcaSolver} from "./pca.js";
