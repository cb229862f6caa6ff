export {toMatrix, toRows, isMatrix} from "./matrix.js";
export type {Matrix, Rows} from "./matrix.js";
export {randomSource, randomInt} from "./random.js";
export {standardize} from "./standardize.js";
export type {Standardized} from "./standardize.js";
export {minMaxScale} from "./minMaxScale.js";
export {robustScale} from "./robustScale.js";
export {applyScaling} from "./applyScaling.js";
export type {Scaling, Scaled} from "./applyScaling.js";
