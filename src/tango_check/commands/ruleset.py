"""Options that choose the rules and the configuration, shared by `assess`, `rules` and `explain`."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

if TYPE_CHECKING:
    from tango_check.commands.common import Language
    from tango_check.config import Settings
    from tango_check.rule_file import Rule
    from tango_check.scope import Scope

RulesOption = Annotated[
    Optional[list[Path]],
    typer.Option(
        "--rules",
        help="A folder of extra rule files (*.yaml) used with the built-in rules; repeatable.",
        show_default=False,
    ),
]
ExtensionOption = Annotated[
    Optional[bool],
    typer.Option(
        "--extension/--no-extension",
        help="Also use the extension pack (more sections of the study). Default: from the configuration, else off.",
        show_default=False,
    ),
]
SelectOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--select",
        help="Use only these rules: an id (V01), an id prefix (V) or a theme (vision); repeatable or comma-separated.",
        show_default=False,
    ),
]
IgnoreOption = Annotated[
    Optional[list[str]],
    typer.Option(
        "--ignore",
        help="Leave out these rules: an id, an id prefix or a theme; repeatable or comma-separated.",
        show_default=False,
    ),
]
ConfigOption = Annotated[
    Optional[Path],
    typer.Option(
        "--config",
        help="Use this configuration file (.tango-check.yaml or pyproject.toml) instead of looking for one.",
        show_default=False,
    ),
]
IsolatedOption = Annotated[
    bool,
    typer.Option("--isolated", help="Ignore all configuration files."),
]



def settings_and_rules(start: Path, **options: Any) -> "tuple[Settings, list[Rule]]":
    """The configuration found from `start` merged with the options, and the rules it chooses."""
    settings, rules, _ = settings_rules_and_scope(start, **options)
    return settings, rules


def settings_rules_and_scope(
    start: Path,
    *,
    lang: "Language | None",
    config: Path | None,
    isolated: bool,
    rules: list[Path] | None,
    extension: bool | None,
    select: list[str] | None,
    ignore: list[str] | None,
    fail_under: float | None = None,
) -> "tuple[Settings, list[Rule], Scope | None]":
    """As `settings_and_rules`, with the scope of the rules chosen (None: the core catalogue, whole)."""
    from tango_check.config import resolve
    from tango_check.rules import load_rules, select_rules
    from tango_check.scope import scope_of

    settings = resolve(
        start,
        config_file=config,
        isolated=isolated,
        lang=lang and lang.value,
        select=select,
        ignore=ignore,
        rule_folders=rules or (),
        extension=extension,
        fail_under=fail_under,
    )
    available = load_rules(settings.rule_folders, extension=settings.extension)
    chosen = select_rules(available, settings.select, settings.ignore, settings.origins)
    options = {"select": settings.select, "ignore": settings.ignore}
    config_file = None if settings.config_file is None else str(settings.config_file)
    return settings, chosen, scope_of(available, chosen, options, settings.origins, config_file)
