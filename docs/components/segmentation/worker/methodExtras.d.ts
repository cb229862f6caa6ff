// Types of methodExtras.js (issue 18).
export const methodStage: Record<string, string>;
export const uncertainBelow: number;
export function methodExtras(
  run: {probabilities?: ArrayLike<number>; model?: Record<string, unknown>; centers?: number[][]; tree?: unknown},
  rowIndex: ArrayLike<number>,
  nTable: number
): {membership: Float64Array | null; model: Record<string, unknown> | null; uncertainBelow: number | null};
