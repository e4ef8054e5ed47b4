"""The rule catalogue: rules as data, validated like user input.

A rule file (`rules/*.yaml`) is a mapping with `schema_version` and a list
of `rules`. Each rule has a stable id, a kind, a theme, a severity and a
weight, an optional `applies_when` condition, a `met_when` condition, texts
in Dutch and English, and the section of the study it comes from. The engine
knows no rule by name: a new rule is a new YAML entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from tango_check.conditions import Condition
from tango_check.errors import InputError, Problem
from tango_check.loading import load_document, validate

THEMES = ("vision", "workforce", "organisation", "context", "benefits")
Theme = Literal["vision", "workforce", "organisation", "context", "benefits"]
Kind = Literal["success_factor", "obstacle", "benefit"]
Severity = Literal["gate", "major", "minor"]
Status = Literal["met", "unmet", "unknown", "not_applicable"]

RULE_ID_PATTERN = r"^[A-Z]{1,8}[0-9]{2,4}$"
STUDY = "It takes two to tango (Aedes-Actiz Kenniscentrum Wonen-Zorg, 2015)"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Strict):
    """A text in both languages."""

    en: str = Field(min_length=1)
    nl: str = Field(min_length=1)

    def text(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


class Source(_Strict):
    """Where in the study a rule's finding comes from."""

    section: str = Field(min_length=1)
    subheading: str | None = None
    document: str = STUDY

    def citation(self) -> str:
        return f"{self.section} › {self.subheading}" if self.subheading else self.section


class RuleCase(_Strict):
    """A minimal partnership fragment and the status the rule must give it."""

    expect: Status
    partnership: dict[str, Any]
    note: str | None = None


class Rule(_Strict):
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
    cases: list[RuleCase] = Field(default_factory=list)

    _file: str = PrivateAttr(default="")
    _line: int | None = PrivateAttr(default=None)

    @property
    def origin(self) -> str:
        """`file:line` where the rule is defined."""
        return f"{self._file}:{self._line}" if self._line else self._file


class RuleFile(_Strict):
    schema_version: Literal[1] = 1
    rules: list[Rule] = Field(min_length=1)


def builtin_rules_dir() -> Path:
    """The catalogue shipped with the package (or the checkout's `rules/`)."""
    packaged = Path(__file__).parent / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def rule_files(folder: Path) -> list[Path]:
    """The rule files of a folder, in a stable order."""
    if not folder.is_dir():
        raise InputError([Problem(str(folder), "file.missing" if not folder.exists() else "file.not_a_file")])
    files = sorted(path for path in folder.iterdir() if path.suffix in (".yaml", ".yml") and path.is_file())
    if not files:
        raise InputError([Problem(str(folder), "rules.none_found")])
    return files


def load_rule_file(path: Path) -> list[Rule]:
    document = load_document(path)
    rule_file = validate(document, RuleFile)
    for index, rule in enumerate(rule_file.rules):
        rule._file = str(path)
        rule._line, _ = document.position(("rules", index, "id"))
    return rule_file.rules


def load_rules(folders: Iterable[Path] = ()) -> list[Rule]:
    """The built-in catalogue plus the rules of `folders`, ids unique."""
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    problems: list[Problem] = []
    for folder in (builtin_rules_dir(), *folders):
        for path in rule_files(folder):
            for rule in load_rule_file(path):
                if rule.id in seen:
                    params = {"rule_id": rule.id, "other": seen[rule.id].origin}
                    problems.append(Problem(rule._file, "rules.duplicate_id", params, rule._line))
                    continue
                seen[rule.id] = rule
                rules.append(rule)
    if problems:
        raise InputError(problems)
    rules.sort(key=lambda rule: (THEMES.index(rule.theme), rule.id))
    return rules
