// A worker_threads worker for bench/kmeansPool.ts: the page's pool task (poolTask.js) on the matrix it was sent.
import {parentPort} from "node:worker_threads";
import {poolTask} from "../../docs/components/segmentation/worker/poolTask.js";
import type {Matrix} from "../../src/core/matrix.js";

let M: Matrix | null = null;
parentPort!.on("message", (m) => {
  if (m.type === "matrix") {
    M = {data: m.data, n: m.n, d: m.d};
    parentPort!.postMessage({ready: true});
    return;
  }
  const r = poolTask(M!, m.task);
  parentPort!.postMessage({id: m.id, score: r.run?.score ?? r.inertia, index: r.run?.index ?? 0});
});
