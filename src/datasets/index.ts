// Seeded 2-D data sets with known groups, after sklearn.datasets' make_* generators, plus the
// shapes teachers use to make clustering algorithms fail.
export {makeBlobs} from "./makeBlobs.js";
export type {BlobsOptions} from "./makeBlobs.js";
export {makeMoons} from "./makeMoons.js";
export {makeCircles} from "./makeCircles.js";
export type {CirclesOptions} from "./makeCircles.js";
export {makeAnisotropic} from "./makeAnisotropic.js";
export type {AnisotropicOptions} from "./makeAnisotropic.js";
export {makeVariedBlobs} from "./makeVariedBlobs.js";
export {makeUniform} from "./makeUniform.js";
export {makeSmiley} from "./makeSmiley.js";
export {makePackedCircles, PACKED_DISKS} from "./makePackedCircles.js";
export {makeDensityBars} from "./makeDensityBars.js";
export {makeRings} from "./makeRings.js";
export type {RingsOptions} from "./makeRings.js";
export {makeMouse} from "./makeMouse.js";
export {makeBridge} from "./makeBridge.js";
export {makeShape, SHAPES} from "./makeShape.js";
export type {ShapeName} from "./makeShape.js";
export type {Shape, ShapeOptions} from "./shapeOptions.js";
