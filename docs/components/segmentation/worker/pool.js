// The segmentation worker's pool (issue 15): spreads k-means runs (the n_init runs of one fit, the
// stability reruns, the "choose k" sweep) over navigator.hardwareConcurrency − 1 workers in all —
// the analysis worker itself and up to POOL_HELPERS workers it starts. Each run draws from its own
// stretch of the seeded stream (kmeans' `runs` option), so the result is exactly one worker's.
// With 2 cores (or fewer) the pool is the analysis worker alone and nothing is copied.
import {bestRun, kmeans, kmeansRunPlan} from "../../../lib/index.js";
import {poolTask} from "./poolTask.js";

/** Most helper workers started, whatever the cores: each holds a copy of the matrix. */
const POOL_HELPERS = 3;

/** Below this many values (rows × columns), the copy to the helpers costs more than it saves. */
const POOL_MIN_VALUES = 200_000;

const workerUrl = import.meta.resolve("./poolWorker.js");

/** Workers computing in all: the analysis worker and its helpers (hardwareConcurrency − 1, at least 1). */
export function poolSize(cores = globalThis.navigator?.hardwareConcurrency ?? 2) {
  return Math.max(1, Math.min(POOL_HELPERS + 1, cores - 1));
}

/** A pool over matrix M (row-major {data, n, d}): `run(tasks)` resolves each task's result, in order. */
export function createPool(M, {size = poolSize()} = {}) {
  const helpers = M.n * M.d < POOL_MIN_VALUES ? [] : Array.from({length: size - 1}, () => helper(M));
  return {
    size: helpers.length + 1,
    /** Runs tasks (see poolTask.js) over the helpers and this worker; `onDone(count)` after each. */
    async run(tasks, {onDone = () => {}} = {}) {
      const results = new Array(tasks.length);
      let next = 0;
      let done = 0;
      const finish = (i, r) => {
        results[i] = r;
        onDone(++done, tasks.length);
      };
      const viaHelper = async (h) => {
        while (next < tasks.length) {
          const i = next++;
          finish(i, await h.run(tasks[i]));
        }
      };
      // This worker takes tasks too, between the helpers' messages.
      const here = async () => {
        while (next < tasks.length) {
          const i = next++;
          finish(i, poolTask(M, tasks[i]));
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      };
      await Promise.all([...helpers.map(viaHelper), here()]);
      return results;
    },
    close() {
      for (const h of helpers) h.worker.terminate();
    }
  };
}

/** kmeans(M, options) with its runs spread over the pool; the same result as one call. */
export async function pooledKmeans(pool, M, options) {
  const plan = kmeansRunPlan(M.n, M.d, options.k, options);
  if (pool.size === 1 || plan.jumps || plan.runs === 1) return kmeans(M, options);
  const parts = Math.min(pool.size, plan.runs);
  const tasks = Array.from({length: parts}, (_, p) => ({options: {...options, runs: [Math.floor((p * plan.runs) / parts), Math.floor(((p + 1) * plan.runs) / parts)]}}));
  const {run: _run, labels, ...best} = bestRun(await pool.run(tasks));
  return {...best, labels: Array.from(labels)};
}

function helper(M) {
  const worker = new Worker(workerUrl, {type: "module"});
  worker.postMessage({type: "matrix", data: M.data, n: M.n, d: M.d}); // a copy: each helper keeps its own
  let id = 0;
  const waiting = new Map();
  worker.onmessage = ({data}) => {
    const w = waiting.get(data.id);
    waiting.delete(data.id);
    if (data.error) w.reject(Object.assign(new Error(data.error.message), {name: data.error.name}));
    else w.resolve(data.result);
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    for (const w of waiting.values()) w.reject(new Error(`A pool worker stopped: ${event.message ?? "unknown error"}`));
    waiting.clear();
  };
  return {
    worker,
    run(task) {
      return new Promise((resolve, reject) => {
        waiting.set(++id, {resolve, reject});
        worker.postMessage({id, task});
      });
    }
  };
}
