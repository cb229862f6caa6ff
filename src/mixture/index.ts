// Mixture models, after sklearn.mixture.
export {gaussianMixture} from "./gaussianMixture.js";
export type {GaussianMixtureOptions, GaussianMixtureModel, GaussianMixtureResult} from "./gaussianMixture.js";
export {gaussianMixturePredict} from "./gaussianMixturePredict.js";
export type {GaussianMixturePrediction} from "./gaussianMixturePredict.js";
export type {CovarianceType, Covariances} from "./covariance.js";
