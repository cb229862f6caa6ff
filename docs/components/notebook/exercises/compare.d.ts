// Types of compare.js for the unit tests.
export type Verdict = {ok: boolean; message: string};
export function pass(message: string): Verdict;
export function fail(message: string): Verdict;
export function describe(value: unknown): string;
export function asRows(value: unknown): number[][] | null;
export function asVector(value: unknown): number[] | null;
interface RowsOptions {
  what?: string;
  rows?: string;
  source?: string;
  names?: string[] | null;
  tolerance?: number;
  rowWord?: string;
}
export function compareRows(value: unknown, reference: number[][], options?: RowsOptions): string | null;
export function compareNumber(value: unknown, reference: number, options?: {what?: string; source?: string; tolerance?: number}): string | null;
export function comparePartition(value: unknown, reference: ArrayLike<number>, options?: {what?: string; item?: string; names?: string[] | null; source?: string}): string | null;
export function axisAngle(a: number[], b: number[]): number;
