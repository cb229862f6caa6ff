// Types of chooseKCaption.js for the unit tests.
export function chooseKCaption(result: {points: {k: number; inertia: number; silhouette: number}[]; curveSample?: number | null}): string;
