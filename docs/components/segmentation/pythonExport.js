// The "Python" and "Spark" exports (issue 18): the analysis on screen as a pandas + scikit-learn
// script (src/io/pythonScript.ts, run against the page's partition in test/unit/io/pythonScript.test.ts)
// and as a PySpark script (src/io/sparkScript.ts, not run here). Built from the snapshot's own
// params and fitted model, never from the current inputs.
import {html} from "npm:htl";
import {pythonScript, sparkScript} from "../../lib/index.js";
import {download} from "./exports.js";
import {scriptSpec} from "./scriptSpec.js";

export {scriptSpec};

/** The Spark MLlib model for a method, or null when MLlib has none. */
export function sparkMethod(method) {
  return method === "kmeans" ? "kmeans" : method === "gmm" ? "gmm" : method === "hierarchical" ? "bisecting" : null;
}

const fileStem = (name) => String(name ?? "rows").replace(/\.[^.]*$/, "").replace(/[^\w-]+/g, "_").slice(0, 40) || "rows";

/** The two buttons, for a snapshot whose status is "done". */
export function scriptActions(snapshot, {isCurrent = () => true} = {}) {
  const {params, data} = snapshot;
  const status = html`<span class="seg-small" role="status"></span>`;
  const spark = sparkMethod(params.algorithm);
  const python = () => {
    if (!isCurrent(snapshot)) return;
    try {
      download(pythonScript(scriptSpec(snapshot)), `${fileStem(data.name)}-segments.py`, "text/x-python");
      status.textContent = `Run it as: python3 ${fileStem(data.name)}-segments.py ${data.name.replace(/\s/g, "_")} > segments.csv (pandas and scikit-learn; it prints the rows with a segment column, numbered from 0).`;
    } catch (error) {
      status.textContent = `The script could not be written: ${error.message}`;
    }
  };
  const sparkClick = () => {
    if (!isCurrent(snapshot)) return;
    try {
      download(sparkScript(scriptSpec(snapshot), {method: spark}), `${fileStem(data.name)}-spark.py`, "text/x-python");
      status.textContent = `The PySpark script is not run here: Spark's ${spark === "bisecting" ? "BisectingKMeans (a divisive hierarchy, not this page's agglomerative tree)" : spark === "gmm" ? "GaussianMixture" : "KMeans"} uses its own starts, so its segments match these in kind, not row for row.`;
    } catch (error) {
      status.textContent = `The Spark script could not be written: ${error.message}`;
    }
  };
  const disabled = !isCurrent(snapshot);
  // Spark's button is left out of the runner's [data-needs-result] toggling when MLlib has no such model.
  const sparkButton = spark === null
    ? html`<button type="button" disabled title=${`Spark MLlib has no ${params.algorithm}`}>Spark (not run here)</button>`
    : html`<button type="button" data-needs-result disabled=${disabled} title="A PySpark script, not run here" onclick=${sparkClick}>Spark (not run here)</button>`;
  return html`<div class="seg-actions pk-no-print seg-scripts">
    <button type="button" data-needs-result disabled=${disabled} onclick=${python}>Python</button>
    ${sparkButton}
    ${status}
  </div>${spark === null ? html`<p class="seg-small">Spark MLlib has no ${params.algorithm === "pca" ? "PCA segments" : params.algorithm}: for data beyond one machine use k-means or a Gaussian mixture, or BisectingKMeans for a hierarchy.</p>` : ""}`;
}
