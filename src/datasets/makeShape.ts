import {makeAnisotropic} from "./makeAnisotropic.js";
import {makeBlobs} from "./makeBlobs.js";
import {makeBridge} from "./makeBridge.js";
import {makeCircles} from "./makeCircles.js";
import {makeDensityBars} from "./makeDensityBars.js";
import {makeMoons} from "./makeMoons.js";
import {makeMouse} from "./makeMouse.js";
import {makePackedCircles} from "./makePackedCircles.js";
import {makeRings} from "./makeRings.js";
import {makeSmiley} from "./makeSmiley.js";
import {makeUniform} from "./makeUniform.js";
import {makeVariedBlobs} from "./makeVariedBlobs.js";
import type {Shape, ShapeOptions} from "./shapeOptions.js";

/** The shapes {@link makeShape} knows, by name. */
export type ShapeName =
  | "blobs" | "moons" | "circles" | "anisotropic" | "varied" | "uniform" | "stretched"
  | "smiley" | "packed" | "bars" | "rings" | "mouse" | "bridge";

/** Every shape name with its display name and default noise, in the order a menu lists them. */
export const SHAPES: readonly {name: ShapeName; label: string; noise: number}[] = [
  {name: "blobs", label: "Blobs", noise: 0},
  {name: "moons", label: "Two moons", noise: 0.06},
  {name: "circles", label: "Circles", noise: 0.05},
  {name: "anisotropic", label: "Stretched blobs", noise: 0},
  {name: "varied", label: "Blobs of different spread", noise: 0},
  {name: "uniform", label: "Uniform noise", noise: 0},
  {name: "stretched", label: "One stretched blob", noise: 0},
  {name: "smiley", label: "Smiley", noise: 0.03},
  {name: "packed", label: "Packed circles", noise: 0},
  {name: "bars", label: "Density bars", noise: 0},
  {name: "rings", label: "Concentric rings", noise: 0.08},
  {name: "mouse", label: "Mouse", noise: 0},
  {name: "bridge", label: "Two blobs and a bridge", noise: 0.02}
];

/**
 * One of the named shapes with the shared options (n, noise, seed, shuffle) and each generator's
 * other defaults ("blobs" is {@link makeBlobs}: 3 blobs centred at random in [−10, 10]²). "stretched" is a single blob at the origin stretched 3× along x and squeezed
 * to 0.3 along y (one group: a table whose columns have very different spreads).
 */
export function makeShape(name: ShapeName, options: ShapeOptions = {}): Shape {
  switch (name) {
    case "blobs": return makeBlobs(options);
    case "moons": return makeMoons(options);
    case "circles": return makeCircles(options);
    case "anisotropic": return makeAnisotropic(options);
    case "varied": return makeVariedBlobs(options);
    case "uniform": return makeUniform(options);
    case "stretched": return makeAnisotropic({...options, centers: [[0, 0]], transform: [[3, 0], [0, 0.3]]});
    case "smiley": return makeSmiley(options);
    case "packed": return makePackedCircles(options);
    case "bars": return makeDensityBars(options);
    case "rings": return makeRings(options);
    case "mouse": return makeMouse(options);
    case "bridge": return makeBridge(options);
    default: {
      const never: never = name;
      throw new RangeError(`unknown shape: ${String(never)}; use one of ${SHAPES.map((s) => s.name).join(", ")}`);
    }
  }
}
