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
export {deliveryProfiles, daypart, segmentStory, segmentStories, customerMessage} from "./segmentStory.js";
export type {DeliveryTrait, Daypart, DeliveryColumns, ColumnSummary, DeliveryProfile, DeliveryProfilesOptions, StoryTrait, StoryLine, SegmentStory, SegmentStoryOptions, DeliveryCustomer, CustomerMessage} from "./segmentStory.js";
export {clusteringVerdict, groupName} from "./clusteringVerdict.js";
export type {ClusteringVerdict, VerdictMethod, VerdictOptions} from "./clusteringVerdict.js";
export {pcaVerdict} from "./pcaVerdict.js";
