// Types of encode.js for the unit tests (the page's components are plain JavaScript).
export type Node = {type: string; [key: string]: unknown};
export const limits: {rows: number; items: number; keys: number; depth: number; text: number};
export function encode(value: unknown, depth?: number): Node;
export function clusterSizes(labels: number[]): {cluster: string; size: number}[];
export function chartFor(value: unknown): {kind: string; [key: string]: unknown} | null;
