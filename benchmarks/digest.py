"""Digest: one fingerprint of every output, to prove a speed-up changed no byte.

    .venv/bin/python benchmarks/digest.py [--files 1000] [--verbose] > before.txt
    (make the change)
    .venv/bin/python benchmarks/digest.py [--files 1000] [--verbose] > after.txt
    diff before.txt after.txt

Runs `tango-check assess` in this process (typer's CliRunner, as the tests
do) on every example file (`examples/`, folders included), the hostile
corpus (`tests/hostile/`), each in every output format and both languages,
and on a generated batch of `--files` files (one folder, every format, both
languages), and prints one SHA-256 over exit codes, standard output and
standard error (and, with `--verbose`, one per run). The batch is named by
its relative name (`partnerships`) from the temporary folder, so two runs
compare equal.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import tempfile
from pathlib import Path

from common import ROOT, child_environment, write_partnerships

FORMATS = ("text", "json", "markdown", "html", "csv", "sarif", "junit", "github")
LANGUAGES = ("en", "nl")


def main() -> None:
    parser = argparse.ArgumentParser(description="A fingerprint of every output of tango-check assess.")
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--verbose", action="store_true", help="one digest per run as well")
    options = parser.parse_args()

    from typer.testing import CliRunner

    from tango_check.cli import app

    runner = CliRunner(env=child_environment())
    inputs = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "examples").rglob("*.yaml"))
    inputs += sorted(str(path.relative_to(ROOT)) for path in (ROOT / "tests" / "hostile").glob("*.yaml"))
    inputs += sorted(str(path.relative_to(ROOT)) for path in (ROOT / "examples").iterdir() if path.is_dir())
    total = hashlib.sha256()
    with tempfile.TemporaryDirectory(prefix="tango-check-digest-") as temporary:
        folder = Path(temporary) / "partnerships"
        write_partnerships(folder, options.files)
        runs = [(ROOT, name, form, lang) for name in inputs for form in FORMATS for lang in LANGUAGES]
        runs += [(folder.parent, folder.name, form, lang) for form in FORMATS for lang in LANGUAGES]
        for where, name, form, lang in runs:
            os.chdir(where)  # the batch by a relative name: the temporary folder's name would wrap lines its own way
            outcome = runner.invoke(app, ["assess", name, "--format", form, "--lang", lang, "--isolated"])
            text = f"{outcome.exit_code}\n{outcome.stdout}\n{outcome.stderr}"
            digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()
            total.update(digest.encode())
            if options.verbose:
                print(digest[:16], name, form, lang)
        os.chdir(ROOT)
    print(f"{total.hexdigest()}  {len(runs)} runs: {len(inputs)} inputs and a batch of {options.files} files, {len(FORMATS)} formats, {len(LANGUAGES)} languages")


if __name__ == "__main__":
    main()
