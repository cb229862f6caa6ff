// Numbers turned into words: names, stories and profiles of components and segments.
export {profileClusters} from "./profileClusters.js";
export type {ProfileClustersOptions, ClusterProfiles, ClusterProfile, NumericSummary, ClusterNumericSummary, CategoricalSummary} from "./profileClusters.js";
export {describeComponents, signed} from "./describeComponents.js";
export type {ComponentReading, DescribeOptions, Loading} from "./describeComponents.js";
export {nameTiers, tierNames, clusterPrices} from "./nameTiers.js";
export {unusualFeatures} from "./unusualFeatures.js";
export type {UnusualFeature} from "./unusualFeatures.js";
export {segmentName, segmentNames, describeColumn} from "./segmentName.js";
export type {SegmentNameOptions} from "./segmentName.js";
export {deliveryProfiles} from "./deliveryProfiles.js";
export type {DeliveryTrait, DeliveryColumns, ColumnSummary, DeliveryProfile, DeliveryProfilesOptions} from "./deliveryProfiles.js";
export {daypart} from "./daypart.js";
export type {Daypart} from "./daypart.js";
export {segmentStory, segmentStories} from "./segmentStory.js";
export type {StoryLine, SegmentStory, SegmentStoryOptions} from "./segmentStory.js";
export type {StoryTrait} from "./traitLines.js";
export {customerMessage} from "./customerMessage.js";
export type {DeliveryCustomer, CustomerMessage} from "./customerMessage.js";
