// The page's side of the code-cell worker: one worker per page, shared by its cells, one run at a time.
// A run that takes longer than the limit is stopped by terminating the worker; a fresh one is started
// (and given the data again) for the next run, so the page never waits on a learner's loop.
import {FileAttachment} from "observablehq:stdlib";

const workerUrl = import.meta.resolve("./worker.js");

/** Seconds a run may take before it is stopped. */
export const timeLimit = 5;

let datasetsPromise = null;

/** The five lesson datasets, by the names code cells use. */
export function loadDatasets() {
  return (datasetsPromise ??= Promise.all([
    FileAttachment("../../data/spices.json").json(),
    FileAttachment("../../data/recipes.json").json(),
    FileAttachment("../../data/recipe_profiles.json").json(),
    FileAttachment("../../data/cooking.json").json(),
    FileAttachment("../../data/food_delivery.json").json()
  ]).then(([spices, recipes, profiles, dishes, customers]) => ({spices, recipes, profiles, dishes, customers})));
}

let worker = null;
let ready = null;
let nextId = 1;
let queue = Promise.resolve();

function start() {
  worker = new Worker(workerUrl, {type: "module"});
  let fail;
  ready = new Promise((resolve, reject) => {
    fail = reject;
    worker.onmessage = ({data}) => {
      if (data.type === "ready") resolve();
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      reject(new Error(`The code runner could not start: ${event.message ?? "unknown error"}`));
    };
  });
  const w = worker;
  loadDatasets().then(
    (datasets) => w.postMessage({type: "init", datasets}),
    (error) => fail(new Error(`The lesson data could not be loaded: ${error.message}`))
  );
  return ready;
}

/** Starts the worker ahead of the first Run, when the page is idle (its start takes about a second). */
export function warm() {
  const go = () => {
    if (!worker) start().catch(() => stop());
  };
  if (typeof requestIdleCallback === "function") requestIdleCallback(go, {timeout: 5000});
  else setTimeout(go, 1000);
}

function stop() {
  worker?.terminate();
  worker = null;
  ready = null;
}

async function runNow(code, {exercise = null, limit = timeLimit} = {}) {
  if (!worker) start();
  const w = worker;
  try {
    await ready;
  } catch (error) {
    stop();
    return {entries: [], error: {name: "Error", message: error.message, line: null}, stopped: false};
  }
  const id = nextId++;
  return new Promise((resolve) => {
    const started = performance.now();
    const timer = setTimeout(() => {
      stop();
      resolve({
        entries: [],
        error: null,
        stopped: true,
        verdict: exercise ? {ok: false, message: `Your code was stopped after ${limit} seconds, before it gave an answer.`} : null,
        ms: performance.now() - started
      });
    }, limit * 1000);
    w.onmessage = ({data}) => {
      if (data.type !== "result" || data.id !== id) return;
      clearTimeout(timer);
      resolve({...data, stopped: false});
    };
    w.onerror = (event) => {
      event.preventDefault?.();
      clearTimeout(timer);
      stop();
      resolve({entries: [], error: {name: "Error", message: `The code runner stopped: ${event.message ?? "unknown error"}`, line: null}, stopped: false});
    };
    w.postMessage({type: "run", id, code, exercise});
  });
}

/**
 * Runs `code` in the worker; resolves {entries, value, chart, error, verdict, stopped, ms}. Runs from
 * several cells wait their turn. `exercise` names the exercise whose check judges the last value.
 */
export function run(code, options) {
  const result = queue.then(() => runNow(code, options));
  queue = result.catch(() => {});
  return result;
}
