"""Batch: 2,000 generated partnership files in one call, against two yardsticks.

    .venv/bin/python benchmarks/batch.py [--files 2000] [--runs 3] [--check-jsonschema PATH]

Generates the files (valid, varied, as people write them) in a temporary
folder, exports the tool's own JSON Schema (`tango-check schema`), and times,
interleaved and with the median of `--runs` rounds:

- `tango-check assess FOLDER --format json` (the whole job: read, validate,
  score 36 rules, write a JSON report per file and the summary);
- `tango-check validate FILES...` (reading and validation only);
- `check-jsonschema --schemafile schema.json FILES...` (validation only);
- a bare `yaml.load(..., Loader=CSafeLoader)` of every file in one Python process.

Then, in this process, where the time of one file goes: each step of an
assessment timed over the same files with the library (see `phases`).

Targets: assess at least 3x faster than check-jsonschema, and at least 50%
of the parse-only throughput. check-jsonschema is not a dependency of
tango-check: without `--check-jsonschema` (or one on PATH) the script installs
it once into a venv in the system's temporary folder (this needs the package
index, through pip).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from common import TOOL, check, child_environment, find_check_jsonschema, interleaved, median, resource_note, write_partnerships

PARSE_ONLY = (
    "import sys, yaml\n"
    "for name in sys.argv[1:]:\n"
    "    with open(name, 'rb') as handle:\n"
    "        yaml.load(handle, Loader=yaml.CSafeLoader)\n"
)


def phases(files: list[str]) -> dict[str, float]:
    """Milliseconds per file for each step of `assess --format json`, and for the bare parse.

    Each step runs over all the files in its own pass (the previous step's
    results kept): interleaving two parsers file by file warms one for the
    other and makes the bare parse look slower than it is.
    """
    import yaml

    from tango_check.api import partnership_of
    from tango_check.batch import Summary
    from tango_check.json_text import encoded
    from tango_check.loading import load_document
    from tango_check.render.json_report import KnownObjects, assessment_data, assessment_dict
    from tango_check.rules import load_rules
    from tango_check.scoring import assess

    rules = load_rules()
    known: KnownObjects = {}
    summary = Summary()

    def bare_parse(name: str) -> None:
        with open(name, "rb") as handle:
            yaml.load(handle, Loader=yaml.CSafeLoader)

    steps: dict[str, float] = {}

    def timed(step: str, function: Callable[[Any], Any], inputs: list[Any]) -> list[Any]:
        start = time.perf_counter()
        outputs = [function(item) for item in inputs]
        steps[step] = 1000 * (time.perf_counter() - start) / len(inputs)
        return outputs

    timed("CSafeLoader parse", bare_parse, files)
    documents = timed("read and parse", lambda name: load_document(Path(name)), files)
    partnerships = timed("validate", partnership_of, documents)  # as assess does: the mirror, else the models
    results = timed("evaluate rules", lambda item: assess(item[1], rules, source=item[0]), list(zip(files, partnerships)))
    data = timed("report data", lambda result: assessment_data(result, "en", known), results)
    timed("JSON text (as written)", lambda item: encoded(item[0], 2, floats_agreed=item[1]), data)
    timed("summary row and tally", lambda result: summary.add(result, "en"), results)
    plain = timed("plain dict (reference)", lambda result: assessment_dict(result, "en"), results)
    timed("json.dumps (reference)", lambda value: json.dumps(value, ensure_ascii=False, indent=2), plain)
    return steps


def main() -> None:
    parser = argparse.ArgumentParser(description="Batch throughput of tango-check against check-jsonschema and a bare parse.")
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--check-jsonschema", dest="check_jsonschema", help="the check-jsonschema program to compare with")
    options = parser.parse_args()
    checker = find_check_jsonschema(options.check_jsonschema)
    version = subprocess.run([checker, "--version"], capture_output=True, text=True).stdout.strip()

    with tempfile.TemporaryDirectory(prefix="tango-check-batch-") as temporary:
        folder = Path(temporary) / "partnerships"
        files = [str(path) for path in write_partnerships(folder, options.files)]
        schema = Path(temporary) / "schema.json"
        subprocess.run([TOOL, "schema", "--output", str(schema)], check=True, env=child_environment(), capture_output=True)

        commands = {
            "assess": [TOOL, "assess", str(folder), "--format", "json", "--isolated"],
            "validate": [TOOL, "validate", *files],
            "check-jsonschema": [checker, "--schemafile", str(schema), *files],
            "parse-only": [sys.executable, "-c", PARSE_ONLY, *files],
        }
        results = interleaved(commands, options.runs, warm_up=False)
        per_file = phases(files)

    for name, runs in results.items():
        check(runs[0], (0, 1) if name == "assess" else (0,), name)
    print(f"batch: {options.files} files, median of {options.runs} interleaved runs ({resource_note()}; {version})")
    print(f"  {'command':<17} {'wall s':>7} {'cpu s':>7} {'files/s':>8}")
    walls = {name: median([r.wall for r in runs]) for name, runs in results.items()}
    for name, runs in results.items():
        cpu = median([r.cpu for r in runs])
        print(f"  {name:<17} {walls[name]:7.2f} {cpu:7.2f} {options.files / walls[name]:8.0f}")
    faster = walls["check-jsonschema"] / walls["assess"]
    share = walls["parse-only"] / walls["assess"]
    cpus = {name: median([r.cpu for r in runs]) for name, runs in results.items()}
    print(f"RATIO batch check-jsonschema/assess: {faster:.2f}x (target >= 3x: {'met' if faster >= 3 else 'missed'})")
    print(f"RATIO batch assess throughput / parse-only throughput: {share:.0%} "
          f"(in CPU time {cpus['parse-only'] / cpus['assess']:.0%}; target >= 50%: {'met' if share >= 0.5 else 'missed'})")
    print(f"  (validation alone: check-jsonschema/validate {walls['check-jsonschema'] / walls['validate']:.1f}x, "
          f"validate throughput / parse-only {walls['parse-only'] / walls['validate']:.0%})")
    print("where one file's time goes, ms per file, in one process, each step in its own pass over the files")
    print("  (the report as assess builds and writes it, indented; the plain dict and the standard encoder's text for comparison):")
    for step, milliseconds in per_file.items():
        print(f"  {step:<22} {milliseconds:6.3f}")


if __name__ == "__main__":
    main()
