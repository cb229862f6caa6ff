// Saving a result and reopening it: the history entry of a result snapshot, the dataset a ?dataset=
// link names, and the steps of a reopen (settings back into the inputs, then the data: the sample, the
// file kept with the entry, or — when it wasn't kept — a request to load it again, matched by fingerprint).
import {formatBytes} from "./readFile.js";
import {applySettings} from "./featureChoices.js";
import {loadDataset, maxDatasetBytes, saveAnalysis} from "./history.js";
import {historyEntry} from "./historyEntry.js";

/** Saves a snapshot (with its file, when it isn't the sample and fits); resolves the message to show. */
export async function saveSnapshot(snapshot) {
  const {data} = snapshot;
  try {
    const {datasetSaved} = await saveAnalysis(historyEntry(snapshot), data.source === "sample" ? null : {name: data.name, file: data.file});
    const kept = data.source === "sample" ? "" : datasetSaved ? "The dataset's file was saved with it." : `The file (${formatBytes(data.file?.size ?? 0)}) is larger than ${formatBytes(maxDatasetBytes)} and was not saved: reopening will ask for “${data.name}” again.`;
    return {ok: true, text: `Saved. ${kept}`};
  } catch (error) {
    return {ok: false, text: error.message};
  }
}

/**
 * The data a page opens with: the dataset a ?dataset= link names when this browser kept it (and it
 * still reads with that fingerprint), else the sample with `linkNote` saying why.
 * loadSample() and loadSaved({name, file}, key) read through the page's engines.
 */
export async function initialData(fingerprint, {loadSample, loadSaved}) {
  if (fingerprint === null) return loadSample();
  let note;
  if (!/^[0-9a-f]{16}$/.test(fingerprint)) note = `The link names the dataset “${fingerprint}”, which is not a dataset fingerprint (16 hexadecimal digits); showing the sample customers instead.`;
  else {
    try {
      const saved = await loadDataset(fingerprint);
      if (saved) {
        const data = await loadSaved(saved, `saved-${fingerprint}`);
        if (data.fingerprint === fingerprint) return data;
        note = `The file saved for dataset ${fingerprint} now reads as ${data.fingerprint}, so it isn't the same data; showing the sample customers instead.`;
      } else note = `The link names dataset ${fingerprint}, which isn't saved in this browser (saved datasets stay in the browser that saved them); showing the sample customers instead. Load the file to analyse it.`;
    } catch (error) {
      note = `The link's dataset ${fingerprint} can't be opened (${error.message}); showing the sample customers instead.`;
    }
  }
  return {...(await loadSample()), linkNote: note};
}

/**
 * Reopens a saved entry: its settings go back into `inputs` at once, then its data is loaded (or asked
 * for). Calls setRestoring({entry, waiting}) so the data-dependent inputs take the entry's features and
 * label when the data's fingerprint matches; resolves a message for the page, or null.
 */
export async function reopenEntry(entry, {data, inputs, loadSample, loadSaved, setCurrent, setRestoring, setParam}) {
  applySettings(inputs, entry.params);
  if (entry.dataset.fingerprint === data.fingerprint) return setRestoring({entry, waiting: false}), null;
  if (entry.dataset.source === "sample") {
    setRestoring({entry, waiting: false});
    setCurrent(await loadSample());
    return null;
  }
  let saved = null;
  let problem = null;
  try {
    saved = await loadDataset(entry.dataset.fingerprint);
  } catch (error) {
    problem = error.message;
  }
  if (!saved) {
    setRestoring({entry, waiting: true});
    const why = problem ? `its saved copy can't be used (${problem})` : `it was larger than ${formatBytes(maxDatasetBytes)}, so only the settings were saved`;
    return {ok: false, text: `To reopen this analysis, load “${entry.dataset.name}” again (${entry.dataset.rows.toLocaleString("en-US")} rows, fingerprint ${entry.dataset.fingerprint}): ${why}. The page checks that the file you load has this fingerprint.`};
  }
  setRestoring({entry, waiting: false});
  setCurrent(await loadSaved(saved, `saved-${entry.dataset.fingerprint}`));
  setParam("dataset", entry.dataset.fingerprint);
  return null;
}

/** What the upload message adds when a file arrives while a reopen waits for its data. */
export function reopenMatchText(restoring, fingerprint) {
  if (!restoring?.waiting || restoring.entry.dataset.source === "sample") return "";
  const e = restoring.entry;
  return fingerprint === e.dataset.fingerprint
    ? ` This is the file of the analysis saved on ${e.date.slice(0, 16).replace("T", " ")}: its settings are restored.`
    : ` Its fingerprint (${fingerprint}) is not that of “${e.dataset.name}” saved with the analysis you are reopening (${e.dataset.fingerprint}), so the saved settings were not applied.`;
}
