import {toMatrix} from "../core/matrix.js";
import type {Rows} from "../core/matrix.js";
import {scaledRows, safeScale} from "./applyScaling.js";
import type {Scaled} from "./applyScaling.js";

/**
 * Rescales each column to [0, 1]: (x − min) / (max − min), as scikit-learn's MinMaxScaler. A
 * constant column keeps scale 1, so its values all become 0.
 */
export function minMaxScale(X: Rows): Scaled {
  const {data, n, d} = toMatrix(X);
  const center = new Array<number>(d).fill(Infinity);
  const max = new Array<number>(d).fill(-Infinity);
  for (let i = 0; i < n; ++i) {
    for (let j = 0; j < d; ++j) {
      const v = data[i * d + j];
      if (v < center[j]) center[j] = v;
      if (v > max[j]) max[j] = v;
    }
  }
  const scale = center.map((min, j) => safeScale(max[j] - min));
  return {data: scaledRows(data, n, d, center, scale), center, scale};
}
