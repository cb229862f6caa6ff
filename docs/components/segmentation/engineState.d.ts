// Types of engineState.js for the unit tests and benchmarks.
export const limits: Record<"hierarchical" | "hierarchicalDense" | "silhouette" | "scatter" | "kDistance" | "chooseK" | "dbscanStability", number>;
export const state: {table: unknown; current: number; transfer: Transferable[]};
export function progress(stage: string, done?: number, total?: number): void;
