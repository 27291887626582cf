#!/usr/bin/env python3
"""Side-by-side run of `rss score` and the pandas peer on the same generated cohort.

In one run it builds the tool and the cohort generator (Release), generates a cohort CSV (1,000,000 rows by default)
with no missing answers and with 10 % missing, exports the catalog and weights the peer needs, times both programs
several times (medians of wall-clock time, peak resident memory from /usr/bin/time), checks that both produce the same
four scores for every row (within 1e-9, and not computed in the same places), and prints the ratio.

    apt-get update && apt-get install -y python3-pandas   # the peer's only dependency, from the system's packages
    /usr/bin/python3 benchmarks/peer/compare.py [--rows 1000000] [--repetitions 5]

Run it from the repository root or anywhere: paths are resolved from this file.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

import numpy as np
import pandas as pd

from harness import GENERATOR, ROOT, RSS, run, timed

PEER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rss_pandas.py")
SCORES = ["economic", "social", "psychosocial", "composite"]
TOLERANCE = 1e-9


def read_scores(path):
    frame = pd.read_csv(path, dtype={"respondent_id": str, "round": str}, keep_default_na=False,
                        na_values={s: [""] for s in SCORES})
    return frame[["respondent_id", "round"] + SCORES]


def same_scores(tool_csv, peer_csv):
    tool, peer = read_scores(tool_csv), read_scores(peer_csv)
    if len(tool) != len(peer) or not (tool["respondent_id"] == peer["respondent_id"]).all() \
            or not (tool["round"] == peer["round"]).all():
        return False, "rows differ (count, order, ids or rounds)"
    worst = 0.0
    for score in SCORES:
        a, b = tool[score].to_numpy(dtype=float), peer[score].to_numpy(dtype=float)
        if not np.array_equal(np.isnan(a), np.isnan(b)):
            return False, f"{score}: computed for different rows"
        both = ~np.isnan(a)
        if both.any():
            worst = max(worst, float(np.max(np.abs(a[both] - b[both]))))
    return worst <= TOLERANCE, f"largest difference {worst:.3g} (tolerance {TOLERANCE:g})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repetitions", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    for project in (os.path.join(ROOT, "src", "ReintegrationScoring.Cli"), GENERATOR):
        run(["dotnet", "build", project, "-c", "Release", "-v", "quiet", "-nologo", "-clp:NoSummary"], stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory(prefix="rss-peer-") as work:
        catalog, weights = os.path.join(work, "catalog.csv"), os.path.join(work, "weights.csv")
        with open(catalog, "w") as out:
            run(["dotnet", RSS, "catalog", "--format", "csv"], stdout=out)
        with open(weights, "w") as out:
            run(["dotnet", RSS, "weights", "show", "--format", "csv"], stdout=out)

        print(f"{args.rows:,} rows, {args.repetitions} repetitions each, medians; machine load {os.getloadavg()[0]:.1f}")
        print(f"{'missing':>8}  {'program':<12} {'seconds':>8} {'peak MB':>8}")
        ratios = []
        for share in (0.0, 0.1):
            cohort = os.path.join(work, f"cohort-{share}.csv")
            run(["dotnet", "run", "--no-build", "-c", "Release", "--project", GENERATOR, "--", "--rows", str(args.rows),
                 "--seed", str(args.seed), "--missing-share", str(share), "--out", cohort])
            tool_out, peer_out = os.path.join(work, "tool.csv"), os.path.join(work, "peer.csv")
            tool = [timed(["dotnet", RSS, "score", cohort, "--out", tool_out, "--quiet"]) for _ in range(args.repetitions)]
            peer = [timed(["/usr/bin/python3", PEER, cohort, peer_out, "--catalog", catalog, "--weights", weights])
                    for _ in range(args.repetitions)]
            equal, how = same_scores(tool_out, peer_out)
            tool_s, peer_s = statistics.median(t for t, _ in tool), statistics.median(t for t, _ in peer)
            print(f"{share:>8.0%}  {'rss score':<12} {tool_s:>8.2f} {max(m for _, m in tool):>8.0f}")
            print(f"{share:>8.0%}  {'pandas peer':<12} {peer_s:>8.2f} {max(m for _, m in peer):>8.0f}")
            print(f"{'':>8}  same scores: {'yes' if equal else 'NO'} ({how}); rss is {peer_s / tool_s:.1f}x faster")
            ratios.append(peer_s / tool_s)
            if not equal:
                sys.exit(1)
        print(f"ratio (pandas / rss), median time: {', '.join(f'{r:.1f}x' for r in ratios)}")


if __name__ == "__main__":
    main()
