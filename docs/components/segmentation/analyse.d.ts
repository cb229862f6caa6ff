// Types of analyse.js for the benchmarks (bench/segmentationPhases.ts).
export function analyse(params: Record<string, unknown>): Promise<{timings: Record<string, number>; metrics: {inertia: number; silhouette: number}} & Record<string, unknown>>;
