// Scalers and encoders, after sklearn.preprocessing.
export {standardize} from "./standardize.js";
export type {Standardized} from "./standardize.js";
export {minMaxScale} from "./minMaxScale.js";
export {robustScale} from "./robustScale.js";
export {applyScaling} from "./applyScaling.js";
export type {Scaling, Scaled} from "./applyScaling.js";
export {menuFeatures} from "./menuFeatures.js";
export type {CuisineEncoding, MenuFeatureOptions, MenuFeatures} from "./menuFeatures.js";
export {prepareFeatures} from "./prepareFeatures.js";
export type {PrepareOptions, PreparedFeatures, MissingStrategy, ScalingMethod, ColumnSource} from "./prepareFeatures.js";
export {hourCircle, wrapHour, hourGap, circularMeanHour, hourArc, formatHour} from "./circularHour.js";
export {encodeCustomers} from "./encodeCustomers.js";
export type {CustomerScaling, HourEncoding, EncodeCustomersOptions, EncodedCustomers} from "./encodeCustomers.js";
export {dateFeatures, dateFeature, dateFeatureName, datePartLabel, dateParts} from "./dateFeatures.js";
export type {DatePart, DateFeature} from "./dateFeatures.js";
