# scipy's truncated dendrogram (truncate_mode="lastp") of the blobs-300x5 linkages, for treeTop's test:
#   /usr/bin/python3 test/unit/reference/tree-top.py > test/unit/reference/tree-top.json
import json
import numpy as np
from scipy.cluster.hierarchy import dendrogram

fixture = json.load(open("test/fixtures/blobs-300x5.json"))
cases = []
for h in fixture["hierarchical"]:
    Z = np.array(h["linkage"], dtype=float)
    for p in (5, 30):
        d = dendrogram(Z, truncate_mode="lastp", p=p, no_plot=True)
        cases.append({"input": h["input"], "method": h["method"], "p": p, "ivl": d["ivl"], "dcoord": d["dcoord"]})
print(json.dumps(cases))
