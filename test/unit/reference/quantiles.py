"""Reference quantiles for boxStats / quantileSorted (src/explain/boxStats.ts): numpy's percentile
(method "linear", Hyndman & Fan type 7, R's default quantile) on seeded samples, ties, tiny arrays and
arrays with NaN (numpy's nanpercentile). Writes quantiles-cases.json:
    /usr/bin/python3 test/unit/reference/quantiles.py
"""
import json
import os

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261201)
arrays = {
    "one": [3.5],
    "two": [10.0, -2.0],
    "ties": [1, 1, 1, 2, 2, 3, 3, 3, 3, 9],
    "normal-101": rng.normal(50, 12, 101).round(3).tolist(),
    "lognormal-1000": rng.lognormal(3, 0.8, 1000).round(4).tolist(),
    "with-missing": [4.0, float("nan"), 1.0, 7.5, float("nan"), 2.25, 30.0],
    "outliers": [1, 2, 2, 3, 3, 3, 4, 4, 5, 40, -25],
}
ps = [0, 0.05, 0.25, 0.5, 0.75, 0.9, 1]
cases = []
for name, values in arrays.items():
    x = np.asarray(values, dtype=float)
    kept = x[~np.isnan(x)]
    q1, med, q3 = np.percentile(kept, [25, 50, 75])
    iqr = q3 - q1
    inside = kept[(kept >= q1 - 1.5 * iqr) & (kept <= q3 + 1.5 * iqr)]
    cases.append({
        "name": name,
        "values": [None if np.isnan(v) else v for v in x.tolist()],
        "p": ps,
        "quantiles": np.nanpercentile(x, [100 * p for p in ps]).tolist(),
        "box": {"n": int(kept.size), "min": float(kept.min()), "q1": float(q1), "median": float(med), "q3": float(q3), "max": float(kept.max()),
                "low": float(inside.min()), "high": float(inside.max()),
                "outliersBelow": int((kept < q1 - 1.5 * iqr).sum()), "outliersAbove": int((kept > q3 + 1.5 * iqr).sum())},
    })
with open(os.path.join(here, "quantiles-cases.json"), "w") as f:
    json.dump({"generator": f"numpy {np.__version__} percentile (linear, type 7)", "cases": cases}, f)
print(f"{len(cases)} cases")
