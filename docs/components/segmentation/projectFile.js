// The project file (issue 18): an analysis as one JSON file — settings, results and the data's
// fingerprint, a history entry (historyEntry.js) plus the fitted model — that another
// machine opens with segmentation.md's reopen(): the sample is loaded again, a file is asked for
// and accepted only when its fingerprint matches, then the run's metrics are compared with the saved ones.
import {html} from "npm:htl";
import {download} from "./exports.js";
import {valid} from "./history.js";
import {historyEntry} from "./historyEntry.js";

export const projectFormat = "pattern-kitchen/segmentation-project";
export const projectVersion = 1;

/** The project file's content for a shown analysis. */
export function projectFile(snapshot, {version, segmentModel = null} = {}) {
  const entry = historyEntry(snapshot);
  // Another machine has no history: the data is the sample or a file to load again.
  const dataset = {...entry.dataset, source: entry.dataset.source === "sample" ? "sample" : "file"};
  // segmentModel (issue 18, apply/): the preparation and fitted parameters that place new rows on another machine.
  return {format: projectFormat, formatVersion: projectVersion, library: version ?? null, ...entry, dataset, model: snapshot.result.model ?? null, segmentModel};
}

/** Reads a project file's text into a history entry; throws a message for the reader when it isn't one. */
export function readProject(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not JSON (${error.message})`, {cause: error});
  }
  if (value === null || typeof value !== "object" || value.format !== projectFormat) throw new Error(`it is not a segmentation project file (no "format": "${projectFormat}")`);
  if (value.formatVersion !== projectVersion) throw new Error(`it is a project file of format version ${String(value.formatVersion)}; this page reads version ${projectVersion}`);
  const d = value.dataset;
  if (!d || typeof d.name !== "string" || !/^[0-9a-f]{16}$/.test(String(d.fingerprint)) || !Number.isInteger(d.rows)) throw new Error("its dataset (name, fingerprint, rows) is missing or damaged");
  if (!value.params || typeof value.params.algorithm !== "string" || !Array.isArray(value.params.numeric)) throw new Error("its settings are missing or damaged");
  if (!value.metrics || typeof value.metrics !== "object" || typeof value.date !== "string") throw new Error("its results are missing or damaged");
  // The checks a history entry passes (history.js): each setting its method needs, with its type.
  if (!valid(value)) throw new Error(`its settings or results are damaged (a setting of its method “${String(value.params.algorithm)}” is missing or of the wrong type, or the method is unknown)`);
  return value;
}

/** The "Project file" button for a shown analysis. */
export function projectButton(snapshot, {isCurrent = () => true, version, segmentModel} = {}) {
  const save = async () => {
    if (!isCurrent(snapshot)) return;
    const stem = String(snapshot.data.name).replace(/\.[^.]*$/, "").replace(/[^\w-]+/g, "_").slice(0, 40) || "analysis";
    const model = segmentModel ? await segmentModel(snapshot).catch(() => null) : null; // issue 18: null for PCA
    download(JSON.stringify(projectFile(snapshot, {version, segmentModel: model})), `${stem}-project.json`, "application/json");
  };
  return html`<button type="button" data-needs-result disabled=${!isCurrent(snapshot)} onclick=${save}>Project file</button>`;
}

/**
 * The "Open a project file…" button: a file chooser made on click (so the page keeps a single file
 * input, the data's), then `onOpen(name, text)`.
 */
export function projectOpener(onOpen) {
  const open = () => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".json,application/json";
    input.addEventListener("change", async () => {
      const file = input.files?.[0];
      if (file) await onOpen(file.name, await file.text());
    });
    input.click();
  };
  return html`<button type="button" class="seg-open-project" onclick=${open}>Open a project file…</button>`;
}
