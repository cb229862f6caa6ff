// Fitting a saved model in one call: the preparation and the method's parameters, as applyModel reads them.
import type {ColumnSource, PreparedFeatures, PrepareOptions} from "../preprocessing/prepareFeatures.js";
import {fitPreparation} from "./fitPreparation.js";
import {methodModel} from "./methodModel.js";
import type {MethodFit} from "./methodModel.js";
import {modelFormat, modelVersion} from "./segmentModel.js";
import type {SegmentInfo, SegmentModel} from "./segmentModel.js";
import {prepareRows} from "./prepareRows.js";

/**
 * The saved model of a fit: `fit(prepared)` runs the method on the prepared training rows (for
 * instance `(p) => ({kind: "kmeans", centers: kmeans(p.X, {k: 4}).centers})`), and the result is
 * JSON-ready with the preparation that {@link applyModel} repeats on new rows.
 */
export function segmentModelOf(
  data: ArrayLike<Record<string, unknown>> | ColumnSource,
  prepareOptions: PrepareOptions,
  fit: (prepared: PreparedFeatures) => MethodFit,
  {segments = []}: {segments?: SegmentInfo[]} = {}
): SegmentModel {
  const {prepared, preparation} = fitPreparation(data, prepareOptions);
  const f = fit(prepared);
  // k-medoids compares categories as text: the training rows' categories, as prepareRows gives them.
  const text = f.kind === "kmedoids" ? prepareRows(preparation, data).text : [];
  return {format: modelFormat, version: modelVersion, preparation, method: methodModel(f, prepared.X, {text, preparation}), segments, trainingRows: prepared.X.length};
}
