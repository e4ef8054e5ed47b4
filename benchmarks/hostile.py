"""Hostile input: how long the worst files take through the real command line.

    .venv/bin/python benchmarks/hostile.py [--runs 3]

Runs `tango-check assess` on every file of the corpus in tests/hostile/
(rule files with `--rules`, configuration files with `--config`) and on the
generated worst cases (10,000 and 100,000 levels of nesting, 10,000 values,
5,000 unknown keys, a 50 MB file, a fifo), each the median of `--runs`, and
prints the slowest against an ordinary example. The issue asks that none take
more than a second; the tests (tests/test_hostile.py) check the messages.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from common import ROOT, TOOL, interleaved, median, resource_note

HOSTILE = ROOT / "tests" / "hostile"
EXAMPLE = str(ROOT / "examples" / "broker-ready.yaml")


def generated(folder: Path) -> dict[str, Path]:
    cases = {
        "flow-sequence-10000.yaml": "[" * 10_000 + "]" * 10_000,
        "flow-sequence-100000.yaml": "[" * 100_000 + "]" * 100_000,
        "flow-mapping-10000.yaml": "{a: " * 10_000 + "1" + "}" * 10_000,
        "block-sequence-100000.yaml": "- " * 100_000 + "x",
        "block-mapping-1400.yaml": "".join(" " * level + "a:\n" for level in range(1_400)),
        "many-values.yaml": "items: [" + ", ".join(["1"] * 300_000) + "]",
        "unknown-keys-5000.yaml": "".join(f"key{index}: {index}\n" for index in range(5_000)),
    }
    paths = {}
    for name, text in cases.items():
        paths[name] = folder / name
        paths[name].write_text(text + "\n", encoding="utf-8")
    paths["sparse-50mb.yaml"] = folder / "sparse-50mb.yaml"
    with paths["sparse-50mb.yaml"].open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    paths["fifo.yaml"] = folder / "fifo.yaml"
    os.mkfifo(paths["fifo.yaml"])
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description="Time of tango-check on the hostile-input corpus.")
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()

    commands = {"(an ordinary example)": [TOOL, "assess", EXAMPLE, "--isolated"]}
    for path in sorted(HOSTILE.glob("*.yaml")):
        commands[path.name] = [TOOL, "assess", str(path), "--isolated"]
    for path in sorted((HOSTILE / "rule-files").iterdir()):
        commands[f"rule-files/{path.name}"] = [TOOL, "assess", EXAMPLE, "--rules", str(path), "--isolated"]
    for path in sorted((HOSTILE / "config-files").iterdir()):
        commands[f"config-files/{path.name}"] = [TOOL, "assess", EXAMPLE, "--config", str(path)]
    with tempfile.TemporaryDirectory(prefix="tango-check-hostile-") as temporary:
        for name, path in generated(Path(temporary)).items():
            commands[f"generated/{name}"] = [TOOL, "assess", str(path), "--isolated"]
        results = interleaved(commands, options.runs)

    walls = {name: median([r.wall for r in runs]) for name, runs in results.items()}
    cpus = {name: median([r.cpu for r in runs]) for name, runs in results.items()}
    crashed = [name for name, runs in results.items() if runs[0].returncode not in (0, 1, 2) or "Traceback" in runs[0].stderr]
    print(f"hostile input: {len(commands) - 1} files, median of {options.runs} runs each ({resource_note()})")
    print(f"  {'file':<48} {'wall s':>7} {'cpu s':>7}")
    for name in sorted(walls, key=walls.__getitem__, reverse=True)[:8]:
        print(f"  {name:<48} {walls[name]:7.2f} {cpus[name]:7.2f}")
    ordinary = "(an ordinary example)"
    print(f"  {ordinary:<48} {walls[ordinary]:7.2f} {cpus[ordinary]:7.2f}")
    slowest = max(walls, key=walls.__getitem__)
    print(f"RATIO hostile slowest/ordinary: {walls[slowest] / walls[ordinary]:.2f}x; slowest {walls[slowest]:.2f} s "
          f"({slowest}; target <= 1 s: {'met' if walls[slowest] <= 1 else 'missed'}); crashes or tracebacks: {crashed or 'none'}")


if __name__ == "__main__":
    main()
