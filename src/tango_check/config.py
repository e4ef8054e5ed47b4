"""Configuration: `.tango-check.yaml`, or `[tool.tango-check]` in `pyproject.toml`.

The file is found by walking up from the assessed file's folder (or the
current folder): in each folder `.tango-check.yaml` (or `.yml`) comes first,
then a `pyproject.toml` that has a `[tool.tango-check]` table; the first
found is used. `--config FILE` names one instead and `--isolated` uses none.
Options on the command line win over the file; rule folders from both are
used. A configuration that cannot be used is an error with its location,
never silently ignored. What the file may say is `tango_check.config_file`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tango_check.errors import InputError, Problem
from tango_check.loading import Document
from tango_check.rules import Origin

YAML_NAMES = (".tango-check.yaml", ".tango-check.yml")
PYPROJECT = "pyproject.toml"
TOOL = "tango-check"


@dataclass(frozen=True)
class Settings:
    """The configuration file merged with the command-line options."""

    lang: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    rule_folders: tuple[Path, ...] = ()
    extension: bool = False
    fail_under: float | None = None
    config_file: Path | None = None
    origins: dict[str, Origin] = field(default_factory=dict)


def find_config(start: Path) -> Path | None:
    """The nearest configuration file in `start` (a file's folder, or a folder) or above it."""
    # os.path's checks, not Path's: a name too long or a folder we may not enter is simply no configuration.
    folder = (start if os.path.isdir(start) else start.parent).resolve()
    for candidate in (folder, *folder.parents):
        for name in YAML_NAMES:
            if os.path.isfile(candidate / name):
                return _shown(candidate / name)
        pyproject = candidate / PYPROJECT
        if os.path.isfile(pyproject) and _has_tool_table(pyproject):
            return _shown(pyproject)
    return None


def _shown(path: Path) -> Path:
    """A path as a person would like to read it: relative to the current folder when below it."""
    relative = os.path.relpath(path)
    return Path(relative) if not relative.startswith("..") else path


def _has_tool_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    # A cheap look first: a pyproject.toml that never names the tool is not ours to parse.
    if TOOL not in text:
        return False
    import tomllib  # here: most runs never read TOML

    try:
        return isinstance(tomllib.loads(text).get("tool", {}).get(TOOL), dict)
    except ValueError:  # a TOMLDecodeError, or a number too long for int()
        return True  # ours, and broken: reading it reports where


def resolve(
    start: Path,
    *,
    config_file: Path | None = None,
    isolated: bool = False,
    lang: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    rule_folders: Iterable[Path] = (),
    extension: bool | None = None,
    fail_under: float | None = None,
) -> Settings:
    """Settings for one run: the options given (None: not given) over the configuration file."""
    if config_file is not None and isolated:
        raise InputError([Problem("--config", "config.isolated_and_config")])
    path = config_file if config_file is not None else (None if isolated else find_config(start))
    config, document = None, Document("", {})
    if path is not None:
        from tango_check.config_file import load_config

        config, document = load_config(path)

    def from_file(key: str) -> Any:
        return None if config is None else getattr(config, key)

    def origin(option: str, given: Iterable[str] | None) -> Origin:
        if given or option not in document.data:
            return (f"--{option}", None)
        line, _ = document.position((option,), at_key=True)
        return (document.source, line)

    select = list(select or [])
    ignore = list(ignore or [])
    folders = [path.parent / folder for folder in from_file("rules") or ()] if path else []
    return Settings(
        lang=lang or from_file("lang"),
        select=tuple(select or from_file("select") or ()),
        ignore=tuple(ignore or from_file("ignore") or ()),
        rule_folders=(*folders, *rule_folders),
        extension=extension if extension is not None else bool(from_file("extension")),
        fail_under=fail_under if fail_under is not None else from_file("fail_under"),
        config_file=path,
        origins={"select": origin("select", select), "ignore": origin("ignore", ignore)},
    )
