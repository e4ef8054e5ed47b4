"""`tango-check assess`: the main job."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from tango_check.commands.common import ColorChoice, ColorOption, LangOption, guarded, resolve_language
from tango_check.errors import EXIT_FAILED, EXIT_OK
from tango_check.i18n import translate


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


def assess(
    path: Annotated[str, typer.Argument(help="The partnership file (YAML) to assess.", show_default=False)],
    output_format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="Output format: text (coloured report) or json.")
    ] = OutputFormat.text,
    lang: LangOption = None,
    fail_under: Annotated[
        Optional[float],
        typer.Option("--fail-under", min=0, max=100, help="Exit 1 when the score is below this number (0-100)."),
    ] = None,
    color: ColorOption = ColorChoice.auto,
) -> None:
    """Assess a partnership file: verdict, score, strengths, obstacles and next steps."""
    language = resolve_language(lang)
    with guarded(language):
        from tango_check.api import assess_file

        result = assess_file(path)
        if output_format is OutputFormat.json:
            from tango_check.render.json_report import render_json

            sys.stdout.write(render_json(result, language))
        else:
            from tango_check.render.terminal import make_console, render_terminal

            render_terminal(result, make_console(color.value), language)

        code = EXIT_FAILED if result.verdict == "not_ready" else EXIT_OK
        if fail_under is not None and (result.score is None or result.score < fail_under):
            exact = "-" if result.score is None else f"{result.score:.10g}"
            print(translate("cli.fail_under", language, score=exact, limit=f"{fail_under:g}"), file=sys.stderr)
            code = EXIT_FAILED
    raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    app.command()(assess)
