// A worker of the pool (pool.js): keeps the matrix it was sent and runs tasks on it (poolTask.js).
import {poolTask} from "./poolTask.js";

let matrix = null;

onmessage = ({data}) => {
  try {
    if (data.type === "matrix") {
      matrix = {data: data.data, n: data.n, d: data.d};
      return;
    }
    const result = poolTask(matrix, data.task);
    postMessage({id: data.id, result}, [result.labels.buffer]);
  } catch (error) {
    postMessage({id: data.id, error: {name: error?.name ?? "Error", message: String(error?.message ?? error)}});
  }
};
