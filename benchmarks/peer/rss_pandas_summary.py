#!/usr/bin/env python3
"""The researcher's alternative to `rss summarize`: the same summary table with pandas (groupby, describe, t interval).

It scores the survey CSV with the pandas peer of `rss score` (rss_pandas.py, strict missing-answer policy), groups the
surveys by round and the --by columns (values trimmed; an empty value is a group of its own), and writes, for each
group and score, the columns of `rss summarize`:
round,<by>,score,surveys,scored,mean,sd,ci_low,ci_high,min,q1,median,q3,max,below
where sd is pandas' sample standard deviation (ddof 1), the interval mean ± t(0.975, n−1)·sd/√n with SciPy's t, and
the quartiles pandas' default linear interpolation (type 7). The share below counts values below the threshold by
more than 1e-12: pandas sums the weighted points naively, so a composite the tool computes as exactly 0.5 can come out
as 0.49999999999999994 here, and would otherwise count as below a threshold of 0.5 (the tool's sums are exact).

    rss catalog --format csv > catalog.csv
    rss weights show --format csv > weights.csv
    python3 rss_pandas_summary.py cohort.csv summary.csv --catalog catalog.csv --weights weights.csv --by country,sex

Requires Python 3 with pandas and SciPy from the system's packages: `apt-get install -y python3-pandas python3-scipy`.
"""
import argparse
import math
import os
import sys

import pandas as pd
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rss_pandas import load_catalog, score  # noqa: E402  (the peer of `rss score`, next to this file)

ROUNDS = ["initial", "intermediate", "final"]
SCORES = ["economic", "social", "psychosocial", "composite"]


def text(value):
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else repr(float(value))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--catalog", required=True)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--by", default="")
    parser.add_argument("--threshold", type=float)
    args = parser.parse_args()

    points, allows_na = load_catalog(args.catalog)
    weights = pd.read_csv(args.weights).set_index("measure")
    frame = pd.read_csv(args.input, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    frame.columns = [c.strip() for c in frame.columns]
    by_upper = {c.upper(): c for c in frame.columns}
    frame = frame.rename(columns={by_upper[m.upper()]: m for m in weights.index})
    by = [b.strip() for b in args.by.split(",") if b.strip()]

    scores = score(frame, points, allows_na, weights)
    data = pd.DataFrame({"round": frame[by_upper["ROUND"]].str.strip().str.lower()})
    for column in by:
        data[column] = frame[by_upper[column.upper()]].str.strip()
    for name in SCORES:
        data[name] = scores[name]

    rows = []
    for key, part in data.groupby(["round"] + by, sort=False):
        key = key if isinstance(key, tuple) else (key,)
        for name in SCORES:
            values = part[name].dropna()
            d = values.describe()
            n = int(d["count"])
            mean = d["mean"] if n else None
            sd = d["std"] if n >= 2 else None
            half = stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n) if sd is not None else None
            below = (values < args.threshold - 1e-12).sum() / n if args.threshold is not None and n else None
            rows.append((ROUNDS.index(key[0]), tuple(key[1:]), SCORES.index(name), list(key) + [
                name, str(len(part)), str(n), text(mean), text(sd),
                text(mean - half if half is not None else None), text(mean + half if half is not None else None),
                text(d["min"] if n else None), text(d["25%"] if n else None), text(d["50%"] if n else None),
                text(d["75%"] if n else None), text(d["max"] if n else None), text(below)]))

    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    with open(args.output, "w", encoding="utf-8", newline="") as out:
        header = ["round"] + by + ["score", "surveys", "scored", "mean", "sd", "ci_low", "ci_high", "min", "q1", "median",
                                   "q3", "max", "below"]
        out.write(",".join(header) + "\n")
        for row in rows:
            out.write(",".join(row[3]) + "\n")


if __name__ == "__main__":
    main()
