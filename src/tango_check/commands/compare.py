"""`tango-check compare`: how a partnership moved between two assessments."""

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tango_check.commands.common import ColorChoice, ColorOption, LangOption, Language, guarded, resolve_language
from tango_check.commands.ruleset import (
    ConfigOption,
    ExtensionOption,
    IgnoreOption,
    IsolatedOption,
    RulesOption,
    SelectOption,
    settings_and_rules,
)
from tango_check.errors import EXIT_FAILED, EXIT_OK

if TYPE_CHECKING:
    from tango_check.compare import Snapshot


class CompareFormat(str, Enum):
    text = "text"
    json = "json"


_INPUT_HELP = "a partnership file (YAML), assessed now, or a result saved with 'assess --format json'"
AllowMixedOption = Annotated[
    bool,
    typer.Option(
        "--allow-mixed-rules",
        help="Put side by side results made with different rule catalogues (marked); by default that is refused.",
    ),
]


def compare(
    before: Annotated[str, typer.Argument(help=f"The earlier assessment: {_INPUT_HELP}.", show_default=False)],
    after: Annotated[str, typer.Argument(help=f"The later assessment: {_INPUT_HELP}.", show_default=False)],
    output_format: Annotated[
        CompareFormat, typer.Option("--format", "-f", help="Output format: text (coloured report) or json.")
    ] = CompareFormat.text,
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
    """Compare two assessments of a partnership: verdict, score and themes, and the obstacles resolved, new and remaining.

    The rule options apply to partnership files; a saved result is compared as
    it was assessed. Exit 1 when the later assessment is not ready, else 0.
    """
    language = resolve_language(lang)
    with guarded(language):
        from tango_check.compare import check_catalogues
        from tango_check.compare import compare as compare_snapshots

        language, snapshots = read_snapshots(
            [before, after], lang=lang, config=config, isolated=isolated, rules=rules_dirs,
            extension=extension, select=select, ignore=ignore,
        )
        comparison = compare_snapshots(*check_catalogues(snapshots, allow_mixed=allow_mixed))
        from tango_check.render.compare import mismatch_warning

        warning = mismatch_warning(comparison, language)
        if warning:
            print(warning, file=sys.stderr)
        if output_format is CompareFormat.json:
            from tango_check.render.compare import render_comparison_json

            sys.stdout.write(render_comparison_json(comparison, language))
        else:
            from tango_check.render.compare import render_comparison
            from tango_check.render.terminal import make_console

            render_comparison(comparison, make_console(color.value), language)
    raise typer.Exit(EXIT_FAILED if comparison.after.verdict == "not_ready" else EXIT_OK)


def read_snapshots(paths: list[str], *, lang: Language | None, **rule_options: Any) -> "tuple[str, list[Snapshot]]":
    """The language to report in and a snapshot of each path (rule options and configuration found from the last)."""
    from tango_check.compare import load_snapshots

    settings, rules = settings_and_rules(Path(paths[-1]), lang=lang, **rule_options)
    return settings.lang or resolve_language(lang), load_snapshots(paths, rules)


def register(app: typer.Typer) -> None:
    app.command()(compare)
