#!/usr/bin/env python3
"""`rss summarize` next to its pandas peer: the same figures (within 1e-9), and their times.

By default it runs both on samples/cohort.csv with --by country,sex --threshold 0.5 and checks that every cell agrees:
the same rows in the same order, the same counts and group values, every figure within 1e-9, and the same empty cells.
With --rows N it first generates an N-row cohort (e.g. 1000000) and also reports median wall-clock time and peak
memory of both programs (from /usr/bin/time) and their ratio.

    apt-get install -y python3-pandas python3-scipy
    dotnet build src/ReintegrationScoring.Cli -c Release
    /usr/bin/python3 benchmarks/peer/compare_summary.py                     # the sample: equality only
    /usr/bin/python3 benchmarks/peer/compare_summary.py --rows 1000000 --repetitions 3
"""
import argparse
import csv
import os
import statistics
import sys
import tempfile

from harness import GENERATOR, ROOT, RSS, run, timed

PEER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rss_pandas_summary.py")
TEXT_COLUMNS = 1  # round, then the --by columns, then score
TOLERANCE = 1e-9


def compare(tool_csv, peer_csv, by_count):
    with open(tool_csv, encoding="utf-8") as a, open(peer_csv, encoding="utf-8") as b:
        tool, peer = list(csv.reader(a)), list(csv.reader(b))
    if tool[0] != peer[0]:
        return False, f"headers differ: {tool[0]} / {peer[0]}"
    if len(tool) != len(peer):
        return False, f"{len(tool) - 1} rows from rss, {len(peer) - 1} from pandas"
    worst = 0.0
    texts = TEXT_COLUMNS + by_count + 1
    for line, (x, y) in enumerate(zip(tool[1:], peer[1:]), start=2):
        if x[:texts + 2] != y[:texts + 2]:
            return False, f"line {line}: groups or counts differ: {x[:texts + 2]} / {y[:texts + 2]}"
        for column, (u, v) in enumerate(zip(x[texts + 2:], y[texts + 2:]), start=texts + 2):
            if (u == "") != (v == ""):
                return False, f"line {line}, {tool[0][column]}: empty on one side only"
            if u:
                worst = max(worst, abs(float(u) - float(v)))
    return worst <= TOLERANCE, f"{len(tool) - 1} rows, largest difference {worst:.3g} (tolerance {TOLERANCE:g})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default=os.path.join(ROOT, "samples", "cohort.csv"))
    parser.add_argument("--rows", type=int, help="generate a cohort of this many rows instead of --input, and time both")
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--by", default="country,sex")
    parser.add_argument("--threshold", default="0.5")
    args = parser.parse_args()
    by_count = len([b for b in args.by.split(",") if b.strip()])

    with tempfile.TemporaryDirectory(prefix="rss-summary-peer-") as work:
        catalog, weights = os.path.join(work, "catalog.csv"), os.path.join(work, "weights.csv")
        with open(catalog, "w") as out:
            run(["dotnet", RSS, "catalog", "--format", "csv"], stdout=out)
        with open(weights, "w") as out:
            run(["dotnet", RSS, "weights", "show", "--format", "csv"], stdout=out)
        cohort = args.input
        if args.rows:
            cohort = os.path.join(work, "cohort.csv")
            run(["dotnet", "run", "-c", "Release", "--project", GENERATOR, "--", "--rows", str(args.rows),
                            "--out", cohort])
        tool_out, peer_out = os.path.join(work, "tool.csv"), os.path.join(work, "peer.csv")
        tool_cmd = ["dotnet", RSS, "summarize", cohort, "--by", args.by, "--threshold", args.threshold, "--out", tool_out]
        peer_cmd = ["/usr/bin/python3", PEER, cohort, peer_out, "--catalog", catalog, "--weights", weights,
                    "--by", args.by, "--threshold", args.threshold]
        repetitions = args.repetitions if args.rows else 1
        tool = [timed(tool_cmd) for _ in range(repetitions)]
        peer = [timed(peer_cmd) for _ in range(repetitions)]
        equal, how = compare(tool_out, peer_out, by_count)
        print(f"{os.path.basename(cohort)}: same figures: {'yes' if equal else 'NO'} ({how})")
        if args.rows:
            tool_s, peer_s = statistics.median(t for t, _ in tool), statistics.median(t for t, _ in peer)
            print(f"rss summarize {tool_s:.2f} s, {max(m for _, m in tool):.0f} MB; pandas {peer_s:.2f} s, "
                  f"{max(m for _, m in peer):.0f} MB; ratio (pandas / rss) {peer_s / tool_s:.1f}x")
        sys.exit(0 if equal else 1)


if __name__ == "__main__":
    main()
