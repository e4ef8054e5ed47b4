"""Configuration: `.tango-check.yaml`, or `[tool.tango-check]` in `pyproject.toml`.

The file is found by walking up from the assessed file's folder (or the
current folder): in each folder `.tango-check.yaml` (or `.yml`) comes first,
then a `pyproject.toml` that has a `[tool.tango-check]` table; the first
found is used. `--config FILE` names one instead and `--isolated` uses none.
Options on the command line win over the file; rule folders from both are
used. A configuration that cannot be used is an error with its location,
never silently ignored.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from tango_check.errors import InputError, Problem
from tango_check.loading import Document, load_document, read_text, validate
from tango_check.rules import Origin
from tango_check.scoring import is_score

YAML_NAMES = (".tango-check.yaml", ".tango-check.yml")
PYPROJECT = "pyproject.toml"
TOOL = "tango-check"


class Config(BaseModel):
    """What a configuration file may say (keys as in the file)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False, defer_build=True)  # most runs find no file

    lang: Literal["nl", "en"] | None = None
    select: list[str] | None = None
    ignore: list[str] | None = None
    rules: list[str] = Field(default_factory=list)
    extension: bool | None = None
    fail_under: float | None = Field(default=None, alias="fail-under")

    @field_validator("extension", mode="before")
    @classmethod
    def _true_or_false(cls, value: Any) -> Any:
        if value is not None and not isinstance(value, bool):
            params = {"key": "extension", "value": value}
            raise PydanticCustomError("boolean", "not true or false", {"message_key": "config.boolean", "params": params})
        return value

    @field_validator("fail_under", mode="before")
    @classmethod
    def _a_score(cls, value: Any) -> Any:
        if value is not None and not is_score(value):
            raise PydanticCustomError("score", "not a score", {"message_key": "config.score", "params": {"value": value}})
        return value


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


def load_config(path: Path) -> tuple[Config, Document]:
    """Read and validate one configuration file (YAML, or pyproject.toml's table)."""
    document = _toml_document(path) if path.suffix == ".toml" else load_document(path)
    config = validate(document, Config)
    problems = [
        document.problem(("rules", index), "config.missing_folder", folder=folder)
        for index, folder in enumerate(config.rules)
        if not os.path.exists(path.parent / folder)  # os.path: a name too long is a missing folder, not a crash
    ]
    if problems:
        raise InputError(problems)
    return config, document


_TOML_POSITION = re.compile(r"^(?P<detail>.*) \(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)$")
_LONG_NUMBER = re.compile(r"[0-9][0-9_]{4299,}")
_TOML_KEY = re.compile(r"""^\s*["']?(?P<key>[A-Za-z0-9_-]+)["']?\s*=""")


def _toml_document(path: Path) -> Document:
    """The `[tool.tango-check]` table, with the line of each key for located errors."""
    import tomllib

    source = str(path)
    text = read_text(path, source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_POSITION.match(str(error))
        if match is None:
            raise InputError([Problem(source, "config.toml_syntax", {"detail": str(error)})]) from None
        line = int(match["line"]) if match["line"] else len(text.splitlines())
        column = int(match["column"]) if match["column"] else None
        raise InputError([Problem(source, "config.toml_syntax", {"detail": match["detail"]}, line, column)]) from None
    except ValueError:  # tomllib hands a number of over 4,300 digits to int(), which refuses it
        digits = _LONG_NUMBER.search(text)
        line, column = (None, None) if digits is None else _line_column(text, digits.start())
        raise InputError([Problem(source, "config.toml_number", {}, line, column)]) from None
    table = data.get("tool", {}).get(TOOL)
    if not isinstance(table, dict):
        raise InputError([Problem(source, "config.no_table")])
    document = Document(source, table)
    _mark_keys(document, text.splitlines())
    return document


def _line_column(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


def _mark_keys(document: Document, lines: list[str]) -> None:
    """Record the line of the table header and of each key directly in it."""
    header = re.compile(rf"""^\s*\[\s*tool\s*\.\s*["']?{re.escape(TOOL)}["']?\s*\]""")
    inside = False
    for number, line in enumerate(lines, start=1):
        if header.match(line):
            inside = True
            document.value_marks[()] = (number, 1)
            continue
        if inside and line.lstrip().startswith("["):
            break
        match = _TOML_KEY.match(line) if inside else None
        if match:
            mark = (number, match.start("key") + 1)
            document.key_marks[(match["key"],)] = mark
            document.value_marks[(match["key"],)] = mark


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
    if path is None:
        config, document = Config(), Document("", {})
    else:
        config, document = load_config(path)

    def origin(option: str, given: Iterable[str] | None) -> Origin:
        if given or option not in document.data:
            return (f"--{option}", None)
        line, _ = document.position((option,), at_key=True)
        return (document.source, line)

    select = list(select or [])
    ignore = list(ignore or [])
    folders = [path.parent / folder for folder in config.rules] if path else []
    return Settings(
        lang=lang or config.lang,
        select=tuple(select or config.select or ()),
        ignore=tuple(ignore or config.ignore or ()),
        rule_folders=(*folders, *rule_folders),
        extension=extension if extension is not None else bool(config.extension),
        fail_under=fail_under if fail_under is not None else config.fail_under,
        config_file=path,
        origins={"select": origin("select", select), "ignore": origin("ignore", ignore)},
    )
