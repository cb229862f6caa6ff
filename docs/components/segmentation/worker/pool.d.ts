// Types of pool.js for the unit tests and benchmarks.
import type {KmeansOptions, KmeansResult} from "../../../../src/index.js";
import type {Matrix} from "../../../../src/core/matrix.js";
export interface PoolTask {
  options: KmeansOptions;
  sample?: {size: number; seed: number} | null;
}
export type PoolResult = Omit<KmeansResult, "labels"> & {labels: Int32Array};
export interface Pool {
  size: number;
  run(tasks: PoolTask[], options?: {onDone?: (done: number, total: number) => void}): Promise<PoolResult[]>;
  close(): void;
}
export function poolSize(cores?: number): number;
export function createPool(M: Matrix, options?: {size?: number}): Pool;
export function pooledKmeans(pool: Pool, M: Matrix, options: KmeansOptions): Promise<KmeansResult>;
