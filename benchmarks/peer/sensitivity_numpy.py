#!/usr/bin/env python3
"""The researcher's alternative to `rss sensitivity`: a vectorised NumPy script computing the same table.

It reads the survey CSV, maps every answer to its points, and for the nominal weights and then for each drawn weight set
(the file `rss sensitivity --draws-out` writes) scores every survey with matrix products (surveys x measures times
measures), under the same missing-answer policy; group means come from np.bincount, ranks from comparisons of the group
means, percentiles from np.nanpercentile (linear interpolation, type 7). It writes the CSV table of `rss sensitivity`
(round, the --by columns, score, mean, mean_p05, mean_median, mean_p95, rank, rank_p05, rank_median, rank_p95, top_share).

    rss catalog --format csv > catalog.csv
    rss weights show --format csv > weights.csv
    rss sensitivity cohort.csv --by country --draws-out draws.csv --out rss.csv
    python3 sensitivity_numpy.py cohort.csv peer.csv --by country --catalog catalog.csv --weights weights.csv --draws draws.csv

Requires Python 3 with NumPy from the system's packages: `apt-get update && apt-get install -y python3-numpy`.
It does not validate answers: an unknown option counts as missing, where the tool reports an error row.
"""
import argparse
import csv

import numpy as np

ROUNDS = ["initial", "intermediate", "final"]
KINDS = ["economic", "social", "psychosocial", "composite"]
MISSING = {"", "dont_know", "refused"}
FIGURES = ["mean", "mean_p05", "mean_median", "mean_p95", "rank", "rank_p05", "rank_median", "rank_p95", "top_share"]


def load_catalog(path):
    points, allows_na = {}, set()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["option"] == "not_applicable":
                allows_na.add(row["measure"])
            else:
                points.setdefault(row["measure"], {})[row["option"]] = float(row["points"])
    return points, allows_na


def load_weights(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    measures = [r["measure"] for r in rows]
    dimensions = [r["dimension"] for r in rows]
    return measures, dimensions, np.array([[float(r["dimensional"]), float(r["composite"])] for r in rows])


def load_draws(path, measures):
    """An array (draws, measures, 2) of (dimensional, composite) weights."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    position = {m: j for j, m in enumerate(measures)}
    count = max(int(r["draw"]) for r in rows)
    draws = np.zeros((count, len(measures), 2))
    for r in rows:
        draws[int(r["draw"]) - 1, position[r["measure"]]] = (float(r["dimensional"]), float(r["composite"]))
    return draws


def read_surveys(path, measures, by, points, allows_na):
    with open(path, newline="", encoding="utf-8-sig") as f:
        table = np.array(list(csv.reader(f)), dtype=object)
    header = [h.strip().lower() for h in table[0]]
    body = table[1:]
    body = body[[len(r) > 0 for r in body]] if body.dtype == object and body.ndim == 1 else body
    column = {h: i for i, h in enumerate(header)}
    rounds = np.char.lower(np.char.strip(body[:, column["round"]].astype(str)))
    groups = [np.char.strip(body[:, column[b.lower()]].astype(str)) for b in by]
    n, m = len(body), len(measures)
    earned = np.zeros((n, m))
    answered = np.zeros((n, m), dtype=bool)
    applicable = np.ones((n, m), dtype=bool)
    for j, measure in enumerate(measures):
        cells = np.char.lower(np.char.strip(body[:, column[measure.lower()]].astype(str)))
        values, inverse = np.unique(cells, return_inverse=True)
        value_points = np.array([points[measure].get(v, np.nan) for v in values])
        p = value_points[inverse]
        answered[:, j] = ~np.isnan(p)
        earned[:, j] = np.nan_to_num(p)
        if measure in allows_na:
            applicable[:, j] = cells != "not_applicable"
    return rounds, groups, earned, answered, applicable


def group_means(values, ok, cell, cells):
    sums = np.bincount(cell[ok], weights=values[ok], minlength=cells)
    counts = np.bincount(cell[ok], minlength=cells)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)


def all_means(weights, kinds_columns, earned, answered_w, applicable_w, missing, cell, cells, policy, minimum):
    """Means per (kind, cell) for a stack of weight vectors: weights is (draws, measures, 2)."""
    result = np.empty((weights.shape[0], len(KINDS), cells))
    for k, columns in enumerate(kinds_columns):
        w = weights[:, :, 1 if k == 3 else 0] * columns  # zero outside the score's measures
        num = earned @ w.T                                  # surveys x draws
        app = applicable_w @ w.T
        ans = answered_w @ w.T
        with np.errstate(invalid="ignore", divide="ignore"):
            if policy == "renormalize":
                ok = (app > 0) & (ans > 0) & (ans / app >= minimum)
                value = num / ans
            else:
                ok = app > 0
                if policy == "strict":
                    ok &= (missing[:, k] == 0)[:, None]
                value = num / app
        for d in range(weights.shape[0]):
            result[d, k] = group_means(value[:, d], ok[:, d], cell, cells)
    return result


def ranks_of(means):
    """1 + the number of groups with a strictly higher mean, along the last axis; NaN for a mean that is NaN."""
    higher = (means[..., None, :] > means[..., :, None]).sum(axis=-1)
    return np.where(np.isnan(means), np.nan, 1 + higher)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--by", default="")
    parser.add_argument("--catalog", required=True)
    parser.add_argument("--weights", required=True)
    parser.add_argument("--draws", required=True)
    parser.add_argument("--missing", default="strict", choices=["strict", "renormalize", "zero"])
    parser.add_argument("--min-coverage", type=float, default=0.75)
    parser.add_argument("--chunk", type=int, default=50, help="draws per matrix product")
    args = parser.parse_args()

    by = [b.strip() for b in args.by.split(",") if b.strip()]
    points, allows_na = load_catalog(args.catalog)
    measures, dimensions, nominal = load_weights(args.weights)
    draws = load_draws(args.draws, measures)
    rounds, groups, earned, answered, applicable = read_surveys(args.input, measures, by, points, allows_na)

    keys = list(zip(rounds, *groups)) if by else [(r,) for r in rounds]
    distinct = sorted(set(keys), key=lambda k: (ROUNDS.index(k[0]),) + tuple(v.encode("utf-16-be") for v in k[1:]))
    index = {k: i for i, k in enumerate(distinct)}
    cell = np.array([index[k] for k in keys])
    kinds_columns = [np.array([d == kind for d in dimensions], dtype=float) for kind in KINDS[:3]] + [np.ones(len(measures))]
    missing = np.stack([((~answered) & applicable & (c > 0)).sum(axis=1) for c in kinds_columns], axis=1)
    answered_w, applicable_w = answered.astype(float), applicable.astype(float)

    run = lambda w: all_means(w, kinds_columns, earned, answered_w, applicable_w, missing, cell, len(distinct), args.missing, args.min_coverage)
    nominal_means = run(nominal[None])[0]                                   # kinds x cells
    drawn = np.concatenate([run(draws[i:i + args.chunk]) for i in range(0, len(draws), args.chunk)])  # draws x kinds x cells

    with open(args.output, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["round"] + by + ["score"] + FIGURES)
        for round_name in ROUNDS:
            members = [i for i, k in enumerate(distinct) if k[0] == round_name]
            if not members:
                continue
            nominal_ranks = ranks_of(nominal_means[:, members])             # kinds x groups
            draw_ranks = ranks_of(drawn[:, :, members])                     # draws x kinds x groups
            for g, member in enumerate(members):
                for k, kind in enumerate(KINDS):
                    mean = nominal_means[k, member]
                    if np.isnan(mean):
                        figures = [""] * len(FIGURES)
                    else:
                        means = drawn[:, k, member]
                        ranks = draw_ranks[:, k, g]
                        figures = [mean, *np.nanpercentile(means, [5, 50, 95]), nominal_ranks[k, g],
                                   *np.nanpercentile(ranks, [5, 50, 95]), np.mean(ranks == 1)]
                        figures = [repr(float(x)) for x in figures]
                    out.writerow([round_name, *distinct[member][1:], kind] + figures)


if __name__ == "__main__":
    main()
