// Types of storage.js for the unit tests.
export const prefix: string;
export const format: string;
export function onStorageProblem(listener: (message: string) => void): () => void;
export function load<T = unknown>(key: string, fallback?: T | null): T | null;
export function save(key: string, value: unknown): boolean;
export function remove(key: string): void;
export function keys(): string[];
export function exportWork(now?: Date): {format: string; version: number; saved: string; work: Record<string, unknown>};
export function parseWork(text: string): Record<string, unknown>;
export function importWork(work: Record<string, unknown>): number;
export function clearWork(): void;
export function changed(): void;
