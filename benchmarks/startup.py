"""Start-up time: one `tango-check assess --format json` against bare imports.

    python benchmarks/startup.py [--runs 20] [--example examples/broker-ready.yaml]

Runs, in the same interpreter (the venv this script is started with):

- baseline: `python -c "import typer, rich, pydantic, yaml"`;
- assess:   `tango-check assess EXAMPLE --format json`;
- version:  `tango-check --version`; help: `tango-check --help`.

The commands are interleaved (one of each per round) so that a busy machine
slows them alike, and each figure is the median over the rounds, as wall time
and as CPU time (user + system) of the child. Bytecode caching is switched on
for the children (`PYTHONDONTWRITEBYTECODE` removed) and one warm-up round is
not counted, as after a normal `pip install`. It also checks that `--version`
and `--help` load none of pydantic, yaml, rich, the models or the rules.
Target: assess / baseline at most 1.25.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 1.25
HEAVY = ("pydantic", "yaml", "rich", "tango_check.model", "tango_check.rules", "tango_check.loading")


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(NO_COLOR="1", LANG="C.UTF-8")
    return env


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of `command` (which must succeed or exit 1)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed with {done.returncode}: {done.stderr.decode()}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _loaded_modules(arguments: list[str], env: dict[str, str]) -> set[str]:
    """Top modules imported by `tango-check ARGUMENTS`, from `python -X importtime`."""
    script = "import sys; from tango_check.cli import main; sys.argv[0] = 'tango-check'; main()"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", script, *arguments],
        cwd=ROOT, env=env, capture_output=True, text=True,
    )
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--example", default="examples/broker-ready.yaml")
    options = parser.parse_args()

    env = _environment()
    tool = str(Path(sys.executable).with_name("tango-check"))
    commands = {
        "baseline": [sys.executable, "-c", "import typer, rich, pydantic, yaml"],
        "assess": [tool, "assess", options.example, "--format", "json"],
        "version": [tool, "--version"],
        "help": [tool, "--help"],
    }
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(options.runs + 1):
        for name, command in commands.items():
            wall, cpu = _timed(command, env)
            if round_:  # round 0 warms caches and writes bytecode
                walls[name].append(wall)
                cpus[name].append(cpu)

    print(f"start-up, median of {options.runs} interleaved runs (python {sys.version.split()[0]})")
    print(f"{'command':10} {'wall ms':>8} {'cpu ms':>8}")
    for name in commands:
        print(f"{name:10} {1000 * statistics.median(walls[name]):8.1f} {1000 * statistics.median(cpus[name]):8.1f}")
    base_wall, base_cpu = statistics.median(walls["baseline"]), statistics.median(cpus["baseline"])
    ratio_wall = statistics.median(walls["assess"]) / base_wall
    ratio_cpu = statistics.median(cpus["assess"]) / base_cpu
    print(f"ratio assess/baseline: {ratio_wall:.2f}x wall, {ratio_cpu:.2f}x cpu (target <= {TARGET}x)")

    for arguments in (["--version"], ["--help"]):
        heavy = sorted(name for name in _loaded_modules(arguments, env) if name.startswith(HEAVY))
        verdict = "none" if not heavy else ", ".join(heavy[:8]) + (" ..." if len(heavy) > 8 else "")
        print(f"heavy modules loaded by tango-check {arguments[0]}: {verdict}")


if __name__ == "__main__":
    main()
