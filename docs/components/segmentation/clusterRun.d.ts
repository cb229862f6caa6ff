// Types of clusterRun.js for the unit tests that run the page's clustering (issue 18).
export function withinSS(X: number[][], labels: ArrayLike<number>): number;
export function centroids(X: number[][], labels: ArrayLike<number>): {label: number; center: number[]}[];
export function cluster(
  X: number[][],
  params: Record<string, unknown>,
  options?: {seed?: number; nInit?: number; cache?: boolean; features?: string[]}
): {labels: number[]; notes: string[]; centers?: number[][]; probabilities?: number[]; model?: Record<string, unknown>; tree?: unknown};
export function clusterPooled(
  X: number[][],
  params: Record<string, unknown>,
  options?: {seed?: number; nInit?: number; cache?: boolean; features?: string[]; pool?: unknown; M?: import("../../../src/core/matrix.js").Matrix}
): Promise<{labels: number[]; notes: string[]; centers?: number[][]}>;
