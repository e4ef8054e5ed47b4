"""The command line: a thin layer over `tango_check.api` and the renderers.

Each command group lives in `tango_check.commands`; heavy modules (Rich,
pydantic, the models, the YAML loader, the rules) are imported inside the
command functions, so `--version`, `--help` and shell completion start fast.

Exit codes: 0 ready (also with conditions), 1 assessed and not ready or
below --fail-under, 2 input or usage error, 3 internal error, 130 interrupted.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from tango_check import __version__
from tango_check.commands import assess, authoring, compare, history, rules
from tango_check.commands.usage import LocalisedGroup
from tango_check.errors import EXIT_INTERRUPTED

app = typer.Typer(
    name="tango-check",
    cls=LocalisedGroup,
    help=(
        "Is this partnership between a care cooperative and a care organisation ready to work? "
        "Scores a partnership file against the findings of 'It takes two to tango' (2015)."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        print(f"tango-check {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Check whether a care cooperative and a care organisation are ready to work together."""


for _module in (assess, rules, authoring, compare, history):
    _module.register(app)


def main() -> None:
    """Console-script entry point."""
    for stream in (sys.stdout, sys.stderr):
        # PYTHONIOENCODING=ascii or a latin-1 terminal: a character it cannot show becomes '?', never a crash.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    try:
        try:
            app(prog_name="tango-check")
        finally:
            sys.stdout.flush()  # here, not at exit, where a full disk could only be ignored
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except OSError as error:  # outside a command's guard: --version or --help onto a full disk
        from tango_check.commands.common import system_error
        from tango_check.i18n import default_language

        sys.exit(system_error(error, default_language()))
