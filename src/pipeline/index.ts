// Saved models applied to new rows, after sklearn.pipeline: the fitted preparation and method together.
export {applyModel, assignmentRules} from "./applyModel.js";
export type {AppliedModel, ApplyModelOptions} from "./applyModel.js";
export {checkModel, modelFormat, modelVersion} from "./segmentModel.js";
export type {MethodKind, MethodModel, Preparation, SegmentInfo, SegmentModel} from "./segmentModel.js";
export {fitPreparation} from "./fitPreparation.js";
export {prepareRows} from "./prepareRows.js";
export type {PreparedRows} from "./prepareRows.js";
export {methodModel} from "./methodModel.js";
export type {MethodFit} from "./methodModel.js";
export {segmentModelOf} from "./segmentModelOf.js";
