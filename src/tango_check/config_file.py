"""The configuration file's format: a pydantic model that validates it like user input.

Read only when a configuration file is found (`tango_check.config`), so a
run without one builds no model.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from tango_check.config import TOOL
from tango_check.errors import InputError, Problem
from tango_check.loading import Document, load_document, read_text, validate
from tango_check.scoring import is_score


class Config(BaseModel):
    """What a configuration file may say (keys as in the file)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)

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
