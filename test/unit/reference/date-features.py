#!/usr/bin/python3
"""Reference for src/io/parseIsoDate.ts and src/preprocessing/dateFeatures.ts: ISO 8601 texts read by
pandas' to_datetime(utc=True) (a time without a zone is UTC), then days since the latest date, the
month (1-12) and the ISO weekday (dayofweek + 1: Monday = 1). Writes date-features-cases.json here.

    /usr/bin/python3 test/unit/reference/date-features.py
"""
import json
import os

import pandas as pd

texts = [
    "2024-03-05",
    "2024-02-29",
    "2023-12-31T23:59:59",
    "2024-03-31T23:30:00-02:00",  # 2024-04-01T01:30Z: April, Monday in UTC
    "2024-01-01T00:30:00+05:30",  # 2023-12-31T19:00Z: December, Sunday in UTC
    "2024-06-15 08:00",
    "2024-06-15T08:00:00.250Z",
    "2024-06-15T08:00:00.123456789+0100",
    "1969-12-31",
    "1900-03-01",
    "2000-02-29T12:00:00+02",
    None,
]
values = pd.Series([pd.to_datetime(t, utc=True) if t is not None else pd.NaT for t in texts])
naive = values.dt.tz_convert("UTC").dt.tz_localize(None)
# Epoch milliseconds (floor of the nanoseconds), NaN for a missing date.
ms = [None if pd.isna(v) else v.value // 10**6 for v in naive]
latest = max(m for m in ms if m is not None)
cases = {
    "generator": "test/unit/reference/date-features.py (pandas " + pd.__version__ + ")",
    "texts": texts,
    "ms": ms,
    "latest": latest,
    "daysSince": [None if m is None else (latest - m) / 86400000 for m in ms],
    "month": [None if pd.isna(v) else int(v.month) for v in naive],
    "weekday": [None if pd.isna(v) else int(v.dayofweek) + 1 for v in naive],
}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "date-features-cases.json"), "w") as f:
    json.dump(cases, f, indent=1)
    f.write("\n")
