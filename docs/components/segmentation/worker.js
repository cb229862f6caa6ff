// The segmentation engine, run in a Web Worker so that reading and clustering large files never
// freezes the page. The page talks to it through client.js (the messages are in protocol.txt): each
// request carries an id; the worker answers with progress messages and then one result or error.
// Cancelling terminates the worker.
import {csvSafeTable, profileTable, tableFingerprint} from "../../lib/index.js";
import {analyse} from "./analyse.js";
import {chooseK, kDistanceCurve} from "./chooseK.js";
import {decodeTable, encodeTable, transferableCopy} from "./encodeTable.js";
import {progress, requireTable, state, withDerived} from "./engineState.js";
import {readTable} from "./readTable.js";
import {searchMembers} from "./members.js";
import {mapRequest} from "./worker/mapRequest.js"; // issue 18: the 2-D map
import {applyFile, segmentModel} from "./apply/modelRequests.js"; // issue 18: apply a saved model

export {limits} from "./engineState.js";

onmessage = async ({data}) => {
  state.current = data.id;
  state.transfer = [];
  const started = performance.now();
  try {
    let result;
    switch (data.type) {
      case "read":
        result = await read(data);
        break;
      case "load":
        state.table = {key: data.key, ...decodeTable(data.table)};
        result = {key: data.key};
        break;
      case "analyse":
        result = await analyse(data.params);
        break;
      case "chooseK":
        result = await chooseK(data.params);
        break;
      case "kDistance":
        result = kDistanceCurve(data.params);
        break;
      case "map": // issue 18
        result = mapRequest(data.params);
        break;
      case "members":
        result = searchMembers(requireTable(data.key), data);
        state.transfer.push(result.indices.buffer);
        break;
      case "exportCsv": {
        const {parts, columns} = csvSafeTable(withDerived(requireTable(data.key), data.derived), {extra: data.extra ?? []});
        result = {csv: new Blob(parts, {type: "text/csv"}), columns};
        break;
      }
      case "segmentModel": // issue 18
        result = segmentModel(data);
        break;
      case "applyFile": // issue 18
        result = await applyFile(data, state.transfer);
        break;
      default:
        throw new Error(`unknown request: ${data.type}`);
    }
    postMessage({id: data.id, type: "result", result, ms: performance.now() - started}, state.transfer);
  } catch (error) {
    postMessage({id: data.id, type: "error", name: error?.name ?? "Error", message: String(error?.message ?? error)});
  }
};

/** Reads a file into columns, profiles it, and (store) keeps it for the analyses that follow; `copies` more encodings go back for other engines. */
async function read({file, name = file?.name ?? "the file", key, store = true, copies = 0}) {
  progress("reading");
  const {table, kind} = await readTable(file, name, {progress});
  progress("profiling");
  const quality = profileTable(table);
  if (quality.errors.length === 0 && store) state.table = {key, ...table};
  progress("fingerprint");
  const fingerprint = tableFingerprint(table);
  const encoded = encodeTable(table, state.transfer);
  // Copies for the page's other engines, made here so the page only passes them on (transferred).
  const extra = [];
  for (let k = 0; k < (quality.errors.length ? 0 : copies); ++k) extra.push(await transferableCopy(encoded, state.transfer));
  return {table: encoded, copies: extra, quality, fingerprint, kind};
}
