"""The rule catalogue: reading the rule packs, choosing rules, and what a rule does.

Rules are data (`rules/*.yaml`), validated like user input by the models of
`tango_check.rule_file`. The engine knows no rule by name: a new rule is a
new YAML entry.

Building those models takes longer than assessing a file, so the built-in
catalogue is read from its generated mirror (`tango_check.mirror`) whenever
its files are exactly those the mirror was made from; the mirror's rules are
plain objects with the behaviour below, the same as the models'.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Literal

from tango_check.errors import InputError, Problem
from tango_check.i18n import Message, translate

if TYPE_CHECKING:
    from tango_check.rule_file import Rule

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

# How strongly the study backs a rule, and the severity and weight that strength gives it.
# `own_source` is for a rule pack's own rules: they rest on their own source, weighed by its author.
Strength = Literal[
    "sine_qua_non", "condition", "main_finding", "open_question", "smaller_in_practice", "tool_reading",
    "other_section", "gain", "own_source",
]
STRENGTHS: dict[str, tuple[str, int] | None] = {
    "sine_qua_non": ("gate", 5),
    "condition": ("major", 4),
    "main_finding": ("major", 3),
    "open_question": ("minor", 2),
    "smaller_in_practice": ("minor", 2),
    "tool_reading": ("minor", 1),
    "other_section": ("minor", 1),
    "gain": ("minor", 0),
    "own_source": None,
}


# --- what a rule does: behaviour the models and the mirror share ------------------


class TextBase:
    """A text in both languages (fields `en`, `nl`)."""

    def text(self, lang: str) -> str:
        return self.nl if lang == "nl" else self.en


class EvidenceBase:
    """How strongly the study backs a rule (fields `strength`, `words`, `reading`)."""

    @property
    def tool_reading(self) -> bool:
        """Whether the rule rests on the tool's own reading rather than on what the study says."""
        return self.strength == "tool_reading"

    def as_dict(self, lang: str) -> dict[str, object]:
        """The evidence as reports give it in JSON."""
        return {
            "strength": self.strength,
            "strength_text": translate(f"evidence.{self.strength}", lang),
            "words": self.words,
            "reading": self.reading.text(lang) if self.reading else None,
            "tool_reading": self.tool_reading,
        }


class SourceBase:
    """Where in the study a rule's finding comes from (fields `section`, `subheading`, `document`)."""

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


class RuleBase:
    """A rule, once read: where it comes from (private `_file`, `_line`, `_pack`)."""

    # A two-views check (`tango_check.views.ViewCheck`) weighs a difference between the partners, not an answer.
    is_view_check: ClassVar[bool] = False

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
            loaded = _mirrored(folder, pack) if pack in (CORE_PACK, EXTENSION_PACK) else None
            if loaded is None:
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


def _mirrored(folder: Path, pack: str) -> list[Rule] | None:
    """A built-in pack from the generated mirror, when its files are exactly those the mirror was made from.

    Otherwise (a file edited, added or removed, or `TANGO_CHECK_NO_MIRROR`
    set) None: the models read the files.
    """
    if os.environ.get("TANGO_CHECK_NO_MIRROR"):
        return None
    from tango_check._mirror import PACKS

    files = rule_files(folder)
    fingerprints, build = PACKS[pack]
    try:
        if tuple(fingerprint(path) for path in files) != fingerprints:
            return None
    except OSError:  # unreadable: the models' reading says so, with the file's name
        return None
    rules = []
    for path, file_rules in zip(files, build()):
        for rule in file_rules:
            rule._file = str(path)
            rules.append(rule)
    return rules


def fingerprint(path: Path) -> tuple[str, int, int]:
    """What tells a rule file from the one the mirror was made from: its name, size and CRC-32."""
    import zlib

    raw = path.read_bytes()
    return path.name, len(raw), zlib.crc32(raw)


def _load_collecting(path: Path, problems: list[Problem]) -> list[Rule]:
    from tango_check.rule_file import load_rule_file

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
