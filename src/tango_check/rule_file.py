"""The rule file format: pydantic models that validate a rule file like user input.

A rule file (`rules/*.yaml`) is a mapping with `schema_version` and a list
of `rules`. Each rule has a stable id, a kind, a theme, a severity and a
weight, an optional `applies_when` condition, a `met_when` condition, texts
in Dutch and English, and the section of the study it comes from.

What a rule does once read (its texts, its citation, where it comes from)
is in `tango_check.rules`, which these models inherit; the built-in
catalogue is read through its generated mirror (`tango_check.mirror`) and
only falls back to these models when a rule file differs from it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from tango_check.conditions import Condition
from tango_check.errors import InputError, Problem
from tango_check.loading import load_document, validate
from tango_check.model import Partnership, not_a_boolean
from tango_check.rules import (
    CORE_PACK,
    RULE_ID_PATTERN,
    STRENGTHS,
    STUDY,
    EvidenceBase,
    Kind,
    RuleBase,
    Severity,
    SourceBase,
    Status,
    Strength,
    TextBase,
    Theme,
)

# What the Dutch style guide (docs/dutch-style.md) forbids, where a pattern can tell.
DUTCH_STYLE = {
    "style.informal_register": re.compile(r"\b(?:jullie|jij|jou|jouw|je|jezelf)\b", re.IGNORECASE),
    "style.comma_before_en": re.compile(r",\s+en\b"),
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(TextBase, _Strict):
    """A text in both languages; the Dutch follows the style guide where a check can tell (docs/dutch-style.md)."""

    en: str = Field(min_length=1)
    nl: str = Field(min_length=1)

    @field_validator("nl")
    @classmethod
    def _dutch_style(cls, value: str) -> str:
        for key, pattern in DUTCH_STYLE.items():
            found = pattern.search(value)
            if found:
                raise PydanticCustomError("dutch_style", "Dutch style", {"message_key": key, "params": {"words": found.group(0)}})
        return value


class Evidence(EvidenceBase, _Strict):
    """How strongly the study backs a rule, the few Dutch words it rests on, and where the rule reads more into them."""

    strength: Strength
    words: str = Field(min_length=1, max_length=100)
    reading: Text | None = None


class Source(SourceBase, _Strict):
    """Where in the study a rule's finding comes from."""

    section: str = Field(min_length=1)
    subheading: str | None = None
    document: str = STUDY


class RuleCase(_Strict):
    """A minimal partnership fragment and the status the rule must give it.

    The fragment is validated as a partnership file, so a case that no user
    could write is itself an error, located in the rule file.
    """

    expect: Status
    partnership: Partnership
    note: str | None = None

    _line: int | None = PrivateAttr(default=None)
    _column: int | None = PrivateAttr(default=None)


class Rule(RuleBase, _Strict):
    id: str = Field(pattern=RULE_ID_PATTERN)
    kind: Kind
    theme: Theme
    severity: Severity = "minor"
    weight: int = Field(ge=0, le=5)
    applies_when: Condition | None = None
    met_when: Condition
    title: Text
    finding: Text
    question: Text
    problem: Text
    recommendation: Text
    source: Source
    evidence: Evidence
    cases: list[RuleCase] = Field(default_factory=list)

    # Whether severity and weight must follow the evidence (STRENGTHS); the two-views checks weigh 0.
    FOLLOWS_EVIDENCE: ClassVar[bool] = True

    _file: str = PrivateAttr(default="")
    _line: int | None = PrivateAttr(default=None)
    _pack: str = PrivateAttr(default=CORE_PACK)

    @field_validator("evidence")
    @classmethod
    def _weighed_by_evidence(cls, evidence: Evidence, info: ValidationInfo) -> Evidence:
        """Severity and weight follow the strength of the evidence (`STRENGTHS`)."""
        expected = STRENGTHS[evidence.strength]
        if evidence.tool_reading and evidence.reading is None:
            raise PydanticCustomError("evidence", "reading", {"message_key": "rules.reading_missing", "params": {}})
        if not cls.FOLLOWS_EVIDENCE or expected is None or "weight" not in info.data:
            return evidence
        severity, weight = expected
        if info.data.get("severity") != severity or info.data["weight"] != weight:
            params = {"strength": evidence.strength, "severity": severity, "weight": weight}
            raise PydanticCustomError("evidence", "weighed by evidence", {"message_key": "rules.weight_evidence", "params": params})
        return evidence


class RuleFile(_Strict):
    schema_version: Annotated[Literal[1], BeforeValidator(not_a_boolean)] = 1
    rules: list[Rule] = Field(min_length=1)


def load_rule_file(path: Path) -> list[Rule]:
    document = load_document(path)
    if isinstance(document.data, dict) and "rules" not in document.data:
        # Most likely a partnership file given as a rule pack: say so once, not per key.
        raise InputError([Problem(str(path), "rules.not_a_rule_file", {}, 1, 1)])
    rule_file = validate(document, RuleFile)
    for index, rule in enumerate(rule_file.rules):
        rule._file = str(path)
        rule._line, _ = document.position(("rules", index, "id"))
        for number, case in enumerate(rule.cases):
            case._line, case._column = document.position(("rules", index, "cases", number))
    return rule_file.rules
