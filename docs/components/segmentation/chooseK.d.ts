// Types of chooseK.js for the unit tests and benchmarks.
export interface ChooseKResult {
  points: {k: number; inertia: number; silhouette: number}[];
  sampled: number | null;
  curveSample: number | null;
  silhouetteSample: number | null;
}
export function chooseK(params: Record<string, unknown>): Promise<ChooseKResult>;
export function kDistanceCurve(params: Record<string, unknown>): {points: {rank: number; distance: number}[]; eps: number; index: number; n: number; sampled: number | null};
