"""Progress over time: the same partnership assessed twice, for example a year apart.

Each side of a comparison is a `Snapshot`: taken from an `Assessment`, or
from a result saved with `tango-check assess --format json`. `compare` says
how the verdict, the score and each theme moved, and which obstacles were
resolved, which are new, which remain and which are no longer answered.
Obstacles are matched by rule id; an obstacle is a success factor or
obstacle rule that is not met.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, Protocol

from pydantic import BaseModel, BeforeValidator, ConfigDict, field_validator
from pydantic_core import PydanticCustomError

from tango_check.api import assess_document
from tango_check.catalogue import Catalogue, catalogue_of
from tango_check.errors import InputError, Problem
from tango_check.i18n import LANGUAGES, translate
from tango_check.loading import Document, load_document, shown, validate
from tango_check.render.common import party_names
from tango_check.rules import THEMES, Status
from tango_check.scoring import Assessment, is_score, shown_score
from tango_check.views import builtin_checks

if TYPE_CHECKING:
    from tango_check.rule_file import Rule

PARTNERS = ("cooperative", "care_organisation")  # a comparison checks that these are the same on both sides

RESULT_SCHEMA_VERSION = 1  # the JSON result's schema_version this version reads
VERDICT_RANK = {"not_ready": 0, "ready_with_conditions": 1, "ready": 2}
OBSTACLE_KINDS = ("success_factor", "obstacle")
Trend = Literal["improved", "worsened", "unchanged"]


class Label(Protocol):
    def text(self, lang: str) -> str: ...


@dataclass(frozen=True)
class Fixed:
    """A text in one language only: a saved result's title for a rule tango-check does not know."""

    value: str

    def text(self, lang: str) -> str:
        return self.value


@dataclass(frozen=True)
class Mark:
    """What a snapshot keeps of one finding: its status, and how to name it met and unmet."""

    status: str
    kind: str
    title: Label
    problem: Label


@dataclass(frozen=True)
class Snapshot:
    """One assessment, reduced to what a comparison needs."""

    source: str
    name: str | None
    verdict: str
    score: float | None
    themes: Mapping[str, float | None]
    findings: Mapping[str, Mark]  # by rule id, in report order
    parties: Mapping[str, str] = field(default_factory=dict)  # the two partners' names, where given
    date: date | None = None  # the partnership file's `assessed_on`, or the date a saved result records
    catalogue: Catalogue | None = None  # the rules it was made with; None for a result saved before they were recorded
    mixed: bool = False  # made with another catalogue than the latest snapshot it is shown with
    file: str = ""  # the file it was read from (a saved result's `source` names the partnership file)
    catalogue_at: tuple[int | None, int | None] = (None, None)  # line and column of a saved result's catalogue

    def obstacles(self) -> list[str]:
        return [rule_id for rule_id, mark in self.findings.items() if _is_obstacle(mark)]


def _is_obstacle(mark: Mark | None) -> bool:
    return mark is not None and mark.status == "unmet" and mark.kind in OBSTACLE_KINDS


def snapshot_of(assessment: Assessment) -> Snapshot:
    return Snapshot(
        source=assessment.source,
        name=assessment.partnership.name,
        verdict=assessment.verdict,
        score=assessment.score,
        themes={theme.theme: theme.score for theme in assessment.themes},
        findings={f.rule.id: Mark(f.status, f.rule.kind, f.rule.title, f.rule.problem) for f in assessment.findings},
        parties=_named(party_names(assessment, "en")),
        date=assessment.partnership.assessed_on,
        catalogue=catalogue_of(f.rule for f in assessment.findings),
        file=assessment.source,
    )


def _named(parties: Mapping[str, str]) -> dict[str, str]:
    """The two partners that have a name (a report says "(no name given)" for the others, in its language)."""
    unnamed = {translate("report.unnamed", lang) for lang in LANGUAGES}
    return {role: name for role, name in parties.items() if role in PARTNERS and name not in unnamed}


# --- a saved JSON result -------------------------------------------------------


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class _SavedFinding(_Lenient):
    rule_id: str
    kind: str
    status: Status
    title: str = ""
    message: str = ""


def _a_score(value: Any) -> Any:
    """A saved score as `assess` writes it: a number from 0 to 100, or null (a forged 1e999 or NaN is refused)."""
    if value is not None and not is_score(value):
        params = {"value": shown(value)}
        raise PydanticCustomError("score", "not a score", {"message_key": "compare.score", "params": params})
    return value


SavedScore = Annotated[float | None, BeforeValidator(_a_score)]


class _SavedTheme(_Lenient):
    theme: str
    score: SavedScore = None


class _SavedPartnership(_Lenient):
    name: str | None = None
    parties: dict[str, str] = {}


class _SavedCatalogue(_Lenient):
    version: str
    hash: str


class SavedResult(_Lenient):
    """The fields of `assess --format json` a comparison reads; other fields are ignored."""

    schema_version: int
    source: str | None = None
    partnership: _SavedPartnership | None = None
    verdict: Literal["ready", "ready_with_conditions", "not_ready"]
    score: SavedScore = None
    themes: list[_SavedTheme] = []
    findings: list[_SavedFinding]
    assessed_on: date | None = None
    catalogue: _SavedCatalogue | None = None

    @field_validator("schema_version", mode="before")
    @classmethod
    def _readable(cls, value: Any) -> Any:
        if isinstance(value, bool) or value != RESULT_SCHEMA_VERSION:  # `true` == 1 in Python, not in the file
            params = {"value": shown(value), "supported": RESULT_SCHEMA_VERSION}
            raise PydanticCustomError(
                "result_version", "unsupported result version", {"message_key": "compare.result_version", "params": params}
            )
        return value


def is_result(document: Document) -> bool:
    """A saved result (it has findings) rather than a partnership file (which cannot)."""
    return isinstance(document.data, dict) and ("findings" in document.data or "results" in document.data)


def snapshot_of_result(document: Document, known: Mapping[str, Rule] | None = None) -> Snapshot:
    """A snapshot of a saved result; rules in `known` are named in any language, others as saved."""
    if isinstance(document.data, dict) and "results" in document.data and "findings" not in document.data:
        raise InputError([document.problem(("results",), "compare.several_results", at_key=True)])
    result = validate(document, SavedResult)
    known = known or {}

    def mark(finding: _SavedFinding) -> Mark:
        rule = known.get(finding.rule_id)
        if rule is not None:
            return Mark(finding.status, finding.kind, rule.title, rule.problem)
        problem = finding.message if finding.status == "unmet" and finding.message else finding.title
        return Mark(finding.status, finding.kind, Fixed(finding.title), Fixed(problem))

    return Snapshot(
        source=result.source or document.source,
        name=result.partnership.name if result.partnership else None,
        verdict=result.verdict,
        score=result.score,
        themes={theme.theme: theme.score for theme in result.themes},
        findings={finding.rule_id: mark(finding) for finding in result.findings},
        parties=_named(result.partnership.parties) if result.partnership else {},
        date=result.assessed_on,
        catalogue=Catalogue(result.catalogue.version, result.catalogue.hash) if result.catalogue else None,
        file=document.source,
        catalogue_at=document.position(("catalogue",), at_key=True),
    )


def known_rules(rules: Iterable[Rule]) -> dict[str, Rule]:
    """Every rule and view check tango-check knows, by id."""
    return {rule.id: rule for rule in (*rules, *builtin_checks().all())}


def load_snapshot(path: Path | str, rules: list[Rule]) -> Snapshot:
    """A snapshot of a partnership file (assessed now with `rules`) or of a saved JSON result."""
    document = load_document(Path(path))
    if is_result(document):
        return snapshot_of_result(document, known_rules(rules))
    return snapshot_of(assess_document(document, rules))


def load_snapshots(paths: Sequence[Path | str], rules: list[Rule]) -> list[Snapshot]:
    """A snapshot of each path, in order; every file is read before any problem is reported."""
    snapshots: list[Snapshot] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            snapshots.append(load_snapshot(path, rules))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return snapshots


# --- which rules made them ---------------------------------------------------------


def _catalogue_name(catalogue: Catalogue | None) -> object:
    from tango_check.i18n import Message

    return Message("history.unknown_catalogue") if catalogue is None else f"{catalogue.version}, {catalogue.hash}"


def check_catalogues(snapshots: Sequence[Snapshot], *, allow_mixed: bool = False) -> list[Snapshot]:
    """The snapshots, each marked `mixed` when another catalogue made it than the latest (the last).

    Unless `allow_mixed`, a mixed snapshot is an `InputError` instead: its
    scores do not compare with the others'. A result saved without its
    catalogue counts as made by another.
    """
    latest = snapshots[-1]
    if latest.catalogue is None:  # nothing to measure against: every other one is mixed
        marked = [replace(snapshot, mixed=snapshot is not latest) for snapshot in snapshots]
    else:
        marked = [replace(snapshot, mixed=snapshot.catalogue != latest.catalogue) for snapshot in snapshots]
    if not allow_mixed:
        problems = [
            Problem(
                snapshot.file or snapshot.source,
                "history.mixed_rules",
                {"this": _catalogue_name(snapshot.catalogue), "other": latest.file or latest.source, "that": _catalogue_name(latest.catalogue)},
                *snapshot.catalogue_at,
            )
            for snapshot in marked
            if snapshot.mixed
        ]
        if problems:
            raise InputError(problems)
    return marked


# --- the comparison --------------------------------------------------------------


def score_change(before: float | None, after: float | None) -> float | None:
    """The change between the two scores as shown, so that it adds up from the figures a reader sees."""
    if before is None or after is None:
        return None
    return shown_score(shown_score(after) - shown_score(before))  # type: ignore[operator]


@dataclass(frozen=True)
class ThemeChange:
    theme: str
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        return score_change(self.before, self.after)


@dataclass(frozen=True)
class Change:
    """One obstacle and its status before and after (None: not assessed then)."""

    rule_id: str
    title: Label  # how the rule reads when met
    problem: Label  # how it reads when not met
    before: str | None
    after: str | None


@dataclass(frozen=True)
class Comparison:
    before: Snapshot
    after: Snapshot
    themes: tuple[ThemeChange, ...]
    resolved: tuple[Change, ...]  # an obstacle before, met or no longer applicable now
    new: tuple[Change, ...]  # an obstacle now, not before
    remaining: tuple[Change, ...]  # an obstacle before and now
    now_unknown: tuple[Change, ...]  # an obstacle before, unanswered now

    @property
    def score_change(self) -> float | None:
        return score_change(self.before.score, self.after.score)

    @property
    def mismatches(self) -> list[tuple[str, str, str]]:
        """(what, before, after) where the two seem to be different partnerships: another name or partner."""
        pairs = [("name", self.before.name, self.after.name)]
        pairs += [(role, self.before.parties.get(role), self.after.parties.get(role)) for role in PARTNERS]
        return [
            (what, old, new)
            for what, old, new in pairs
            if old and new and " ".join(old.split()).casefold() != " ".join(new.split()).casefold()
        ]

    @property
    def trend(self) -> Trend:
        change = VERDICT_RANK[self.after.verdict] - VERDICT_RANK[self.before.verdict]
        return "improved" if change > 0 else "worsened" if change < 0 else "unchanged"


def compare(before: Snapshot, after: Snapshot) -> Comparison:
    """How the partnership moved from `before` to `after`."""

    def change(rule_id: str) -> Change:
        old, new = before.findings.get(rule_id), after.findings.get(rule_id)
        named = new or old
        assert named is not None  # the id comes from one of the two
        problem = old.problem if old is not None and _is_obstacle(old) else named.problem
        return Change(rule_id, named.title, problem, old.status if old else None, new.status if new else None)

    was, now = before.obstacles(), after.obstacles()
    gone = [change(rule_id) for rule_id in was if rule_id not in now]
    seen = dict.fromkeys((*before.themes, *after.themes))
    order = [theme for theme in THEMES if theme in seen] + [theme for theme in seen if theme not in THEMES]
    return Comparison(
        before=before,
        after=after,
        themes=tuple(ThemeChange(theme, before.themes.get(theme), after.themes.get(theme)) for theme in order),
        resolved=tuple(item for item in gone if item.after != "unknown"),
        new=tuple(change(rule_id) for rule_id in now if rule_id not in was),
        remaining=tuple(change(rule_id) for rule_id in now if rule_id in was),
        now_unknown=tuple(item for item in gone if item.after == "unknown"),
    )
