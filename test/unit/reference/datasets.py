# scikit-learn's make_moons and make_circles without noise or shuffling: the exact points that
# src/datasets/makeMoons.ts and makeCircles.ts must reproduce. Run: /usr/bin/python3 test/unit/reference/datasets.py
import json, sklearn
from sklearn.datasets import make_moons, make_circles

out = {"sklearn": sklearn.__version__, "moons": {}, "circles": {}}
for n in (1, 2, 7, 100):
    X, y = make_moons(n_samples=n, shuffle=False)
    out["moons"][n] = {"X": X.tolist(), "y": y.tolist()}
for n, f in ((2, 0.5), (7, 0.3), (100, 0.8)):
    X, y = make_circles(n_samples=n, shuffle=False, factor=f)
    out["circles"][f"{n}:{f}"] = {"X": X.tolist(), "y": y.tolist()}
with open("test/fixtures/datasets/sklearn-shapes.json", "w") as fh:
    json.dump(out, fh)
