"""Memory: peak RSS of one call over 10,000 files against a call over one file.

    .venv/bin/python benchmarks/memory.py [--files 10000] [--runs 3] [--format json]

Generates the files in a temporary folder and runs
`tango-check assess FILE --format FORMAT` (one file) and
`tango-check assess FOLDER --format FORMAT` (all of them), interleaved,
reading each child's own peak resident set size from `wait4`. Prints the
medians and their ratio. Target: at most 2x (the work is streamed: one file's
document and assessment at a time; the summary keeps a small row per file).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from common import TOOL, check, interleaved, median, resource_note, write_partnerships

TARGET = 2.0


def main() -> None:
    parser = argparse.ArgumentParser(description="Peak memory of tango-check over many files against one file.")
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--format", default="json", choices=("json", "text", "markdown", "html"))
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tango-check-memory-") as temporary:
        folder = Path(temporary) / "partnerships"
        files = write_partnerships(folder, options.files)
        commands = {
            "one file": [TOOL, "assess", str(files[0]), "--format", options.format, "--isolated"],
            f"{options.files} files": [TOOL, "assess", str(folder), "--format", options.format, "--isolated"],
        }
        results = interleaved(commands, options.runs, warm_up=False)

    print(f"memory: --format {options.format}, median of {options.runs} interleaved runs ({resource_note()})")
    peaks = {}
    for name, runs in results.items():
        check(runs[0], (0, 1), name)
        peaks[name] = median([r.peak_rss for r in runs])
        print(f"  {name:<12} peak RSS {peaks[name] / 1024:7.1f} MB, wall {median([r.wall for r in runs]):6.1f} s")
    one, many = peaks.values()
    ratio = many / one
    print(f"RATIO memory {options.files} files / one file: {ratio:.2f}x (target <= {TARGET}x: {'met' if ratio <= TARGET else 'missed'})")


if __name__ == "__main__":
    main()
