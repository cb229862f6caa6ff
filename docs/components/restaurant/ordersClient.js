// The page's side of ordersWorker.js: tally once, then summarise by tier whenever the tiers change.
const workerUrl = import.meta.resolve("./ordersWorker.js");

let worker = null;
let nextId = 1;
const pending = new Map();

function request(message, transfer = []) {
  if (!worker) {
    worker = new Worker(workerUrl, {type: "module"});
    worker.onmessage = ({data}) => {
      const job = pending.get(data.id);
      if (!job) return;
      pending.delete(data.id);
      if (data.error) job.reject(new Error(data.error));
      else job.resolve(data.result);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      for (const job of pending.values()) job.reject(new Error(`The order tallies stopped: ${event.message ?? "unknown error"}`));
      pending.clear();
    };
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, {resolve, reject});
    worker.postMessage({...message, id}, transfer);
  });
}

/** tallyOrders(orders, {priceOf}) in the worker → a promise of a handle for summariseOrders. */
export function tallyOrders(orders, {priceOf}) {
  return request({type: "tally", orders, priceOf: [...priceOf]});
}

/** summariseOrders(tallies, {tierOf, tiers}) in the worker → a promise of the summary by tier. */
export async function summariseOrders(tallies, {tierOf, tiers}) {
  await tallies;
  return request({type: "summarise", tierOf: [...tierOf], tiers});
}
