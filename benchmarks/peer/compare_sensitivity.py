#!/usr/bin/env python3
"""Side-by-side run of `rss sensitivity` and the NumPy peer on the same survey file and the same drawn weights.

It builds the tool (Release), exports the catalog and nominal weights the peer needs, runs `rss sensitivity` with
--draws-out, then the peer on that draws file, several times each (medians of wall-clock time, peak resident memory
from /usr/bin/time), checks that both tables agree (every figure within 1e-9, empty in the same places) and prints the
ratio. With --rows N it first generates a cohort of N rows with the sample generator.

    apt-get update && apt-get install -y python3-numpy   # the peer's only dependency, from the system's packages
    /usr/bin/python3 benchmarks/peer/compare_sensitivity.py [--input samples/cohort.csv | --rows 1000000] [--by country]
        [--draws 1000] [--missing strict] [--repetitions 3]

Run it from the repository root or anywhere: paths are resolved from this file.
"""
import argparse
import csv
import math
import os
import statistics
import subprocess
import sys
import tempfile

from harness import GENERATOR, ROOT, RSS, run, timed

PEER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sensitivity_numpy.py")
TOLERANCE = 1e-9


def read_table(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def compare(rss_path, peer_path):
    """(agree, largest difference, rows) of two tables of the same shape."""
    header_a, rows_a = read_table(rss_path)
    header_b, rows_b = read_table(peer_path)
    if header_a != header_b or len(rows_a) != len(rows_b):
        return False, math.inf, len(rows_a)
    largest, agree = 0.0, True
    figures_from = header_a.index("score") + 1
    for a, b in zip(rows_a, rows_b):
        if a[:figures_from] != b[:figures_from]:
            return False, math.inf, len(rows_a)
        for x, y in zip(a[figures_from:], b[figures_from:]):
            if (x == "") != (y == ""):
                agree = False
            elif x != "":
                difference = abs(float(x) - float(y))
                largest = max(largest, difference)
                agree &= difference <= TOLERANCE
    return agree, largest, len(rows_a)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", default=os.path.join(ROOT, "samples", "cohort.csv"))
    parser.add_argument("--rows", type=int, help="generate a cohort of this many rows instead of reading --input")
    parser.add_argument("--by", default="country")
    parser.add_argument("--draws", type=int, default=1000)
    parser.add_argument("--missing", default="strict", choices=["strict", "renormalize", "zero"])
    parser.add_argument("--repetitions", type=int, default=3)
    args = parser.parse_args()

    run(["dotnet", "build", os.path.join(ROOT, "src", "ReintegrationScoring.Cli"), "-c", "Release", "-v", "quiet", "-nologo"],
        stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory(prefix="rss-sensitivity-peer-") as work:
        source = args.input
        if args.rows:
            run(["dotnet", "build", GENERATOR, "-c", "Release", "-v", "quiet", "-nologo"], stdout=subprocess.DEVNULL)
            source = os.path.join(work, "cohort.csv")
            run(["dotnet", "run", "--no-build", "-c", "Release", "--project", GENERATOR, "--", "--rows", str(args.rows),
                 "--out", source])
        catalog, weights = os.path.join(work, "catalog.csv"), os.path.join(work, "weights.csv")
        with open(catalog, "w", encoding="utf-8") as f:
            run(["dotnet", RSS, "catalog", "--format", "csv"], stdout=f)
        with open(weights, "w", encoding="utf-8") as f:
            run(["dotnet", RSS, "weights", "show", "--format", "csv"], stdout=f)
        draws, rss_out, peer_out = (os.path.join(work, n) for n in ("draws.csv", "rss.csv", "peer.csv"))
        rss = ["dotnet", RSS, "sensitivity", source, "--by", args.by, "--draws", str(args.draws), "--missing", args.missing,
               "--draws-out", draws, "--out", rss_out, "--quiet"]
        peer = [sys.executable, PEER, source, peer_out, "--by", args.by, "--catalog", catalog, "--weights", weights,
                "--draws", draws, "--missing", args.missing]
        rss_runs = [timed(rss) for _ in range(args.repetitions)]
        peer_runs = [timed(peer) for _ in range(args.repetitions)]
        agree, largest, rows = compare(rss_out, peer_out)

    rss_time, peer_time = statistics.median(t for t, _ in rss_runs), statistics.median(t for t, _ in peer_runs)
    print(f"{os.path.basename(source)}, --by {args.by}, {args.draws} draws, --missing {args.missing}, "
          f"{args.repetitions} repetitions each, medians; machine load {os.getloadavg()[0]:.1f}")
    print(f"  {'program':<18}{'seconds':>9}{'peak MB':>9}")
    print(f"  {'rss sensitivity':<18}{rss_time:>9.2f}{max(m for _, m in rss_runs):>9.0f}")
    print(f"  {'numpy peer':<18}{peer_time:>9.2f}{max(m for _, m in peer_runs):>9.0f}")
    print(f"  same table ({rows} rows): {'yes' if agree else 'NO'} (largest difference {largest:.3g}, tolerance {TOLERANCE:g}); "
          f"ratio (numpy / rss), median time: {peer_time / rss_time:.1f}x")
    sys.exit(0 if agree else 1)


if __name__ == "__main__":
    main()
