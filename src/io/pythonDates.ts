// The Python side of src/preprocessing/dateFeatures.ts, for the exported script (pythonScript.ts):
// the same parts of the same dates, in UTC, computed as the page computes them (epoch milliseconds as
// floats, so days since equal the page's to the last bit).
import {dateFeatureName, type DateFeature} from "../preprocessing/dateFeatures.js";

/** The script's DERIVED list ([column, part, name] triples) and its with_dates(rows) function. */
export function pythonDates(derived: readonly DateFeature[], py: (value: unknown) => string): string {
  return `DERIVED = ${py(derived.map((f) => [f.column, f.part, dateFeatureName(f)]))}  # [date column, part, feature name]

def utc_dates(values):
    """ISO 8601 text as UTC times (a time without a zone is UTC, as on the page); NaT where missing."""
    text = values.astype("string")
    if int(pd.__version__.split(".")[0]) >= 2:
        return pd.to_datetime(text, utc=True, errors="coerce", format="ISO8601")
    return pd.to_datetime(text, utc=True, errors="coerce")


def with_dates(rows):
    """The page's date features: days since the column's latest date, month (1-12), weekday (1 = Monday)."""
    rows = rows.copy()
    for column, part, name in DERIVED:
        if column not in rows.columns:
            sys.exit(f"column {column!r} is not in the file")
        t = utc_dates(rows[column])
        missing = t.isna().to_numpy()
        ns = t.dt.tz_localize(None).to_numpy(dtype="datetime64[ns]").astype("int64")
        ms = np.where(missing, np.nan, (ns // 10**6).astype(float))
        if part == "daysSince":
            values = (np.nanmax(ms) - ms) / 86400000 if not missing.all() else ms
        elif part == "month":
            values = t.dt.month.to_numpy(dtype=float, na_value=np.nan)
        elif part == "weekday":
            values = t.dt.dayofweek.to_numpy(dtype=float, na_value=np.nan) + 1
        else:
            sys.exit(f"unknown date part {part!r}")
        rows[name] = values
    return rows`;
}
