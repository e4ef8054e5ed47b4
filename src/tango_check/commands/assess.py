"""`tango-check assess`: the main job."""

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from tango_check.commands.common import ColorChoice, ColorOption, LangOption, guarded, print_problems, resolve_language, say
from tango_check.commands.ruleset import (
    ConfigOption,
    ExtensionOption,
    IgnoreOption,
    IsolatedOption,
    RulesOption,
    SelectOption,
    settings_rules_and_scope,
)
from tango_check.errors import EXIT_INPUT_ERROR
from tango_check.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tango_check.batch import Failure, Input, Summary
    from tango_check.reports import Writer
    from tango_check.rule_file import Rule
    from tango_check.scope import Scope
    from tango_check.scoring import Assessment


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"
    csv = "csv"
    sarif = "sarif"
    junit = "junit"
    github = "github"


def assess(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Partnership files (YAML), folders (searched for *.yaml and *.yml) or - for standard input.",
            show_default=False,
        ),
    ],
    other: Annotated[
        Optional[Path],
        typer.Option(
            "--with",
            help="The other partner's own file: assess the two as one partnership, views side by side (each file says its 'perspective:').",
            show_default=False,
        ),
    ] = None,
    together: Annotated[
        bool,
        typer.Option(
            "--together",
            help="Every file (and every file in a folder) is one respondent's view of one partnership, any number per side (each says its 'perspective:'): one report.",
        ),
    ] = False,
    show_names: Annotated[
        bool,
        typer.Option("--show-names", help="With --together or --with: list the respondents' names (never who answered what)."),
    ] = False,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format", "-f", help="Output format: text (coloured report), json, markdown (meeting agenda), html, csv (spreadsheet), "
            "sarif, junit or github (findings located in the file, for CI)."
        ),
    ] = OutputFormat.text,
    output: Annotated[
        Optional[Path],
        typer.Option("--output", "-o", help="Write the report to this file (replaced only when complete).", show_default=False),
    ] = None,
    lang: LangOption = None,
    fail_under: Annotated[
        Optional[float],
        typer.Option("--fail-under", min=0, max=100, help="Exit 1 when the score is below this number (0-100)."),
    ] = None,
    color: ColorOption = ColorChoice.auto,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Only the verdict, its reasons and the obstacles (text and markdown).")
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="Also every met rule with the answers that met it (text and markdown)."),
    ] = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    rules_dirs: RulesOption = None,
    extension: ExtensionOption = None,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
) -> None:
    """Assess partnership files: verdict, score, strengths, obstacles and next steps.

    With several files or a folder the report ends with a summary table, and
    JSON holds one result per file. Exit 2 if any file could not be read,
    else 1 if any partnership is not ready (or below --fail-under), else 0.
    """
    language = resolve_language(lang)
    if quiet and verbose:
        print(translate("cli.quiet_and_verbose", language), file=sys.stderr)
        raise typer.Exit(EXIT_INPUT_ERROR)
    if show_names and not (together or other):
        print(translate("cli.show_names_alone", language), file=sys.stderr)
        raise typer.Exit(EXIT_INPUT_ERROR)
    with guarded(language):
        from tango_check.batch import Input, below, collect_inputs, exit_code, is_batch
        from tango_check.files import AtomicFile
        from tango_check.reports import check_output, make_writer
        from tango_check.scoring import format_number, format_score

        # Configuration is found from the first file named (or the current folder for stdin).
        start = Path(next((path for path in paths if path != "-"), "."))
        settings, rules, scope = settings_rules_and_scope(
            start, lang=lang, config=config, isolated=isolated, rules=rules_dirs,
            extension=extension, select=select, ignore=ignore, fail_under=fail_under,
        )
        language, fail_under = settings.lang or language, settings.fail_under
        if scope is not None and scope.gates_left_out:
            print(translate("cli.gates_left_out", language, ids=", ".join(scope.gates_left_out)), file=sys.stderr)
        batch = is_batch(paths) and not together
        inputs, failures = collect_inputs(paths)
        if other is not None and not together and (batch or failures or inputs[0].path is None):
            print(translate("cli.with_one_file", language), file=sys.stderr)
            raise typer.Exit(EXIT_INPUT_ERROR)
        if other is not None:
            inputs.append(Input(str(other)))
        if (together or other) and any(item.path is None for item in inputs):
            print(translate("cli.together_stdin", language), file=sys.stderr)
            raise typer.Exit(EXIT_INPUT_ERROR)
        if output is not None:
            check_output(output, inputs)
        options = {"lang": language, "verbosity": -1 if quiet else int(verbose), "batch": batch}
        respondents = {"show_names": show_names} if together or other else None
        if output is None:
            writer = make_writer(output_format.value, sys.stdout, color=color.value, **options)
            summary = _run(
                writer, inputs, failures, rules, language, color.value, to_file=False, respondents=respondents, scope=scope
            )
        else:
            with AtomicFile(output) as target:
                writer = make_writer(output_format.value, target.stream, color="never", **options)
                summary = _run(
                    writer, inputs, failures, rules, language, color.value, to_file=True, respondents=respondents, scope=scope
                )
                if batch or summary.rows:  # one broken file: leave the old report alone
                    target.commit()

        for row in summary.rows:
            if below(row, fail_under):
                shown, limit = format_score(row.score, language), format_number(fail_under, language)
                message = translate("cli.fail_under", language, score=shown, limit=limit)
                say(f"{row.source}: {message}" if batch else message, error=True)
    raise typer.Exit(exit_code(summary, fail_under))


def _run(
    writer: "Writer",
    inputs: "list[Input]",
    failures: "list[Failure]",
    rules: "list[Rule]",
    lang: str,
    color: str,
    *,
    to_file: bool,
    respondents: dict[str, bool] | None = None,
    scope: "Scope | None" = None,
) -> "Summary":
    """Assess the inputs one by one into `writer`; problems go to stderr as they come.

    With `respondents` (--together, --with: its options) all inputs are the responses of one partnership.
    Each assessment carries the `scope` of the rules in effect.
    """
    from dataclasses import replace

    from tango_check.batch import Failure, Summary, assess_all
    from tango_check.errors import InputError
    from tango_check.reports import progress, show_progress

    summary = Summary()

    def failed(failure: "Failure") -> None:
        print_problems(InputError(list(failure.problems)), lang)
        writer.failed(failure)
        summary.entries.append(failure)

    for failure in failures:
        failed(failure)
    with progress(len(inputs), lang, color, enabled=show_progress(len(inputs), to_file)) as advance:
        if respondents is None:
            outcomes = assess_all(inputs, rules, sys.stdin.buffer)
        else:
            outcomes = _together(inputs, rules, lang, **respondents) if inputs else iter(())
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                failed(outcome)
            else:
                outcome = replace(outcome, scope=scope)
                writer.add(outcome)
                summary.add(outcome, lang)
            advance()
    writer.finish(summary)
    return summary


def _together(inputs: "list[Input]", rules: "list[Rule]", lang: str, *, show_names: bool) -> "Iterator[Assessment | Failure]":
    """The one partnership its respondents' files describe (--together, --with)."""
    from tango_check.api import assess_responses
    from tango_check.batch import Failure
    from tango_check.errors import InputError

    try:
        result = assess_responses([item.path for item in inputs if item.path], rules, show_names=show_names)
        if result.panel is not None and result.panel.warnings:
            print_problems(InputError(list(result.panel.warnings)), lang)
        yield result
    except InputError as error:
        yield Failure(" + ".join(item.source for item in inputs), tuple(error.problems))


def register(app: typer.Typer) -> None:
    app.command()(assess)
