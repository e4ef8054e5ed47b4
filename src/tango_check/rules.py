"""The rule catalogue: rules as data, validated like user input.

A rule file (`rules/*.yaml`) is a mapping with `schema_version` and a list
of `rules`. Each rule has a stable id, a kind, a theme, a severity and a
weight, an optional `applies_when` condition, a `met_when` condition, texts
in Dutch and English, and the section of the study it comes from. The engine
knows no rule by name: a new rule is a new YAML entry.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr

from tango_check.conditions import Condition
from tango_check.errors import InputError, Problem
from tango_check.i18n import Message
from tango_check.loading import load_document, validate
from tango_check.model import Partnership, not_a_boolean

THEMES = ("vision", "workforce", "organisation", "context", "benefits")
Theme = Literal["vision", "workforce", "organisation", "context", "benefits"]
Kind = Literal["success_factor", "obstacle", "benefit"]
Severity = Literal["gate", "major", "minor"]
Status = Literal["met", "unmet", "unknown", "not_applicable"]

RULE_ID_PATTERN = r"^[A-Z]{1,8}[0-9]{2,4}$"
CORE_PACK = "core"
EXTENSION_PACK = "extension"
VIEWS_PACK = "views"  # the two-views checks (tango_check.views), not a rule pack of their own
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

    def as_dict(self) -> dict[str, str | None]:
        """The source as reports give it in JSON."""
        return {
            "document": self.document,
            "section": self.section,
            "subheading": self.subheading,
            "citation": self.citation(),
        }


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
    _pack: str = PrivateAttr(default=CORE_PACK)

    @property
    def pack(self) -> str:
        """`core`, `extension`, or the folder a custom rule was read from."""
        return self._pack

    @property
    def file(self) -> str:
        """The rule file the rule comes from."""
        return self._file

    @property
    def origin(self) -> str:
        """`file:line` where the rule is defined; a built-in one by its place in the catalogue, not the install path."""
        where = shipped_path(self._file)
        return f"{where}:{self._line}" if self._line else where


class RuleFile(_Strict):
    schema_version: Annotated[Literal[1], BeforeValidator(not_a_boolean)] = 1
    rules: list[Rule] = Field(min_length=1)


def builtin_rules_dir() -> Path:
    """The catalogue shipped with the package (or the checkout's `rules/`)."""
    packaged = Path(__file__).parent / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def shipped_path(file: str) -> str:
    """A file shipped with tango-check as its place in the catalogue or package (`rules/vision.yaml`); others as given."""
    if not file:
        return file
    where = Path(file).resolve()
    for root, name in ((builtin_rules_dir().resolve(), "rules"), (Path(__file__).resolve().parent, "tango_check")):
        if where.is_relative_to(root):
            return f"{name}/{where.relative_to(root).as_posix()}"
    return file


def extension_rules_dir() -> Path:
    """The optional extension pack: a subfolder, which the loader reads only when asked."""
    return builtin_rules_dir() / EXTENSION_PACK


def rule_files(folder: Path) -> list[Path]:
    """The rule files of a folder (or the file itself), in a stable order."""
    if os.path.isfile(folder):  # os.path's checks: a name too long or a locked folder is not a crash
        return [folder]
    if not os.path.isdir(folder):
        raise InputError([Problem(str(folder), "file.missing" if not os.path.exists(folder) else "rules.not_a_folder")])
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        raise InputError([Problem(str(folder), "file.unreadable", {"reason": error.strerror or error})]) from None
    files = [folder / name for name in names if Path(name).suffix in (".yaml", ".yml") and os.path.isfile(folder / name)]
    if not files:
        raise InputError([Problem(str(folder), "rules.none_found")])
    return files


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


def load_rules(folders: Iterable[Path] = (), *, extension: bool = False) -> list[Rule]:
    """The built-in catalogue, the extension pack if asked, and the rules of `folders`.

    Every file is read before anything is reported, so one run shows all the
    problems; any problem raises, so a broken pack never yields half an
    assessment. Ids are unique across all packs.
    """
    packs = [(builtin_rules_dir(), CORE_PACK)]
    if extension:
        packs.append((extension_rules_dir(), EXTENSION_PACK))
    known = {folder.resolve() for folder, _ in packs}
    for folder in folders:
        if folder.resolve() not in known:
            known.add(folder.resolve())
            packs.append((folder, str(folder)))

    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    problems: list[Problem] = []
    for folder, pack in packs:
        try:
            loaded = [rule for path in rule_files(folder) for rule in _load_collecting(path, problems)]
        except InputError as error:
            problems.extend(error.problems)
            continue
        for rule in loaded:
            rule._pack = pack
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


def _load_collecting(path: Path, problems: list[Problem]) -> list[Rule]:
    try:
        return load_rule_file(path)
    except InputError as error:
        problems.extend(error.problems)
        return []


def in_folders(rule: Rule, folders: Iterable[Path]) -> bool:
    """Whether `rule` was read from one of `folders` (or rule files)."""
    where = Path(rule._file).resolve()
    return any(where == folder.resolve() or where.parent == folder.resolve() for folder in folders)


# --- selection ----------------------------------------------------------------

Origin = tuple[str, int | None]


def select_rules(
    rules: list[Rule],
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    origins: Mapping[str, Origin] | None = None,
) -> list[Rule]:
    """The rules chosen by `select` (all when empty), less those matched by `ignore`.

    A selector is a rule id, an id prefix or a theme, in any case, and each
    option may hold several separated by commas. A selector that matches no
    rule is an error: a typo must not silently change the assessment.
    `origins` says where each option came from (a flag or a configuration
    file and line), for the message.
    """
    origins = origins or {}
    problems: list[Problem] = []

    def matching(option: str, values: Iterable[str]) -> set[str] | None:
        tokens = [token.strip() for value in values for token in value.split(",") if token.strip()]
        if not tokens:
            return None
        chosen: set[str] = set()
        for token in tokens:
            hits = {rule.id for rule in rules if _matches(rule, token)}
            if not hits:
                source, line = origins.get(option, (f"--{option}", None))
                params = {"token": token, "suggestion": _selector_suggestion(rules, token)}
                problems.append(Problem(source, "rules.unknown_selector", params, line))
            chosen |= hits
        return chosen

    selected = matching("select", select)
    ignored = matching("ignore", ignore) or set()
    if problems:
        raise InputError(problems)
    result = [rule for rule in rules if (selected is None or rule.id in selected) and rule.id not in ignored]
    if not result:
        source, line = origins.get("select", ("--select", None))
        raise InputError([Problem(source, "rules.empty_selection", {}, line)])
    return result


def _matches(rule: Rule, token: str) -> bool:
    return rule.id.startswith(token.upper()) or rule.theme == token.lower()


def _selector_suggestion(rules: list[Rule], token: str) -> Message | str:
    names = sorted({rule.id for rule in rules} | {rule.theme for rule in rules})
    close = difflib.get_close_matches(token, names, n=1, cutoff=0.5)
    return Message("field.suggestion", {"name": close[0]}) if close else ""


def find_rule(rules: list[Rule], rule_id: str) -> Rule:
    """The rule with this id (in any case), or an error naming the closest ids."""
    wanted = rule_id.strip().upper()
    if not wanted:
        raise InputError([Problem("explain", "rules.no_id", {"hint": Message("rules.list_hint")})])
    for rule in rules:
        if rule.id == wanted:
            return rule
    ids = [rule.id for rule in rules]
    close = [name for name in ids if name.startswith(wanted)]
    close += [name for name in difflib.get_close_matches(wanted, ids, n=3, cutoff=0.5) if name not in close]
    if close:
        hint = Message("rules.closest_ids", {"ids": ", ".join(close[:5])})
    else:
        hint = Message("rules.list_hint")
    raise InputError([Problem(rule_id, "rules.unknown_id", {"rule_id": rule_id, "hint": hint})])
