// The library's public API: one re-export per folder (laid out like scikit-learn's modules).
export * from "./core/index.js";
export * from "./preprocessing/index.js";
export * from "./decomposition/index.js";
export * from "./manifold/index.js";
export * from "./cluster/index.js";
export * from "./mixture/index.js";
export * from "./pipeline/index.js";
export * from "./metrics/index.js";
export * from "./datasets/index.js";
export * from "./io/index.js";
export * from "./explain/index.js";
