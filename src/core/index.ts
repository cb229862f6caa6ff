// Low-level pieces every module uses: matrices, seeded random numbers, distances, label codes.
export {toMatrix, toRows, isMatrix} from "./matrix.js";
export type {Matrix, Rows} from "./matrix.js";
export {randomSource, randomInt} from "./random.js";
export {condensedIndex, euclideanDissimilarity, isDissimilarity, checkDissimilarity} from "./dissimilarity.js";
export type {Dissimilarity} from "./dissimilarity.js";
