// The page's side of the worker: one request in flight per channel and only the latest waiting one
// kept, so a brush stroke that sends twenty updates computes the first and the last, never a queue.
const workerUrl = import.meta.resolve("./worker.js");

/** engine() → {request(op, payload) → Promise of the result (rejected with {stale: true} when superseded), terminate()}. */
export function engine() {
  const worker = new Worker(workerUrl, {type: "module"});
  let nextId = 1;
  let running = null; // {id, resolve, reject}
  let waiting = null; // {message, resolve, reject}
  worker.onmessage = ({data}) => {
    const done = running;
    running = null;
    if (done && data.id === done.id) {
      if (data.type === "result") done.resolve(data.result);
      else done.reject(new Error(data.message));
    }
    if (waiting) send(waiting);
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    running?.reject(new Error(`The playground's engine stopped: ${event.message ?? "unknown error"}`));
    running = null;
  };
  function send(job) {
    waiting = null;
    running = {id: job.message.id, resolve: job.resolve, reject: job.reject};
    worker.postMessage(job.message);
  }
  return {
    request(op, payload) {
      return new Promise((resolve, reject) => {
        const job = {message: {...payload, op, id: nextId++}, resolve, reject};
        if (waiting) waiting.reject(Object.assign(new Error("superseded"), {stale: true}));
        if (running) waiting = job;
        else send(job);
      });
    },
    terminate() {
      worker.terminate();
    }
  };
}
