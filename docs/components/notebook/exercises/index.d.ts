// Types of index.js for the unit tests.
import type {Verdict} from "./compare.js";
export interface Exercise {
  id: string;
  title: string;
  prompt: string[];
  starter: string;
  hints: string[];
  solution: string;
  check(value: unknown, context: {lib: unknown; aq?: unknown; data: unknown}): Verdict;
}
export const lessons: Record<"kmeans" | "hierarchical" | "pca" | "dbscan" | "assignment", Exercise[]>;
export const exercises: Record<string, Exercise>;
