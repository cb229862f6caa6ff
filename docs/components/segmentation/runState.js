// The analysis run as the page sees it. The latest run wins (answers to older runs are ignored); the
// status (phase, progress, Cancel) is drawn in place into one element, so it never waits for a result
// and no cell re-runs per progress message; results arrive as snapshots {run, result, params, data, ms}
// that carry the data and settings they were computed from, for the views and the exports.
import {html} from "npm:htl";
import {settingsText} from "./wording.js";

/**
 * createRunner({onCancel}) → {node, start, fail, cancel, progress, reading, readEnded, subscribe, current, status}
 * - node: the status element (put it at the top of the results container; it sets the container's
 *   aria-busy and disables every [data-needs-result] control in it while the shown result isn't current)
 * - start(request, {params, data}): runs request() (a promise of a result) as the latest run
 * - fail(error, {params, data}): a run that can't start (no features chosen…)
 * - cancel(): ends the running run as "Cancelled." at once and calls onCancel() to stop the engine
 * - progress(status): the engine's onStatus ({busy, label, stage, done, total})
 * - reading(name) / readEnded(): a file is being read (the shown result is for the data before it)
 * - subscribe(notify): calls notify(snapshot) with each new result (and the current one, if any)
 */
export function createRunner({onCancel = () => {}} = {}) {
  let run = 0;
  let state = {status: "idle"}; // {status: "idle" | "running" | "interrupted" | "done" | "error" | "cancelled", error?, started?}
  let readingName = null;
  let shown = null; // the snapshot on screen
  let phase = {label: "Starting", stage: "", done: 0, total: 1};
  const listeners = new Set();
  let tree = null; // the last hierarchical tree the engine built, handed back with the next run
  let last = null; // {request, params, data}: the latest run, to resume it when a file read interrupted it

  // The running line keeps its nodes and only changes its text, so Cancel stays where it is (first) and
  // a click is never lost to a progress message redrawing the line under the pointer.
  const line = html`<div class="seg-progress" role="status" aria-live="polite"></div>`;
  const bar = html`<progress max="1" value="0"></progress>`;
  const cancel = html`<button type="button" class="seg-cancel" onclick=${() => runner.cancel()}>Cancel</button>`;
  const text = html`<span class="seg-phase"></span>`;
  const running = [cancel, " ", bar, " ", text];
  const note = html`<p class="seg-stale-note"></p>`;
  const node = html`<div class="seg-status pk-no-print">${line}${note}</div>`;
  // Controls drawn into the container later (a chart redrawn at a new width) start disabled too while stale.
  const watcher = new MutationObserver(() => current() || disableControls());
  let watched = null;

  const busy = () => state.status === "running" || state.status === "interrupted" || readingName !== null;
  const current = () => state.status === "done" && readingName === null;

  function describe(snapshot) {
    if (!snapshot) return "";
    const p = snapshot.params;
    return `${snapshot.data.name}, ${settingsText(p)}`;
  }

  function disableControls() {
    for (const control of watched?.querySelectorAll("[data-needs-result]:not([disabled])") ?? []) control.disabled = true;
  }

  function show(...children) {
    const nodes = line.childNodes;
    const same = children.length === nodes.length && children.every((c, i) => (typeof c === "string" ? nodes[i].nodeType === Node.TEXT_NODE && nodes[i].data === c : nodes[i] === c));
    if (!same) line.replaceChildren(...children);
  }

  function draw() {
    const container = node.closest(".seg-results");
    if (container !== watched) {
      watcher.disconnect();
      watched = container;
      if (container) watcher.observe(container, {childList: true, subtree: true});
    }
    if (container) {
      container.setAttribute("aria-busy", String(busy()));
      container.classList.toggle("seg-stale", !current() && shown !== null);
      for (const control of container.querySelectorAll("[data-needs-result]")) control.disabled = !current();
    }
    if (readingName !== null) {
      text.textContent = `Reading “${readingName}” — ${phase.stage || "starting"}…`;
      show(text, " ", bar);
    } else if (state.status === "running" || state.status === "interrupted") {
      text.textContent = `${phase.label} — ${phase.stage || "starting"}…`;
      show(...running);
    } else if (state.status === "done") {
      show(`Done in ${(shown.ms / 1000).toFixed(2)} s.`);
    } else if (state.status === "cancelled") {
      show("Cancelled. Change a setting or press “Run again”.");
    } else if (state.status === "error") {
      show(html`<span class="seg-error" role="alert">The analysis could not run: ${state.error.message}</span>`);
    } else {
      show();
    }
    bar.max = phase.total || 1;
    bar.value = Math.min(phase.done ?? 0, bar.max);
    note.hidden = current() || shown === null;
    note.textContent = shown === null ? "" : `The results below are the previous ones (${describe(shown)}), dimmed: ${busy() ? "the new ones appear when ready" : "they don't match the data and settings above"}. Exports and saving wait for a current result.`;
  }

  function set(next) {
    state = next;
    draw();
  }

  const runner = {
    node,
    start(request, {params, data}, retries = 3) {
      const id = ++run;
      last = {request, params, data};
      phase = {label: "Analysing", stage: "", done: 0, total: 1};
      set({status: "running", started: performance.now()});
      request().then(
        (result) => {
          if (id !== run) return;
          // The engine answers for the table it holds: never show a result of other data under this data's name.
          if (result?.params?.key !== undefined && data?.key !== undefined && result.params.key !== data.key) {
            return retries > 0 ? this.start(request, {params, data}, retries - 1) : set({status: "error", error: new Error("the engine answered for another dataset; press “Run again”")});
          }
          shown = {run: id, result, params, data, ms: result.ms ?? performance.now() - state.started};
          if (result.tree?.cache) tree = result.tree.cache;
          set({status: "done"});
          for (const notify of listeners) notify(shown);
          draw(); // the new views are in the container now
        },
        (error) => {
          if (id !== run) return;
          const replaced = error?.name === "AbortError" && /newer request/.test(error.message);
          // A file being read took the engine over: the run resumes if that file is refused.
          if (replaced && readingName !== null) return set({status: "interrupted"});
          // Replaced by an older call still on its way (an earlier run's request can land after this
          // one's data transfer): this is still the latest run, so it asks again.
          if (replaced && retries > 0) return this.start(request, {params, data}, retries - 1);
          set(error?.name === "AbortError" ? {status: "cancelled"} : {status: "error", error: error instanceof Error ? error : new Error(String(error))});
        }
      );
      return id;
    },
    fail(error) {
      ++run;
      set({status: "error", error});
    },
    // The run ends here, whatever the engine is doing (it may still be copying the table and have
    // nothing to cancel yet): its answer, if one comes, is ignored, and nothing restarts it.
    cancel() {
      if (state.status !== "running" && state.status !== "interrupted") return;
      ++run;
      set({status: "cancelled"});
      onCancel();
    },
    progress(s) {
      if (!s.busy) return;
      phase = {label: s.label ?? phase.label, stage: s.stage ?? "", done: s.done ?? 0, total: s.total ?? 1};
      draw();
    },
    reading(name) {
      readingName = name;
      phase = {label: "Reading", stage: "", done: 0, total: 1};
      draw();
    },
    /** The file read ended; `loaded`: it became the data (a new run follows), else the interrupted run resumes. */
    readEnded({loaded = false} = {}) {
      readingName = null;
      if (state.status === "interrupted" && !loaded && last) this.start(last.request, last);
      else draw();
    },
    subscribe(notify) {
      listeners.add(notify);
      if (shown) notify(shown);
      return () => listeners.delete(notify);
    },
    /** Whether `snapshot` is the result on screen and matches the data and settings above it. */
    isCurrent(snapshot) {
      return current() && snapshot === shown;
    },
    /** The kept hierarchical tree ({key, flat, sample}) to send with the next run, or null. */
    get tree() {
      return tree;
    },
    get status() {
      return state.status;
    },
    redraw: draw
  };
  return runner;
}
