"""Two partners, two views: where the cooperative and the care organisation differ.

A partnership file may hold each partner's own answers under `views:`
(`views.cooperative`, `views.care_organisation`), or each side may answer in
files of its own, one per respondent (with `perspective:`): then
`respondents.aggregate` makes each side's answers and `merge` one
partnership of the two sides. `reconcile` then

- derives the joint answers the rules read from the two views (a vision is
  shared only when both partners say so), and
- lists each question on which the views differ, as agreed, bridged by a
  basic agreement (a sign of health), not bridged (an obstacle), unknown,
  or split (a side's own respondents disagree widely: discuss it first).

Which questions are compared, how the joint answer follows and which
agreement bridges a difference is data (`view_checks.yaml`): the engine knows
no question by name.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from tango_check.conditions import Condition
from tango_check.errors import InputError
from tango_check.loading import load_document, validate
from tango_check.model import Partnership
from tango_check.outline import SIDES, UNKNOWN, Side, answer_at, field_catalog, set_at
from tango_check.rule_file import Rule, Text
from tango_check.rules import VIEWS_PACK, Kind, Status

if TYPE_CHECKING:
    from tango_check.respondents import Panel, Tally

DivergenceStatus = Literal["split", "agree", "bridged", "unbridged", "unknown"]
CHECKS_FILE = Path(__file__).with_name("view_checks.yaml")

# A difference's status as the status of its check's finding.
FINDING_STATUS: dict[DivergenceStatus, Status] = {
    "bridged": "met",
    "unbridged": "unmet",
    "split": "unknown",  # not an answer until the side has talked it through
    "unknown": "unknown",
    "agree": "not_applicable",
}


class ViewCheck(Rule):
    """A question the partners may see differently: how to combine, and what bridges a difference.

    A rule, so that its finding reads, scores and renders like any other;
    `met_when` (written `bridged_when`) says when a difference is bridged,
    and is left out when no agreement can bridge it.
    """

    FOLLOWS_EVIDENCE: ClassVar[bool] = False  # weight 0: the rules on the joint answers weigh
    is_view_check: ClassVar[bool] = True
    kind: Kind = "obstacle"
    weight: int = Field(default=0, ge=0, le=5)
    met_when: Condition | None = Field(default=None, alias="bridged_when")  # type: ignore[assignment]
    view: str | None = None
    combine: Literal["weakest", "same", "own"] | None = None
    joint: str | dict[Side, str] | None = None
    order: list[str] | None = None
    bridge: Text | None = None

    @model_validator(mode="after")
    def _consistent(self) -> ViewCheck:
        catalog = field_catalog()
        if self.view is not None and f"views.cooperative.{self.view}" not in catalog:
            raise _check_error("views.check_unknown_view", name=self.view)
        joints = self.joint.values() if isinstance(self.joint, dict) else [self.joint] if self.joint else []
        for path in joints:
            if path not in catalog:
                raise _check_error("views.check_unknown_joint", name=path)
        wants_mapping = self.combine == "own"
        if (self.combine is None) != (self.joint is None) or wants_mapping != isinstance(self.joint, dict):
            raise _check_error("views.check_combine")
        if (self.combine == "weakest") != (self.order is not None):
            raise _check_error("views.check_order")
        if self.order is not None and isinstance(self.joint, str):
            allowed = [value for value in catalog[self.joint].allowed if value != UNKNOWN]
            if sorted(self.order) != sorted(allowed):
                raise _check_error("views.check_order_values", name=self.joint, allowed=", ".join(allowed))
        if (self.met_when is None) != (self.bridge is None):
            raise _check_error("views.check_bridge")
        return self

    def question_text(self, lang: str, path: str | None = None) -> str:
        """The question a difference is about: the check's own, or the file's for a catch-all row."""
        if path is not None and self.view is None:
            return field_catalog()[path].question(lang)
        return self.question.text(lang)


def _check_error(key: str, **params: object) -> PydanticCustomError:
    return PydanticCustomError("view_check", "invalid view check", {"message_key": key, "params": params})


class CheckFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = 1
    checks: list[ViewCheck] = Field(min_length=1)
    files_differ: ViewCheck


@dataclass(frozen=True)
class Checks:
    """The view checks, and the one for questions two partners' files answer differently."""

    checks: tuple[ViewCheck, ...]
    files_differ: ViewCheck

    def all(self) -> tuple[ViewCheck, ...]:
        return (*self.checks, self.files_differ)


def load_checks(path: Path = CHECKS_FILE) -> Checks:
    """Read and validate a view-check table (ids unique)."""
    document = load_document(path)
    table = validate(document, CheckFile)
    seen: set[str] = set()
    for index, check in enumerate(table.checks):
        if check.id in seen or check.id == table.files_differ.id:
            problem = document.problem(("checks", index, "id"), "rules.duplicate_id", rule_id=check.id, other=path)
            raise InputError([problem])
        seen.add(check.id)
    located = [(("checks", index), check) for index, check in enumerate(table.checks)]
    for where, check in [*located, (("files_differ",), table.files_differ)]:
        check._pack, check._file = VIEWS_PACK, str(path)
        check._line, _ = document.position((*where, "id"))
    return Checks(tuple(table.checks), table.files_differ)


@functools.cache
def builtin_checks() -> Checks:
    return load_checks()


# --- differences ---------------------------------------------------------------


@dataclass(frozen=True)
class Divergence:
    """One question, each partner's answer (None: not given), and whether they differ.

    With many respondents, `answers` holds how each side answered (a side
    without respondents for the question is left out); `split` is the status
    when a side is split on it.
    """

    check: ViewCheck
    path: str  # the question: a path in a partner's view, or in the file for `files_differ`
    cooperative: Any
    care_organisation: Any
    status: DivergenceStatus
    answers: dict[Side, Tally] = field(default_factory=dict)

    def split_on(self, side: Side) -> bool:
        tally = self.answers.get(side)
        return tally is not None and tally.split

    def question(self, lang: str) -> str:
        return self.check.question_text(lang, self.path)

    def bridged_by(self, lang: str) -> str | None:
        """What bridges the difference, when it is bridged."""
        if self.status != "bridged" or self.check.bridge is None:
            return None
        return self.check.bridge.text(lang)


def same_answer(first: Any, second: Any) -> bool:
    """Equal answers; lists are compared as sets (the order of a list says nothing)."""
    if isinstance(first, list) and isinstance(second, list):
        return set(first) == set(second)
    return bool(first == second)


def reconcile(
    partnership: Partnership,
    checks: Checks | None = None,
    differences: Sequence[Divergence] = (),
    panel: Panel | None = None,
) -> tuple[Partnership, tuple[Divergence, ...]]:
    """The partnership with the joint answers its two views imply, and every difference between them.

    `differences` are the other questions the two sides answered differently
    (from `merge`); they are listed after the view questions. With a `panel`
    each view question carries how each side's respondents answered it, and
    a side split on it makes it a split. Without views the partnership is
    returned as it is.
    """
    views = partnership.views
    if views is None or (views.cooperative is None and views.care_organisation is None):
        return partnership, tuple(differences)
    checks = checks or builtin_checks()
    answers = [
        (check, _side_answer(partnership, check, "cooperative"), _side_answer(partnership, check, "care_organisation"))
        for check in checks.checks
        if check.view is not None
    ]
    data = partnership.model_dump(exclude_none=True)
    for check, mine, theirs in answers:
        _combine(data, partnership, check, {"cooperative": mine, "care_organisation": theirs})
    effective = Partnership.model_validate(data)
    rows = []
    for check, mine, theirs in answers:
        tallies = panel.tallies_for({side: f"views.{side}.{check.view}" for side in SIDES}) if panel else {}
        if mine is None and theirs is None and not tallies:
            continue
        status = "split" if any(t.split for t in tallies.values()) else _status(check, mine, theirs, effective)
        rows.append(Divergence(check, check.view or "", mine, theirs, status, tallies))
    return effective, (*rows, *differences)


def _side_answer(partnership: Partnership, check: ViewCheck, side: Side) -> Any:
    """A partner's answer: from its view, or, where it speaks for its own field, from that field."""
    mine = answer_at(getattr(partnership.views, side), check.view) if check.view else None
    if mine is None and isinstance(check.joint, dict) and side in check.joint:
        return answer_at(partnership, check.joint[side])
    return mine


def _combine(data: dict[str, Any], partnership: Partnership, check: ViewCheck, by_side: dict[str, Any]) -> None:
    """Write into `data` the joint answer the two views imply, where they imply one."""
    if isinstance(check.joint, dict):  # own: each partner speaks for its own field
        for side, path in check.joint.items():
            if by_side[side] is not None:
                set_at(data, path, by_side[side])
        return
    if check.joint is None:
        return
    joint = answer_at(partnership, check.joint)
    mine, theirs = by_side["cooperative"], by_side["care_organisation"]
    value = joint
    if check.combine == "weakest" and check.order:
        known = [answer for answer in (joint, mine, theirs) if answer is not None]
        worst = max(known, key=check.order.index) if known else None
        # One partner's "yes" is not both partners' "yes".
        only_one_yes = worst == check.order[0] and joint is None and (mine is None or theirs is None)
        value = None if only_one_yes else worst
    elif check.combine == "same" and joint is None and mine is not None and theirs is not None:
        value = mine if same_answer(mine, theirs) else None
    if value is not None:
        set_at(data, check.joint, value)


def _status(check: ViewCheck, mine: Any, theirs: Any, effective: Partnership) -> DivergenceStatus:
    if mine is None or theirs is None:
        return "unknown"
    if same_answer(mine, theirs):
        return "agree"
    if check.met_when is None:
        return "unbridged"
    bridged = check.met_when.evaluate(effective)
    return "unknown" if bridged is None else "bridged" if bridged else "unbridged"


def finding_statuses(divergences: Sequence[Divergence]) -> list[tuple[ViewCheck, Status]]:
    """One finding per check that found a difference; every catch-all row makes one finding together."""
    found: dict[str, tuple[ViewCheck, Status]] = {}
    for divergence in divergences:
        status = FINDING_STATUS[divergence.status]
        if status == "not_applicable":
            continue
        earlier = found.get(divergence.check.id)
        if earlier is None or status == "unmet":
            found[divergence.check.id] = (divergence.check, status)
    return list(found.values())


# --- the two sides of a panel of respondents ------------------------------------


def merge(panel: Panel, checks: Checks | None = None) -> tuple[Partnership, tuple[Divergence, ...]]:
    """One partnership from the two sides' answers (`respondents.aggregate`), side by side.

    Each side's answers to the view questions become its view. Every other
    question takes the answer both sides give, or the one side that answers
    it; where the sides answer differently, where a side is split, or where a
    side's respondents left it without an answer (a tie), the joint answer
    stays unknown and a row says why, to be settled together. A question on
    which a side's respondents differ is listed with its distribution even
    when the sides agree.
    """
    checks = checks or builtin_checks()
    by_side = panel.partnerships
    data: dict[str, Any] = {"views": {side: view_of(by_side[side], side, checks) for side in SIDES}}
    owned = {path for check in checks.checks for path in _joint_paths(check)}
    differences: list[Divergence] = []
    for path, spec in field_catalog().items():
        if path in owned or path in ("schema_version", "perspective") or path.startswith(("views.", "respondent.")):
            continue
        answers = {side: answer_at(by_side[side], path) for side in SIDES}
        tallies = panel.tallies_for({side: path for side in SIDES})
        given = [answer for answer in answers.values() if answer is not None]
        mine, theirs = answers["cooperative"], answers["care_organisation"]
        settled = all(answers[side] is not None for side in tallies)  # every side that answered has an answer
        if any(value.split for value in tallies.values()):
            differences.append(Divergence(checks.files_differ, path, mine, theirs, "split", tallies))
            continue
        if spec.kind in ("choice", "choices") and len(given) == 2 and not same_answer(*given):
            differences.append(Divergence(checks.files_differ, path, mine, theirs, "unbridged", tallies))
            continue
        if any(not value.unanimous for value in tallies.values()) or not settled:
            status: DivergenceStatus = "agree" if len(given) == 2 else "unknown"
            differences.append(Divergence(checks.files_differ, path, mine, theirs, status, tallies))
        if given and settled:
            set_at(data, path, given[0])
    return Partnership.model_validate(data), tuple(differences)


def _joint_paths(check: ViewCheck) -> list[str]:
    if isinstance(check.joint, dict):
        return list(check.joint.values())
    return [check.joint] if check.joint else []


def view_of(partnership: Partnership, side: Side, checks: Checks) -> dict[str, Any]:
    """A partner's view: its answers to the view questions, its own `views:` section winning."""
    view: dict[str, Any] = {}
    for check in checks.checks:
        path = check.joint.get(side) if isinstance(check.joint, dict) else check.joint
        value = answer_at(partnership, path) if path and check.view else None
        if value is not None and check.view:
            set_at(view, check.view, value)
    written = getattr(partnership.views, side) if partnership.views else None
    if written is not None:
        deep_update(view, written.model_dump(exclude_none=True))
    return view


def deep_update(target: dict[str, Any], source: dict[str, Any]) -> None:
    for key, value in source.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            deep_update(target[key], value)
        else:
            target[key] = value
