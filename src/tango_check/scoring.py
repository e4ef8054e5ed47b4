"""From a partnership and the rules to an assessment: statuses, scores, verdict.

Pure functions; renderers only turn the `Assessment` into text.

Scores count only answered rules (an unknown answer is not the lowest
score), weighted by each rule's weight. The verdict follows the study rather
than a plain average:

- a `gate` rule that is not met (the shared vision on good care) makes the
  partnership *not ready*, whatever else is strong;
- rules that apply only to a provider ambition (`applies_when`) do not weigh
  for a broker;
- too many unknowns cannot yield *ready*, nor can one unknown answer that
  the situation makes critical (a provider-only rule for a provider);
- nor can a difference between the two partners' views that no basic
  agreement bridges (`tango_check.views`; such checks weigh 0 in the score,
  as the rules on the joint answers already do).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tango_check.evaluation import fields_of
from tango_check.i18n import Message
from tango_check.rules import THEMES, Status
from tango_check.scope import Scope

if TYPE_CHECKING:
    from tango_check.model import Partnership
    from tango_check.respondents import Panel
    from tango_check.rule_file import Rule
    from tango_check.views import Divergence

STRENGTH_FROM = 80  # theme or overall score at or above: strength
CONCERN_BELOW = 60  # below: concern; in between: borderline
READY_COVERAGE = 0.8  # share of applicable checks answered needed for "ready"
MIN_COVERAGE = 0.5  # below this share nothing better than "not ready"

# How the verdict is reached, step by step: (key, whose choice it is, figures), for `explain verdict`.
# "study" where the study's own words decide, "tool" where the threshold is tango-check's.
VERDICT_STEPS: tuple[tuple[str, str, dict[str, int]], ...] = (
    ("gate_unmet", "study", {}),
    ("too_few_known", "tool", {"needed": round(100 * MIN_COVERAGE)}),
    ("score_low", "tool", {"limit": CONCERN_BELOW}),
    ("gate_unknown", "tool", {}),
    ("major_unmet", "tool", {}),
    ("critical_unknown", "tool", {}),
    ("too_many_unknowns", "tool", {"needed": round(100 * READY_COVERAGE)}),
    ("score_not_high", "tool", {"limit": STRENGTH_FROM}),
    ("divergence", "tool", {}),
    ("split", "tool", {}),
    ("ambition", "study", {}),
    ("unknown_left_out", "tool", {}),
    ("bands", "tool", {"strength": STRENGTH_FROM, "concern": CONCERN_BELOW}),
)

_SEVERITY_RANK = {"gate": 0, "major": 1, "minor": 2}
_STATUS_RANK = {"unmet": 0, "unknown": 1}


@dataclass(frozen=True)
class Finding:
    rule: Rule
    status: Status


@dataclass(frozen=True)
class ThemeScore:
    theme: str
    score: float | None
    band: str
    met: int
    unmet: int
    unknown: int
    not_applicable: int


@dataclass(frozen=True)
class Assessment:
    """Everything a renderer needs, and nothing it has to compute."""

    source: str
    partnership: Partnership
    findings: tuple[Finding, ...]
    themes: tuple[ThemeScore, ...]
    score: float | None
    answered: int
    applicable: int
    verdict: str
    reasons: tuple[Message, ...] = field(default_factory=tuple)
    divergences: tuple[Divergence, ...] = field(default_factory=tuple)  # where the two partners' views differ
    scope: Scope | None = None  # the rules in effect, when not the core catalogue whole (set by the caller)
    # Line and column of each value of the file, by path (`loading.Document.value_marks`); empty when
    # the partnership does not come from one file (`tango_check.locations`).
    marks: Mapping[tuple[str | int, ...], tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)
    panel: Panel | None = None  # the respondents, when each side answered in files of its own

    @property
    def splits(self) -> list[Divergence]:
        """The questions a side is split on: the first thing to discuss."""
        return [divergence for divergence in self.divergences if divergence.status == "split"]

    def with_status(self, *statuses: Status, kinds: tuple[str, ...] | None = None) -> list[Finding]:
        return [
            finding
            for finding in self.findings
            if finding.status in statuses and (kinds is None or finding.rule.kind in kinds)
        ]

    @property
    def strengths(self) -> list[Finding]:
        """Success factors present and obstacles cleared."""
        return self.with_status("met", kinds=("success_factor", "obstacle"))

    @property
    def obstacles(self) -> list[Finding]:
        """Rules not met, most important first."""
        return list(self._ranked[0])

    @property
    def benefits(self) -> list[Finding]:
        return self.with_status("met", kinds=("benefit",))

    @property
    def open_questions(self) -> list[Finding]:
        """Weighted rules that could not be assessed, most important first."""
        return list(self._ranked[1])

    @property
    def next_steps(self) -> list[Finding]:
        """Obstacles to remove and questions to answer, most important first."""
        return list(self._ranked[2])

    @functools.cached_property
    def _ranked(self) -> tuple[tuple[Finding, ...], tuple[Finding, ...], tuple[Finding, ...]]:
        """Obstacles, open questions and next steps, each sorted once: a report asks for them several times."""
        obstacles = sorted(self.with_status("unmet", kinds=("success_factor", "obstacle")), key=_importance)
        questions = sorted((f for f in self.with_status("unknown") if f.rule.weight > 0), key=_importance)
        return tuple(obstacles), tuple(questions), tuple(sorted(obstacles + questions, key=_importance))


def _importance(finding: Finding) -> tuple[Any, ...]:
    rule = finding.rule
    return (
        _SEVERITY_RANK[rule.severity],
        _STATUS_RANK.get(finding.status, 2),
        -rule.weight,
        THEMES.index(rule.theme),
        rule.id,
    )


def rule_status(rule: Rule, partnership: Partnership) -> Status:
    """Met, unmet, unknown, or not applicable (also when applicability is unknown)."""
    if rule.applies_when is not None and rule.applies_when.evaluate(partnership) is not True:
        return "not_applicable"
    result = rule.met_when.evaluate(partnership)
    if result is None:
        return "unknown"
    return "met" if result else "unmet"


def band(score: float | None) -> str:
    """The band of the score as shown: a 79.96 reads as 80, and is a strength."""
    score = shown_score(score)
    if score is None:
        return "unknown"
    if score >= STRENGTH_FROM:
        return "strength"
    return "borderline" if score >= CONCERN_BELOW else "concern"


def _weighted_score(findings: list[Finding]) -> float | None:
    known = [f for f in findings if f.status in ("met", "unmet")]
    total = sum(f.rule.weight for f in known)
    if total == 0:
        return None
    return 100 * sum(f.rule.weight for f in known if f.status == "met") / total


def theme_score(theme: str, findings: list[Finding]) -> ThemeScore:
    """The score of a theme from its own findings (`assess` groups them by theme once)."""
    weighted = [f for f in findings if f.rule.weight > 0]
    score = _weighted_score(weighted)
    statuses = [f.status for f in findings]
    return ThemeScore(
        theme=theme,
        score=score,
        band=band(score),
        met=statuses.count("met"),
        unmet=statuses.count("unmet"),
        unknown=statuses.count("unknown"),
        not_applicable=statuses.count("not_applicable"),
    )


def assess(
    partnership: Partnership,
    rules: list[Rule],
    source: str = "",
    *,
    differences: Sequence[Divergence] = (),
    marks: Mapping[tuple[str | int, ...], tuple[int, int]] | None = None,
    panel: Panel | None = None,
) -> Assessment:
    """Evaluate every rule and derive scores and the verdict.

    With a `panel` of respondents, a gate rule that reads a question a side
    is split on is unmet: a side divided on it does not, as a whole, endorse it.
    """
    # The two partners' views first: they decide joint answers the rules read.
    divergences: tuple[Divergence, ...] = ()
    if partnership.views is not None or differences or panel is not None:
        from tango_check.views import reconcile

        partnership, divergences = reconcile(partnership, differences=differences, panel=panel)
    split = panel.split_paths() if panel else set()
    findings = [
        Finding(rule, "unmet" if rule.severity == "gate" and _reads(rule, split) else rule_status(rule, partnership))
        for rule in rules
    ]
    if divergences:
        from tango_check.views import finding_statuses

        findings += [Finding(check, status) for check, status in finding_statuses(divergences)]
    by_theme: dict[str, list[Finding]] = {}
    for finding in findings:
        by_theme.setdefault(finding.rule.theme, []).append(finding)
    themes = tuple(theme_score(theme, by_theme[theme]) for theme in THEMES if theme in by_theme)
    weighted = [f for f in findings if f.rule.weight > 0 and f.status != "not_applicable"]
    answered = sum(1 for f in weighted if f.status != "unknown")
    score = _weighted_score(weighted)
    splits = sum(1 for divergence in divergences if divergence.status == "split")
    verdict, reasons = decide(findings, score, answered, len(weighted), splits)
    return Assessment(
        source=source,
        partnership=partnership,
        findings=tuple(findings),
        themes=themes,
        score=score,
        answered=answered,
        applicable=len(weighted),
        verdict=verdict,
        reasons=tuple(reasons),
        divergences=divergences,
        panel=panel,
        marks=marks or {},
    )


def _reads(rule: Rule, paths: set[str]) -> bool:
    return bool(paths) and any(test.field in paths for test in fields_of(rule.met_when))


def decide(
    findings: list[Finding],
    score: float | None,
    answered: int,
    applicable: int,
    splits: int = 0,
) -> tuple[str, list[Message]]:
    """The verdict and the reasons for it, in order of weight; `splits`: questions a side is split on.

    Theme bands are shown but do not decide: a theme's band depends on how
    many rules it happens to have (one minor gap makes a one-rule theme a
    concern). A rule that applies only in some situations (`applies_when`,
    such as the provider ambition) is critical where it applies: unknown, it
    keeps the verdict below ready, like an unknown gate.
    """
    blocking: list[Message] = []
    conditions: list[Message] = []
    coverage = answered / applicable if applicable else 0.0
    percent = round(100 * coverage)

    # The few findings that hold the verdict back, most important first (sorted once picked: a batch sorts less).
    held_back = [(finding, reason) for finding in findings if (reason := _holds_back(finding))]
    for _, (blocks, message) in sorted(held_back, key=lambda item: _importance(item[0])):
        (blocking if blocks else conditions).append(message)

    if splits:
        conditions.insert(0, Message("reason.split", {"count": splits}))
    counts = {"known": answered, "total": applicable, "percent": percent}
    if coverage < MIN_COVERAGE:
        blocking.append(Message("reason.too_few_known", {**counts, "needed": round(100 * MIN_COVERAGE)}))
    elif coverage < READY_COVERAGE:
        conditions.append(Message("reason.too_many_unknowns", {**counts, "needed": round(100 * READY_COVERAGE)}))

    shown = shown_score(score)
    if shown is not None and shown < CONCERN_BELOW:
        blocking.append(Message("reason.score_below", {"score": Figure(score), "limit": CONCERN_BELOW}))
    elif shown is not None and shown < STRENGTH_FROM:
        conditions.append(Message("reason.score_below", {"score": Figure(score), "limit": STRENGTH_FROM}))

    if blocking:
        return "not_ready", blocking + conditions
    if conditions:
        return "ready_with_conditions", conditions
    return "ready", _why_ready(findings, score, {**counts, "needed": round(100 * READY_COVERAGE)})


def _holds_back(finding: Finding) -> tuple[bool, Message] | None:
    """Whether a finding keeps the partnership from ready: (whether it blocks, the reason), or None."""
    rule, status = finding.rule, finding.status
    if rule.is_view_check:  # a difference between the partners' views
        return (False, Message("reason.divergence_unbridged", {"problem": rule.problem})) if status == "unmet" else None
    if rule.severity == "gate" and status == "unmet":
        return True, Message("reason.gate_unmet", {"title": rule.title})
    if rule.severity == "gate" and status == "unknown":
        return False, Message("reason.gate_unknown", {"title": rule.title})
    if rule.severity == "major" and status == "unmet":
        return False, Message("reason.major_unmet", {"title": rule.title})
    if _critical(finding) and status == "unknown":
        return False, Message("reason.critical_unknown", {"title": rule.title})
    return None


def _critical(finding: Finding) -> bool:
    """A weighted rule that is not minor and applies only in some situations: where it applies, it is critical."""
    rule = finding.rule
    return rule.applies_when is not None and rule.weight > 0 and rule.severity != "minor"


def _why_ready(findings: list[Finding], score: float | None, counts: dict[str, int]) -> list[Message]:
    """What makes the partnership ready, each reason only as far as it is true."""
    reasons = [Message("reason.ready_gate", {"title": f.rule.title}) for f in findings if f.rule.severity == "gate" and f.status == "met"]
    reasons.append(Message("reason.ready_no_major"))
    if score is not None:
        reasons.append(Message("reason.ready_score", {"score": Figure(score), "limit": STRENGTH_FROM}))
    reasons.append(Message("reason.ready_known", counts))
    minor_open = sum(1 for f in findings if f.status == "unmet" and f.rule.weight > 0 and not f.rule.is_view_check)
    if minor_open:
        reasons.append(Message("reason.ready_minor_open", {"count": minor_open}))
    return reasons


def shown_score(score: float | None) -> float | None:
    """A score as people see it, and as every limit is checked against: one decimal, halves up."""
    return None if score is None else math.floor(score * 10 + 0.5) / 10


def format_number(value: float, lang: str = "en") -> str:
    """A number as written in `lang`: no needless decimals; Dutch with a decimal comma."""
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "nl" else text


def format_score(score: float | None, lang: str = "en") -> str:
    """The shown score (`shown_score`): whole numbers without a decimal; Dutch with a decimal comma."""
    shown = shown_score(score)
    return "-" if shown is None else format_number(shown, lang)


@dataclass(frozen=True)
class Figure:
    """A score as a message parameter, written in the message's language."""

    value: float | None

    def text(self, lang: str) -> str:
        return format_score(self.value, lang)


def is_score(value: object) -> bool:
    """A number from 0 to 100 (not a boolean, not NaN or infinity), as a user or a saved result may give one."""
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 100
