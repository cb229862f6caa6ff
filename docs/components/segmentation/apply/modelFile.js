// Saved models on the page (issue 18): fitted on demand in the apply engine, once per result on screen,
// and read back from a model file or a project file that embeds one.
import {checkModel, modelFormat} from "../../../lib/index.js";
import {projectFormat} from "../projectFile.js";

/**
 * The models of shown results, fitted by `engine` (a createEngine() with the dataset in use) the first
 * time they are asked for: get(snapshot) → Promise<model>.
 */
export function modelStore(engine) {
  const models = new WeakMap();
  return {
    get(snapshot) {
      if (!snapshot?.result) return Promise.reject(new Error("There is no result to save as a model yet."));
      if (snapshot.result.kind !== "clusters") return Promise.reject(new Error("PCA finds directions, not segments: there is no segment to place a new row in. Choose a clustering method."));
      let p = models.get(snapshot);
      if (!p) {
        const segments = snapshot.result.profile.clusters.filter((c) => c.label >= 0).map((c) => ({label: c.label, name: c.name, size: c.size}));
        engine.use({key: snapshot.data.key, table: snapshot.data.table});
        p = engine.segmentModel({...snapshot.params, tree: undefined}, segments);
        p.catch(() => models.delete(snapshot));
        models.set(snapshot, p);
      }
      return p.then(({ms, ...model}) => (void ms, model));
    }
  };
}

/** A model from a file's text: a model file, or a project file with its model; throws a reason for the reader. */
export function readModelFile(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`it is not JSON (${error.message})`, {cause: error});
  }
  if (value?.format === projectFormat) {
    if (!value.segmentModel) throw new Error("it is a project file without a model (saved before models were kept, or of a PCA)");
    return checkModel(value.segmentModel);
  }
  if (value?.format !== modelFormat) throw new Error(`it is neither a segment model nor a project file (no "format": "${modelFormat}")`);
  return checkModel(value);
}
