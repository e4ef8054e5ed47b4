"""Many respondents per partner: each side's answer per question, its spread, and whether it is split.

Each response file is one respondent's view of one partnership, saying its
side with `perspective:` (and, optionally, who answered with `respondent:`).
Per side and per question `tally` gives the side's answer (the median of
ordered answers, the most frequent choice, the items at least half name), how
its respondents answered, and whether the side is *split*: it disagrees so
widely that its answer is no answer but the first thing to discuss. Which
answers are ordered, the split rule and the anonymity threshold are data
(`respondents.yaml`).

`aggregate` turns the response files into a `Panel`: one partnership per
side, made of the side's answers, for `views.merge` to set side by side.
Respondents' names enter the panel only when asked for (`show_names`), so no
report can show them otherwise; which respondent gave which answer is never
kept at all.
"""

from __future__ import annotations

import functools
import os
import typing
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from tango_check.errors import InputError, Problem
from tango_check.i18n import Message
from tango_check.loading import Document, load_document, validate
from tango_check.model import Partnership, Role
from tango_check.outline import SIDES, UNKNOWN, FieldSpec, Side, answer_at, field_catalog, set_at
from tango_check.views import Checks, builtin_checks, view_of

if TYPE_CHECKING:
    from tango_check.scoring import ThemeScore

RULES_FILE = Path(__file__).with_name("respondents.yaml")
# The same in every response of one partnership: a response that differs is about another one.
IDENTITY = ("name", "partners.")
# Not answers: whose view a file gives, and who gave it.
NOT_ANSWERS = ("schema_version", "perspective", "respondent.")
UNSTATED_ROLE = "unstated"
ROLE_ORDER = (*typing.get_args(Role), UNSTATED_ROLE)


class SplitRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)  # built when first read: most runs have one respondent

    band: int = Field(ge=0)
    min_outside: int = Field(ge=1)
    min_share: float = Field(gt=0, le=1)


class RespondentRules(BaseModel):
    """The aggregation rules (`respondents.yaml`)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    schema_version: Literal[1] = 1
    scales: list[list[str]]
    split: SplitRule
    show_counts_from: int = Field(ge=1)
    side_roles: dict[Side, list[Role]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _distinct(self) -> RespondentRules:
        for scale in self.scales:
            if len(scale) < 2 or len(set(scale)) != len(scale):
                raise _rules_error("respondents.scale", scale=", ".join(scale))
        roles = [role for roles in self.side_roles.values() for role in roles]
        for role in roles:
            if roles.count(role) > 1:
                raise _rules_error("respondents.role_twice", role=role)
        return self

    def side_of(self, role: str | None) -> Side | None:
        """The side a role belongs to, when it belongs to one side only."""
        return next((side for side, roles in self.side_roles.items() if role in roles), None)

    def scale_of(self, spec: FieldSpec) -> list[str] | None:
        """The scale a question's answers make up, if they are ordered."""
        answers = {answer for answer in spec.allowed if answer != UNKNOWN}
        return next((scale for scale in self.scales if set(scale) == answers), None)


def _rules_error(key: str, **params: object) -> PydanticCustomError:
    return PydanticCustomError("respondents", "invalid respondents rules", {"message_key": key, "params": params})


def load_respondent_rules(path: Path = RULES_FILE) -> RespondentRules:
    return validate(load_document(path), RespondentRules)


@functools.cache
def builtin_respondent_rules() -> RespondentRules:
    return load_respondent_rules()


# --- one side, one question ------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    """How one side answered one question.

    `answer` is the side's answer: None when nobody answered, when the side is
    split, or when two choices tie. `counts` holds the respondents per answer
    (per item for a list question), in the question's order.
    """

    answer: Any
    counts: tuple[tuple[str, int], ...]
    answered: int
    split: bool
    shown_from: int

    @property
    def unanimous(self) -> bool:
        return all(count == self.answered for _, count in self.counts)

    def distribution(self) -> dict[str, int] | None:
        """The counts, when enough of the side answered to show them without exposing anyone."""
        return dict(self.counts) if self.answered >= self.shown_from else None


def tally(values: Sequence[Any], spec: FieldSpec, rules: RespondentRules | None = None) -> Tally:
    """The side's answer to one question from its respondents' answers (None: not answered)."""
    rules = rules or builtin_respondent_rules()
    given = [value for value in values if value is not None and value != UNKNOWN]
    n = len(given)
    if n == 0:
        return Tally(None, (), 0, False, rules.show_counts_from)
    if spec.kind == "choices":
        return _tally_list(given, spec, rules)
    scale = rules.scale_of(spec)
    counts = Counter(given)
    listed = tuple((answer, counts[answer]) for answer in _ordered(counts, scale or list(spec.allowed)))
    if scale is not None:
        ranked = sorted(given, key=scale.index)
        answer = ranked[n // 2]  # between two middle answers, the later one in the scale
        step = scale.index(answer)
        outside = sum(count for value, count in counts.items() if abs(scale.index(value) - step) > rules.split.band)
    else:
        top = max(counts.values())
        leaders = [value for value, count in counts.items() if count == top]
        answer = leaders[0] if len(leaders) == 1 else None
        outside = n - top
    split = _is_split(outside, n, rules)
    return Tally(None if split else answer, listed, n, split, rules.show_counts_from)


def _tally_list(given: list[Any], spec: FieldSpec, rules: RespondentRules) -> Tally:
    """A list question: each item in the side's answer when at least half name it."""
    n = len(given)
    counts = Counter(item for value in given for item in set(value))
    items = _ordered(counts, list(spec.allowed))
    answer = [item for item in items if 2 * counts[item] >= n]
    outside = max((n - counts[item] if item in answer else counts[item] for item in items), default=0)
    split = _is_split(outside, n, rules)
    listed = tuple((item, counts[item]) for item in items)
    return Tally(None if split else answer, listed, n, split, rules.show_counts_from)


def _ordered(counts: Counter[Any], order: list[str]) -> list[Any]:
    return sorted(counts, key=lambda value: (order.index(value) if value in order else len(order), str(value)))


def _is_split(outside: int, answered: int, rules: RespondentRules) -> bool:
    return outside >= rules.split.min_outside and outside >= rules.split.min_share * answered


# --- all respondents ----------------------------------------------------------------


@dataclass(frozen=True)
class SideResponses:
    """One side's respondents: how many, their roles, its answers; names only when asked for."""

    side: Side
    count: int
    roles: tuple[tuple[str, int], ...]
    tallies: dict[str, Tally]
    names: tuple[str, ...] = ()

    def tally(self, path: str) -> Tally | None:
        return self.tallies.get(path)


@dataclass(frozen=True)
class Panel:
    """Everyone who answered, per side; the partnership of each side is its answers."""

    sides: dict[Side, SideResponses]
    partnerships: dict[Side, Partnership]
    sources: tuple[str, ...]
    shown_from: int  # counts are shown from this many respondents to a question
    show_names: bool = False
    warnings: tuple[Problem, ...] = ()  # located, but no reason not to assess
    side_themes: dict[Side, tuple[ThemeScore, ...]] = field(default_factory=dict)  # each side's answers scored alone

    @property
    def respondents(self) -> int:
        return sum(side.count for side in self.sides.values())

    def split_paths(self) -> set[str]:
        """The questions on which a side is split (paths of a response file)."""
        return {path for side in self.sides.values() for path, tally in side.tallies.items() if tally.split}

    def tallies_for(self, path_of: dict[Side, str]) -> dict[Side, Tally]:
        """Each side's tally of its question (`path_of`: side -> path in its response)."""
        found = {side: self.sides[side].tally(path) for side, path in path_of.items()}
        return {side: value for side, value in found.items() if value is not None}

    def folder(self) -> str:
        return folder_of(self.sources)


def folder_of(sources: Sequence[str]) -> str:
    """Where the responses are: the folder they share, which names no respondent."""
    common = os.path.commonpath([os.path.dirname(os.path.abspath(source)) for source in sources])
    relative = os.path.relpath(common)
    return common if relative.startswith("..") else relative


def read_responses(paths: Sequence[Path | str]) -> list[tuple[Document, Partnership]]:
    """Read and validate every response; all their problems at once (`InputError`)."""
    from tango_check.api import partnership_of  # the api reads responses through this module
    files: list[tuple[Document, Partnership]] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            document = load_document(Path(path))
            files.append((document, partnership_of(document)))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    return files


def aggregate(
    files: Sequence[tuple[Document, Partnership]],
    *,
    show_names: bool = False,
    rules: RespondentRules | None = None,
    checks: Checks | None = None,
) -> Panel:
    """The panel of one partnership's responses (raises `InputError` with located problems).

    Each response's answers to the view questions are first written out as
    its own view, as for a partner's own file, so they are counted alike
    whether a respondent wrote them at the top or under `views:`.
    """
    rules, checks = rules or builtin_respondent_rules(), checks or builtin_checks()
    _check(files)
    warnings = _warnings(files, rules)
    catalog = field_catalog()
    by_side: dict[Side, list[Partnership]] = {side: [] for side in SIDES}
    for _, partnership in files:
        by_side[partnership.perspective].append(partnership)  # type: ignore[index]

    sides: dict[Side, SideResponses] = {}
    partnerships: dict[Side, Partnership] = {}
    for side, responses in by_side.items():
        answers = [_with_view(response, side, checks) for response in responses]
        data: dict[str, Any] = {"perspective": side}
        tallies: dict[str, Tally] = {}
        for path, spec in catalog.items():
            if path.startswith(NOT_ANSWERS) or path.startswith(f"views.{_other(side)}."):
                continue
            values = [answer_at(response, path) for response in answers]
            if path.startswith(IDENTITY):  # checked to be the same in every response
                value = next((value for value in values if value is not None), None)
                if value is not None:
                    set_at(data, path, value)
                continue
            counted = tally(values, spec, rules)
            if counted.answered:
                tallies[path] = counted
            if counted.answer is not None:
                set_at(data, path, counted.answer)
        who = [response.respondent for response in responses]
        roles = Counter(person.role if person and person.role else UNSTATED_ROLE for person in who)
        names = tuple(sorted(person.name for person in who if person and person.name)) if show_names else ()
        in_order = tuple(sorted(roles.items(), key=lambda item: ROLE_ORDER.index(item[0])))
        sides[side] = SideResponses(side, len(responses), in_order, tallies, names)
        partnerships[side] = Partnership.model_validate(data)
    sources = tuple(document.source for document, _ in files)
    return Panel(sides, partnerships, sources, rules.show_counts_from, show_names, warnings)


def _other(side: Side) -> Side:
    return SIDES[1 - SIDES.index(side)]


def _with_view(response: Partnership, side: Side, checks: Checks) -> Partnership:
    data = response.model_dump(exclude_none=True)
    data["views"] = {side: view_of(response, side, checks)}
    return Partnership.model_validate(data)


def _check(files: Sequence[tuple[Document, Partnership]]) -> None:
    """Each response says its side and holds no answers for the other; all are about one partnership; both sides answered."""
    problems: list[Problem] = []
    first_seen: dict[str, tuple[str, str]] = {}  # identity path -> (value, source)
    identity = [path for path in field_catalog() if path.startswith(IDENTITY)]
    for document, partnership in files:
        side = partnership.perspective
        if side is None:
            problems.append(document.problem((), "views.perspective_missing"))
        elif partnership.views is not None and getattr(partnership.views, _other(side)) is not None:
            other = _other(side)
            problems.append(document.problem(("views", other), "views.other_side", at_key=True, side=side, other=other))
        for path in identity:
            value = answer_at(partnership, path)
            if value is None:
                continue
            seen = first_seen.setdefault(path, (value, document.source))
            if " ".join(seen[0].split()).casefold() != " ".join(value.split()).casefold():
                where = tuple(path.split("."))
                problems.append(
                    document.problem(where, "respondents.other_partnership", field=path, value=seen[0], other=seen[1])
                )
    if problems:
        raise InputError(problems)
    present = {partnership.perspective for _, partnership in files}
    missing = [side for side in SIDES if side not in present]
    if missing:
        sources = [document.source for document, _ in files]
        source = " + ".join(sources) if len(sources) <= 2 else folder_of(sources)
        raise InputError([Problem(source, f"respondents.no_{missing[0]}", {"count": len(files)})])


def _warnings(files: Sequence[tuple[Document, Partnership]], rules: RespondentRules) -> tuple[Problem, ...]:
    """A response that answers nothing, or whose role belongs to the other side (is its perspective right?)."""
    warnings = []
    for document, partnership in files:
        role = partnership.respondent.role if partnership.respondent else None
        belongs = rules.side_of(role)
        if belongs is not None and belongs != partnership.perspective:
            where = ("respondent", "role")
            side = partnership.perspective
            warnings.append(document.problem(where, "respondents.role_side", role=role, side=side, belongs=Message(f"respondents.side.{belongs}")))
        answered = partnership.model_dump(exclude_none=True, exclude={"schema_version", "perspective", "respondent", "name", "partners"})
        if not any(answer_at(partnership, path) is not None for path in field_catalog() if path.split(".")[0] in answered):
            warnings.append(document.problem((), "respondents.answers_nothing"))
    return tuple(warnings)
