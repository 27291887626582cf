"""What the side-by-side scripts share: where the tool and the generator are, and how a run is timed."""
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
RSS = os.path.join(ROOT, "src", "ReintegrationScoring.Cli", "bin", "Release", "net10.0", "rss.dll")
GENERATOR = os.path.join(ROOT, "samples", "ReintegrationScoring.CohortGenerator")


def run(command, **kwargs):
    subprocess.run(command, check=True, **kwargs)


def timed(command):
    """Wall-clock seconds and peak resident memory (MB) of one run, as /usr/bin/time reports them."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, check=False, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"{command[0]} failed with exit code {result.returncode}:\n{result.stderr}")
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024
