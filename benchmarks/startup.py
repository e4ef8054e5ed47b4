"""Start-up: one `tango-check assess` (JSON and text) against importing its libraries.

    .venv/bin/python benchmarks/startup.py [--runs 20] [--example examples/broker-ready.yaml] [--check-jsonschema PATH]

Measures, in the venv this script runs in,

- baseline: `python -c "import typer, rich, pydantic, yaml"`;
- floor:    tango-check's own command line with every command body emptied,
            given the same arguments: what typer alone costs before any of
            our work;
- assess:   `tango-check assess EXAMPLE --format json`;
- text:     `tango-check assess EXAMPLE` (the text report, NO_COLOR=1);
- check-jsonschema: `check-jsonschema --schemafile schema/partnership.schema.json
            EXAMPLE`, the validation-only tool to beat on the same file
            (installed once as `batch.py` does, unless given or on PATH);
- version:  `tango-check --version`, and help: `tango-check --help`;

interleaved (one of each per round, after one warm-up round that also
writes the bytecode cache, as `pip install` does), and prints the medians of
wall and CPU time and the ratios assess / baseline (target: at most 1.25),
text / baseline (target: at most 1.5) and assess / check-jsonschema (target:
below 1).
Then, from `python -X importtime`, which heavy modules `--version` and
`--help` load (target: none of pydantic, yaml, the models, the rules),
whether `assess` builds any pydantic model (target: none, for a valid file),
and where the time of an assess goes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from common import ROOT, TOOL, check, child_environment, find_check_jsonschema, interleaved, median, resource_note

TARGETS = {"assess": 1.25, "text": 1.5}
FLOOR = (
    "import functools, sys\n"
    "from tango_check.cli import app\n"
    "for command in app.registered_commands:\n"
    "    command.callback = functools.wraps(command.callback)(lambda *args, **kwargs: None)\n"
    "sys.argv[0] = 'tango-check'\n"
    "app(prog_name='tango-check')\n"
)
HEAVY = ("pydantic", "yaml", "tango_check.model", "tango_check.rules", "tango_check.conditions", "tango_check.loading")
MODELS = ("pydantic.main", "tango_check.model", "tango_check.rule_file", "tango_check.conditions", "tango_check.views")


def imported(arguments: list[str]) -> dict[str, tuple[int, int]]:
    """Module -> (own, cumulative) import time in microseconds, for `tango-check ARGUMENTS`."""
    script = "import sys; from tango_check.cli import main; sys.argv[0] = 'tango-check'; main()"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", script, *arguments],
        cwd=ROOT,
        env=child_environment(),
        capture_output=True,
        text=True,
    )
    modules = {}
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "self [us]" not in line:
            own, cumulative, name = line.removeprefix("import time:").split("|")
            modules[name.strip()] = (int(own), int(cumulative))
    return modules


def main() -> None:
    parser = argparse.ArgumentParser(description="Start-up time of tango-check against its bare imports.")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--example", default="examples/broker-ready.yaml")
    parser.add_argument("--check-jsonschema", dest="check_jsonschema", help="the check-jsonschema program to compare with")
    options = parser.parse_args()
    checker = find_check_jsonschema(options.check_jsonschema)

    commands = {
        "baseline": [sys.executable, "-c", "import typer, rich, pydantic, yaml"],
        "floor": [sys.executable, "-c", FLOOR, "assess", options.example, "--format", "json"],
        "assess": [TOOL, "assess", options.example, "--format", "json"],
        "text": [TOOL, "assess", options.example],
        "check-jsonschema": [checker, "--schemafile", "schema/partnership.schema.json", options.example],
        "version": [TOOL, "--version"],
        "help": [TOOL, "--help"],
    }
    results = interleaved(commands, options.runs)
    for name, runs in results.items():
        check(runs[0], (0, 1), " ".join(commands[name]))

    print(f"start-up: median of {options.runs} interleaved runs ({resource_note()})")
    print(f"  {'command':<16} {'wall ms':>8} {'cpu ms':>8}")
    walls = {name: median([r.wall for r in runs]) for name, runs in results.items()}
    cpus = {name: median([r.cpu for r in runs]) for name, runs in results.items()}
    for name in results:
        print(f"  {name:<16} {1000 * walls[name]:8.1f} {1000 * cpus[name]:8.1f}")
    for name, target in TARGETS.items():
        cpu = cpus[name] / cpus["baseline"]
        verdict = "met" if cpu <= target else "missed"
        print(f"RATIO start-up {name}/baseline: {walls[name] / walls['baseline']:.2f}x wall, {cpu:.2f}x cpu (target <= {target}x: {verdict})")
    cpu = cpus["assess"] / cpus["check-jsonschema"]
    verdict = "met" if cpu < 1 else "missed"
    print(f"RATIO start-up assess/check-jsonschema: {walls['assess'] / walls['check-jsonschema']:.2f}x wall, {cpu:.2f}x cpu (target < 1x: {verdict})")
    floor = median([r.cpu for r in results["floor"]]) / median([r.cpu for r in results["baseline"]])
    ours = median([r.cpu for r in results["assess"]]) - median([r.cpu for r in results["floor"]])
    print(f"floor: the same command line with empty bodies is {floor:.2f}x the baseline (cpu); our work adds {1000 * ours:.0f} ms")

    for arguments in (["--version"], ["--help"]):
        modules = imported(arguments)
        heavy = sorted(name for name in modules if name.startswith(HEAVY))
        rich = "rich (help formatting)" if "rich" in modules else "no rich"
        print(f"tango-check {arguments[0]} loads: {', '.join(heavy[:6]) or 'none of the heavy modules'}; {rich}")

    modules = imported(["assess", options.example, "--format", "json"])
    models = sorted(name for name in modules if name in MODELS)
    print(f"assess loads: {', '.join(models) or 'no pydantic model (the generated mirror reads the file and the rules)'}")
    ours = sorted(((own, name) for name, (own, _) in modules.items() if name.startswith("tango_check")), reverse=True)
    top = ", ".join(f"{name} {own / 1000:.1f}" for own, name in ours[:6])
    print(f"assess: own import time of tango-check's modules, ms: {top}")
    groups: dict[str, int] = {}
    for name, (own, _) in modules.items():
        groups[name.split(".")[0]] = groups.get(name.split(".")[0], 0) + own
    top = ", ".join(f"{name} {own / 1000:.0f}" for name, own in sorted(groups.items(), key=lambda item: -item[1])[:8])
    print(f"assess: import time by package, ms: {top}")


if __name__ == "__main__":
    main()
