"""`tango-check rules` (list, test, validate) and `tango-check explain RULE_ID`."""

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from tango_check.commands.common import ColorChoice, ColorOption, LangOption, guarded, resolve_language, say
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
    from tango_check.rule_file import Rule

rules_app = typer.Typer(
    help="The rule catalogue: list the rules (the default), run their cases, validate rule files.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class ListFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"


class ExplainFormat(str, Enum):
    text = "text"
    json = "json"


FoldersArgument = Annotated[
    Optional[list[Path]],
    typer.Argument(
        help="Rule folders (or files) to check. Default: the built-in rules and the extension pack.",
        show_default=False,
    ),
]


def list_rules(
    ctx: typer.Context,
    output_format: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format: text (a table), json or markdown.")
    ] = ListFormat.text,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    rules: RulesOption = None,
    extension: ExtensionOption = None,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    lang: LangOption = None,
    color: ColorOption = ColorChoice.auto,
) -> None:
    """List the rules in use: id, kind, theme, severity, weight, when it applies, title."""
    if ctx.invoked_subcommand:
        return
    language = resolve_language(lang)
    with guarded(language):
        settings, chosen = settings_and_rules(
            Path.cwd(), lang=lang, config=config, isolated=isolated, rules=rules,
            extension=extension, select=select, ignore=ignore,
        )
        language = settings.lang or language
        if output_format is ListFormat.json:
            from tango_check.render.rules import rules_json

            sys.stdout.write(rules_json(chosen, language))
        elif output_format is ListFormat.markdown:
            from tango_check.render.rules import rules_markdown

            sys.stdout.write(rules_markdown(chosen, language))
        else:
            from tango_check.render.rules import print_rules_table
            from tango_check.render.terminal import make_console

            print_rules_table(chosen, make_console(color.value), language)


def _folder_rules(folders: list[Path] | None) -> "list[Rule]":
    """The rules to check: those of `folders`, read together with all shipped rules so ids must not clash."""
    from tango_check.rules import in_folders, load_rules

    everything = load_rules(folders or (), extension=True)
    return [rule for rule in everything if in_folders(rule, folders)] if folders else everything


def rules_test(folders: FoldersArgument = None, lang: LangOption = None) -> None:
    """Run each rule's cases and report every failing case with its location (exit 1 when one fails)."""
    language = resolve_language(lang)
    with guarded(language):
        from tango_check.i18n import plural, translate
        from tango_check.rule_cases import check_cases

        report = check_cases(_folder_rules(folders))
        for failure in report.failures:
            say(failure.render(language))
        key = "rules.cases_failed" if report.failures else "rules.cases_passed"
        counts = {
            "rules": plural("count.rules", language, report.rules),
            "cases": plural("count.cases", language, report.cases),
            "failed": plural("count.problems", language, len(report.failures)),
        }
        print(translate(key, language, **counts))
    raise typer.Exit(EXIT_FAILED if report.failures else EXIT_OK)


def rules_validate(folders: FoldersArgument = None, lang: LangOption = None) -> None:
    """Check rule files: operators, field paths, texts in Dutch and English, sources, unique ids, cases."""
    language = resolve_language(lang)
    with guarded(language):
        from tango_check.i18n import plural, translate

        checked = _folder_rules(folders)
        files = plural("count.files", language, len({rule.file for rule in checked}))
        print(translate("rules.valid", language, rules=plural("count.rules", language, len(checked)), files=files))


def explain(
    rule_id: Annotated[str, typer.Argument(help="The id of the rule, for example V01; or 'verdict' for how the verdict is reached.", show_default=False)],
    output_format: Annotated[
        ExplainFormat, typer.Option("--format", "-f", help="Output format: text or json.")
    ] = ExplainFormat.text,
    rules: RulesOption = None,
    config: ConfigOption = None,
    isolated: IsolatedOption = False,
    lang: LangOption = None,
    color: ColorOption = ColorChoice.auto,
) -> None:
    """Explain a rule in plain words: what it checks, why, when it applies, what to do, and its source.

    `explain verdict` says how the verdict is reached instead, each threshold
    marked as the study's or tango-check's own choice.

    Every shipped rule can be explained (the extension pack too), the
    two-views checks (DV..), and the rules of --rules folders and of the
    configuration.
    """
    language = resolve_language(lang)
    if rule_id.strip().lower() in VERDICT_TOPICS:
        with guarded(language):
            _explain_verdict(output_format, language, color)
        return
    with guarded(language):
        from tango_check.config import resolve
        from tango_check.rules import find_rule, load_rules
        from tango_check.views import builtin_checks

        settings = resolve(
            Path.cwd(), config_file=config, isolated=isolated, lang=lang and lang.value, rule_folders=rules or ()
        )
        language = settings.lang or language
        known = [*load_rules(settings.rule_folders, extension=True), *builtin_checks().all()]
        rule = find_rule(known, rule_id)
        if output_format is ExplainFormat.json:
            from tango_check.render.rules import explanation_json

            sys.stdout.write(explanation_json(rule, language))
        else:
            from tango_check.render.rules import print_explanation
            from tango_check.render.terminal import make_console

            print_explanation(rule, make_console(color.value), language)


VERDICT_TOPICS = ("verdict", "oordeel")


def _explain_verdict(output_format: ExplainFormat, language: str, color: ColorChoice) -> None:
    """`explain verdict`: how the verdict is reached, each threshold marked as the study's or the tool's."""
    if output_format is ExplainFormat.json:
        from tango_check.render.rules import verdict_json

        sys.stdout.write(verdict_json(language))
    else:
        from tango_check.render.rules import print_verdict_explanation
        from tango_check.render.terminal import make_console

        print_verdict_explanation(make_console(color.value), language)


def register(app: typer.Typer) -> None:
    rules_app.callback(invoke_without_command=True)(list_rules)
    rules_app.command("list")(list_rules)
    rules_app.command("test")(rules_test)
    rules_app.command("validate")(rules_validate)
    app.add_typer(rules_app, name="rules")
    app.command()(explain)
