// Every exercise by id, for the code-cell worker, which runs the checks.
import assignment from "./assignment.js";
import dbscan from "./dbscan.js";
import hierarchical from "./hierarchical.js";
import kmeans from "./kmeans.js";
import pca from "./pca.js";

/** The exercises of each lesson, in page order. */
export const lessons = {kmeans, hierarchical, pca, dbscan, assignment};

/** Every exercise by its id. */
export const exercises = Object.fromEntries(Object.values(lessons).flatMap((list) => list.map((e) => [e.id, e])));
