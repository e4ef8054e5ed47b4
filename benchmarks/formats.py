"""Formats: a 1,000-file batch in each output format, against `--format json` in the same run.

    .venv/bin/python benchmarks/formats.py [--files 1000] [--runs 3] [--formats json,text]

Generates the files (valid, varied, as people write them) in a temporary
folder and times, interleaved and with the median of `--runs` rounds,
`tango-check assess FOLDER --format F --isolated` for json (the yardstick),
csv, sarif, junit and github, markdown and html (which now open with the
overview, so they keep the reports aside until the end of the run), and the
text report (`--format text`, NO_COLOR=1, as a terminal-less run writes it).

Target: each format within 2x the time of `--format json`. `--formats`
times only some of them (json is always one: the yardstick).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import TOOL, check, interleaved, median, resource_note, write_partnerships

FORMATS = ("json", "csv", "sarif", "junit", "github", "markdown", "html", "text")
TARGET = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description="Batch time of each output format against --format json.")
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated, e.g. json,text (default: all)")
    options = parser.parse_args()
    chosen = ["json", *(name for name in FORMATS[1:] if name in options.formats.split(","))]

    with tempfile.TemporaryDirectory(prefix="tango-check-formats-") as temporary:
        folder = Path(temporary) / "partnerships"
        write_partnerships(folder, options.files)
        commands = {name: [TOOL, "assess", str(folder), "--format", name, "--isolated"] for name in chosen}
        results = interleaved(commands, options.runs)

    for name, runs in results.items():
        check(runs[0], (0, 1), name)
    walls = {name: median([r.wall for r in runs]) for name, runs in results.items()}
    print(f"formats: {options.files} files, median of {options.runs} interleaved runs after a warm-up ({resource_note()})")
    print(f"  {'format':<9} {'wall s':>7} {'cpu s':>7} {'peak MB':>8} {'x json':>7}")
    for name, runs in results.items():
        cpu = median([r.cpu for r in runs])
        peak = max(r.peak_rss for r in runs) / 1024
        print(f"  {name:<9} {walls[name]:7.2f} {cpu:7.2f} {peak:8.0f} {walls[name] / walls['json']:7.2f}")
    cpus = {name: median([r.cpu for r in runs]) for name, runs in results.items()}
    for name in chosen[1:]:
        ratio = walls[name] / walls["json"]
        verdict = "met" if ratio <= TARGET else "missed"
        print(f"RATIO formats {name}/json: {ratio:.2f}x wall, {cpus[name] / cpus['json']:.2f}x cpu (target <= {TARGET:g}x: {verdict})")


if __name__ == "__main__":
    main()
