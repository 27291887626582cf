#!/usr/bin/env python3
"""The researcher's alternative to `rss score`: a pandas/NumPy script computing the same four scores.

It reads the survey CSV, maps every answer to its points, applies the weights under the strict missing-answer policy
(reference section 7) and writes respondent_id, round and the four scores. The catalog (answer keys -> points) and the
weights come from the tool's own exports, as a researcher would take them:

    rss catalog --format csv > catalog.csv
    rss weights show --format csv > weights.csv
    python3 rss_pandas.py cohort.csv scores.csv --catalog catalog.csv --weights weights.csv

Requires Python 3 with pandas from the system's packages: `apt-get update && apt-get install -y python3-pandas`.
It does not validate answers: an unknown option counts as missing, where the tool would report an error row.
"""
import argparse

import numpy as np
import pandas as pd

DIMENSIONS = ["economic", "social", "psychosocial"]
MISSING = {"", "dont_know", "refused"}


def load_catalog(path):
    catalog = pd.read_csv(path, dtype={"points": float}, keep_default_na=False, na_values={"points": [""]})
    points = {}
    allows_na = set()
    for measure, rows in catalog.groupby("measure", sort=False):
        scored = rows[rows["option"] != "not_applicable"]
        points[measure] = dict(zip(scored["option"], scored["points"]))
        if (rows["option"] == "not_applicable").any():
            allows_na.add(measure)
    return points, allows_na


def score(frame, points, allows_na, weights):
    measures = list(weights.index)
    n = len(frame)
    p = np.empty((n, len(measures)))
    not_applicable = np.zeros((n, len(measures)), dtype=bool)
    for j, measure in enumerate(measures):
        cells = frame[measure].str.strip().str.lower()
        p[:, j] = cells.map(points[measure]).to_numpy(dtype=float)
        if measure in allows_na:
            not_applicable[:, j] = (cells == "not_applicable").to_numpy()
    missing = np.isnan(p) & ~not_applicable
    earned = np.nan_to_num(p)

    def strict(w, columns):
        applicable_weight = (~not_applicable[:, columns] * w).sum(axis=1)
        value = (earned[:, columns] * w).sum(axis=1) / np.where(applicable_weight > 0, applicable_weight, np.nan)
        value[missing[:, columns].any(axis=1)] = np.nan
        return value

    result = {}
    for dimension in DIMENSIONS:
        columns = np.flatnonzero((weights["dimension"] == dimension).to_numpy())
        result[dimension] = strict(weights["dimensional"].to_numpy()[columns], columns)
    result["composite"] = strict(weights["composite"].to_numpy(), np.arange(len(measures)))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--catalog", required=True, help="output of `rss catalog --format csv`")
    parser.add_argument("--weights", required=True, help="output of `rss weights show --format csv`")
    args = parser.parse_args()

    points, allows_na = load_catalog(args.catalog)
    weights = pd.read_csv(args.weights).set_index("measure")
    frame = pd.read_csv(args.input, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    frame.columns = [c.strip() for c in frame.columns]
    by_upper = {c.upper(): c for c in frame.columns}
    frame = frame.rename(columns={by_upper[m.upper()]: m for m in weights.index})
    frame = frame.rename(columns={by_upper["RESPONDENT_ID"]: "respondent_id", by_upper["ROUND"]: "round"})

    scores = score(frame, points, allows_na, weights)
    out = pd.DataFrame({"respondent_id": frame["respondent_id"], "round": frame["round"].str.strip().str.lower(), **scores})
    out.to_csv(args.output, index=False, float_format="%.17g")


if __name__ == "__main__":
    main()
