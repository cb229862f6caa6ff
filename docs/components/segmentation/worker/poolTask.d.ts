// Types of poolTask.js for the unit tests and benchmarks.
import type {Matrix} from "../../../../src/core/matrix.js";
import type {PoolResult, PoolTask} from "./pool.js";
export function subMatrix(M: Matrix, index: ArrayLike<number>): Matrix;
export function poolTask(M: Matrix, task: PoolTask): PoolResult;
