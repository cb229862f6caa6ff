// The arrays a k-means run works in, allocated once per kmeans() call and reused by every run.
import type {Assignment, SeedingWorkspace} from "./kmeansPlusPlus.js";

/** Scratch arrays of the runs: the assignment with its bounds, the cluster sums and the refinement's state. */
export interface Workspace extends Assignment {
  previous: Float64Array;
  sums: Float64Array;
  counts: Float64Array;
  shift: Float64Array;
  halfSeparation: Float64Array;
  drop: Float64Array;
  means: Float64Array;
  drift: Float64Array;
  /** Rows a Hartigan sweep still has to examine. */
  settled: Int32Array;
  /** The means when the Hartigan bounds were last rebased (see `rebase`). */
  checkpoint: Float64Array;
  /** How far each mean is from its checkpoint. */
  displacement: Float64Array;
  /** Per row: 1 if its upper bound, 2 if its lower bound was set since the checkpoint. */
  touched: Uint8Array;
  seeding: SeedingWorkspace | null;
}

/** A {@link Workspace} for n rows of d columns and k clusters (`seeding` when the starts are k-means++). */
export function kmeansWorkspace(n: number, d: number, k: number, seeding: SeedingWorkspace | null): Workspace {
  return {
    centers: new Float64Array(k * d),
    labels: new Int32Array(n),
    upper: new Float64Array(n),
    lower: new Float64Array(n),
    previous: new Float64Array(k * d),
    sums: new Float64Array(k * d),
    counts: new Float64Array(k),
    shift: new Float64Array(k),
    halfSeparation: new Float64Array(k),
    drop: new Float64Array(k),
    means: new Float64Array(k * d),
    drift: new Float64Array(k),
    settled: new Int32Array(n),
    checkpoint: new Float64Array(k * d),
    displacement: new Float64Array(k),
    touched: new Uint8Array(n),
    seeding,
  };
}
