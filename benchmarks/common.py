"""What the benchmark scripts share: generated partnership files, child processes, medians.

The scripts run with the interpreter of the venv that has tango-check
installed (`.venv/bin/python benchmarks/NAME.py`) and use only the standard
library and the project's own dependencies.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOL = str(Path(sys.executable).with_name("tango-check"))


def child_environment() -> dict[str, str]:
    """The environment for measured commands: bytecode cached (as after `pip install`), no colour, English."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(NO_COLOR="1", LANG="C.UTF-8", COLUMNS="100")
    return env


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds of user + system time of the child
    peak_rss: int  # kilobytes
    returncode: int
    stderr: str


def run(command: Sequence[str], *, cwd: Path = ROOT) -> Run:
    """Run `command` once with stdout discarded; its wall time, CPU time and peak memory."""
    start = time.perf_counter()
    process = subprocess.Popen(
        list(command), cwd=cwd, env=child_environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    stderr = process.stderr.read()  # read while it runs, so a full pipe cannot block the child
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, process.returncode, stderr.decode(errors="replace"))


def interleaved(commands: dict[str, Sequence[str]], runs: int, *, warm_up: bool = True) -> dict[str, list[Run]]:
    """Each command `runs` times, one of each per round, so that a busy machine slows them alike."""
    results: dict[str, list[Run]] = {name: [] for name in commands}
    for round_ in range(runs + int(warm_up)):
        for name, command in commands.items():
            outcome = run(command)
            if round_ or not warm_up:
                results[name].append(outcome)
    return results


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def write_partnerships(folder: Path, count: int, seed: int = 8) -> list[Path]:
    """`count` valid, varied partnership files as people write them (block style, unquoted yes/no)."""
    from tango_check.outline import field_catalog

    rng = random.Random(seed)
    fields = [
        spec
        for path, spec in field_catalog().items()
        if not path.startswith("views.") and path not in ("schema_version", "perspective")
    ]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        tree: dict[str, object] = {"schema_version": 1}
        for spec in fields:
            if rng.random() < 0.15:  # a question left open
                continue
            if spec.kind == "choice":
                value: object = rng.choice(spec.allowed)
            elif spec.kind == "choices":
                value = "[" + ", ".join(rng.sample(spec.allowed, rng.randint(0, 3))) + "]"
            elif spec.kind == "text":
                value = f"{rng.choice(['Zorgcoöperatie', 'Zorggroep', 'Gemeente'])} {rng.choice(['Eikenhorst', 'De Linde', 'Heuvelland'])} {index}"
            else:
                continue
            *sections, name = spec.path.split(".")
            node = tree
            for section in sections:
                node = node.setdefault(section, {})  # type: ignore[assignment]
            node[name] = value  # type: ignore[index]
        path = folder / f"partnership-{index:05d}.yaml"
        path.write_text("\n".join(_block_lines(tree)) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _block_lines(tree: dict[str, object], indent: int = 0) -> list[str]:
    lines = []
    for key, value in tree.items():
        if isinstance(value, dict):
            lines.append(f"{'  ' * indent}{key}:")
            lines.extend(_block_lines(value, indent + 1))
        else:
            lines.append(f"{'  ' * indent}{key}: {value}")
    return lines


def check(outcome: Run, allowed: tuple[int, ...], what: str) -> None:
    """Stop when a measured command did not do its job: a broken run measures nothing."""
    if outcome.returncode not in allowed:
        sys.exit(f"{what} exited with {outcome.returncode}:\n{outcome.stderr[-2000:]}")


def resource_note() -> str:
    return f"python {sys.version.split()[0]}, {os.cpu_count()} cpu(s), load {os.getloadavg()[0]:.2f}"


def find_check_jsonschema(given: str | None) -> str:
    """The check-jsonschema program: the one given, one on PATH, or one installed once into a temporary venv."""
    if given:
        return given
    found = shutil.which("check-jsonschema")
    if found:
        return found
    home = Path(tempfile.gettempdir()) / "tango-check-benchmarks" / "check-jsonschema"
    program = home / "bin" / "check-jsonschema"
    if not program.exists():
        print(f"installing check-jsonschema into {home} (once) ...", file=sys.stderr)
        venv.create(home, with_pip=True)
        subprocess.run([str(home / "bin" / "python"), "-m", "pip", "install", "--quiet", "check-jsonschema"], check=True)
    return str(program)
