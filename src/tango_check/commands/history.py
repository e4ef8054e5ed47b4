"""`tango-check history`: a partnership's road over any number of assessments."""

import sys
from enum import Enum
from typing import Annotated

import typer

from tango_check.commands.common import ColorChoice, ColorOption, LangOption, guarded, resolve_language
from tango_check.commands.compare import AllowMixedOption, read_snapshots
from tango_check.commands.ruleset import ConfigOption, ExtensionOption, IgnoreOption, IsolatedOption, RulesOption, SelectOption
from tango_check.errors import EXIT_FAILED, EXIT_OK


class HistoryFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


def history(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Assessments of one partnership: partnership files (YAML), assessed now, or results saved with "
            "'assess --format json', in any order.",
            show_default=False,
        ),
    ],
    output_format: Annotated[
        HistoryFormat, typer.Option("--format", "-f", help="Output format: text (coloured report), json or html (with a line chart).")
    ] = HistoryFormat.text,
    lang: LangOption = None,
    color: ColorOption = ColorChoice.auto,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    rules_dirs: RulesOption = None,
    extension: ExtensionOption = None,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    allow_mixed: AllowMixedOption = False,
) -> None:
    """Show a partnership over the years: verdict, score and themes per assessment, and the obstacles that came and went.

    Ordered by date (a file's assessed_on, the date a saved result records)
    when each has one, else in the order given. Exit 1 when the latest
    assessment is not ready, else 0.
    """
    language = resolve_language(lang)
    with guarded(language):
        from tango_check.history import history as make_history

        language, snapshots = read_snapshots(
            paths, lang=lang, config=config, isolated=isolated, rules=rules_dirs,
            extension=extension, select=select, ignore=ignore,
        )
        result = make_history(snapshots, allow_mixed=allow_mixed)
        if output_format is HistoryFormat.json:
            from tango_check.render.history import render_history_json

            sys.stdout.write(render_history_json(result, language))
        elif output_format is HistoryFormat.html:
            from tango_check.render.history import render_history_html

            sys.stdout.write(render_history_html(result, language))
        else:
            from tango_check.render.history import render_history
            from tango_check.render.terminal import make_console

            render_history(result, make_console(color.value), language)
    raise typer.Exit(EXIT_FAILED if result.latest.verdict == "not_ready" else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command()(history)
