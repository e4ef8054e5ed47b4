"""The partnership file's outline, and reading answers by dotted path, without the models.

`model.py` defines the file with pydantic models; building them costs more
than a whole assessment of a valid file. What the engine and the reports
need of the file's shape (the sections and fields, their questions and
choices) is walked from the models once, when the mirror is generated
(`tango_check.mirror`), and read here from the generated `_mirror` module.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

SCHEMA_VERSION = 1
UNKNOWN = "unknown"
Side = Literal["cooperative", "care_organisation"]
SIDES: tuple[Side, ...] = ("cooperative", "care_organisation")
Kind = Literal["choice", "choices", "number", "text", "date", "other"]


class _Bilingual:
    question_en: str
    question_nl: str

    def question(self, lang: str) -> str:
        return self.question_nl if lang == "nl" else self.question_en


@dataclass(frozen=True)
class FieldSpec(_Bilingual):
    """A leaf of the partnership file that a rule condition can test."""

    path: str
    kind: Kind
    allowed: tuple[str, ...]
    question_en: str
    question_nl: str
    default: Any = None  # the value when the field is left out (None: unknown)
    max_length: int | None = None  # of a text, or of a list of choices


@dataclass(frozen=True)
class SectionSpec(_Bilingual):
    """A group of fields (a nested mapping) of the partnership file."""

    path: str
    question_en: str
    question_nl: str


def outline() -> tuple[SectionSpec | FieldSpec, ...]:
    """Every section and leaf field of the partnership file in file order, each section before its fields.

    The template, the questionnaire and the rule catalogue all follow the
    model through this one walk (`model.build_outline`), so a section added to
    the model reaches them.
    """
    from tango_check._mirror import OUTLINE

    return OUTLINE


@functools.cache
def field_catalog() -> dict[str, FieldSpec]:
    """Every leaf field of the partnership file by dotted path."""
    return {entry.path: entry for entry in outline() if isinstance(entry, FieldSpec)}


def answer_at(section: Any, path: str) -> Any:
    """The answer at a dotted path (`vision.shared`) of a partnership or part of one; None when not given or unknown."""
    try:
        value = _getter(path)(section)
    except AttributeError:  # a section on the way not given (None), or no such name
        return None
    return None if value is None or value == UNKNOWN else value


@functools.cache
def _getter(path: str) -> Callable[[Any], Any]:
    """The path split once per run, not once per look-up: rules look up thousands of answers in a batch."""
    return operator.attrgetter(path)


def set_at(data: dict[str, Any], path: str, value: Any) -> None:
    """Put `value` at a dotted path of a partnership file's plain data, making the sections on the way."""
    *parents, leaf = path.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[leaf] = value
