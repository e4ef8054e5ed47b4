"""The assessment as JSON: stable, versioned, for scripts.

`JSON_SCHEMA_VERSION` changes only when a field is removed or changes
meaning; new fields may be added within a version.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from tango_check import __version__
from tango_check.catalogue import catalogue_of
from tango_check.i18n import translate
from tango_check.json_text import agreed, indented
from tango_check.locations import Location, finding_location
from tango_check.render.common import ambition, finding_message, next_step_text, party_names, partnership_title, scope_lines
from tango_check.render.views import divergence_dict
from tango_check.outline import SIDES
from tango_check.scoring import Assessment, Finding, shown_score

if TYPE_CHECKING:
    from tango_check.batch import Summary
    from tango_check.respondents import Panel

JSON_SCHEMA_VERSION = 1


def score_number(score: float | None) -> float | None:
    """A score as the reports show it (one decimal); `score_exact` keeps the full figure beside it."""
    return shown_score(score)


def tool_info() -> dict[str, str]:
    return {"name": "tango-check", "version": __version__}


def finding_dict(finding: Finding, lang: str, location: Location | None = None) -> dict[str, Any]:
    """A finding; `location` is where its answer stands in the partnership file (last, see `assessment_json`)."""
    rule = finding.rule
    return {
        "rule_id": rule.id,
        "kind": rule.kind,
        "status": finding.status,
        "theme": rule.theme,
        "severity": rule.severity,
        "weight": rule.weight,
        "title": rule.title.text(lang),
        "message": finding_message(finding, lang),
        "recommendation": rule.recommendation.text(lang),
        "source": rule.source.as_dict(),
        "evidence": rule.evidence.as_dict(lang),
        "location": None if location is None else location.as_dict(),
    }


def next_step_dict(finding: Finding, lang: str) -> dict[str, Any]:
    return {"rule_id": finding.rule.id, "status": finding.status, "text": next_step_text(finding, lang)}


def assessment_dict(assessment: Assessment, lang: str, *, per_finding: bool = True) -> dict[str, Any]:
    """The assessment as plain data; with `per_finding=False`, `findings` and `next_steps` are left empty.

    With many respondents, also `respondents` (counts per side and role) and `sources` (their files).
    """
    data = {
        "schema_version": JSON_SCHEMA_VERSION,
        "tool": tool_info(),
        "catalogue": catalogue_of(f.rule for f in assessment.findings).as_dict(),
        "assessed_on": assessed_on(assessment),
        "lang": lang,
        "source": assessment.source,
        "partnership": {
            "name": partnership_title(assessment, lang),
            "parties": party_names(assessment, lang),
            "ambition": ambition(assessment),
        },
        "verdict": assessment.verdict,
        "verdict_text": translate(f"verdict.{assessment.verdict}", lang),
        "score": score_number(assessment.score),
        "score_exact": assessment.score,
        "answered": assessment.answered,
        "applicable": assessment.applicable,
        "reasons": [reason.text(lang) for reason in assessment.reasons],
        "themes": [
            {
                "theme": theme.theme,
                "title": translate(f"theme.{theme.theme}", lang),
                "score": score_number(theme.score),
                "score_exact": theme.score,
                "band": theme.band,
                "met": theme.met,
                "unmet": theme.unmet,
                "unknown": theme.unknown,
                "not_applicable": theme.not_applicable,
            }
            for theme in assessment.themes
        ],
        "findings": [finding_dict(f, lang, finding_location(assessment, f)) for f in assessment.findings]
        if per_finding
        else [],
        "next_steps": [next_step_dict(f, lang) for f in assessment.next_steps] if per_finding else [],
        "divergences": [divergence_dict(divergence, lang) for divergence in assessment.divergences],
        "rules_in_effect": _scope_dict(assessment, lang),
    }
    if assessment.panel is not None:
        data["respondents"] = respondents_dict(assessment.panel)
        data["sources"] = list(assessment.panel.sources)
    return data


def _scope_dict(assessment: Assessment, lang: str) -> dict[str, Any] | None:
    """The rules in effect when they are not the core catalogue whole (else null)."""
    scope = assessment.scope
    if scope is None:
        return None
    return {
        "partial": scope.partial,
        "core_used": scope.used,
        "core_catalogue": scope.catalogue,
        "preconditions_left_out": list(scope.gates_left_out),
        "added": [{"pack": pack, "rules": count} for pack, count in scope.added],
        "chosen": [
            {"option": option, "value": value, "set_in": where, "line": line} for option, value, (where, line) in scope.chosen
        ],
        "config_file": scope.config_file,
        "text": scope_lines(assessment, lang),
    }


# The per-finding objects one run has built, by (member, rule, status, language): (rule, object, whether
# orjson writes its floats as json does). The rule is kept with its object, so that its id() stays its own.
KnownObjects = dict[tuple[str, int, str, str], tuple[Any, dict[str, Any], bool]]


def assessed_on(assessment: Assessment) -> str:
    """The date of the assessment: the one the partnership file gives (`assessed_on`), else today."""
    given = assessment.partnership.assessed_on
    return (given or date.today()).isoformat()


def assessment_json(assessment: Assessment, lang: str, known: KnownObjects | None = None, level: int = 0) -> str:
    """The text of `json.dumps(assessment_dict(...), indent=2)`, indented to stand at `level`: the same bytes, faster."""
    data, floats_agreed = assessment_data(assessment, lang, {} if known is None else known)
    return indented(data, level, floats_agreed=floats_agreed)


def assessment_data(assessment: Assessment, lang: str, known: KnownObjects) -> tuple[dict[str, Any], bool]:
    """`assessment_dict(assessment, lang)` built faster, and whether orjson writes its floats as json does.

    A finding's object (and its next step's) depends only on its rule, its
    status and the language, and they are most of each report: `known` keeps
    each one for a run, so a batch of thousands of files builds (and checks)
    each once, and a located finding gets a copy with its location.
    """
    data = assessment_dict(assessment, lang, per_finding=False)
    floats_agreed = agreed(data)
    findings = []
    for finding in assessment.findings:
        value, fits = _remembered("findings", finding, finding_dict, lang, known)
        location = finding_location(assessment, finding)
        findings.append(value if location is None else {**value, "location": location.as_dict()})
        floats_agreed = floats_agreed and fits
    steps = []
    for finding in assessment.next_steps:
        value, fits = _remembered("next_steps", finding, next_step_dict, lang, known)
        steps.append(value)
        floats_agreed = floats_agreed and fits
    data["findings"], data["next_steps"] = findings, steps
    return data, floats_agreed


def _remembered(
    member: str, finding: Finding, make: Callable[[Finding, str], dict[str, Any]], lang: str, known: KnownObjects
) -> tuple[dict[str, Any], bool]:
    """The object `make` builds for `finding` (without location), built once per run; and whether its floats agree."""
    key = (member, id(finding.rule), finding.status, lang)
    entry = known.get(key)
    if entry is None:
        value = make(finding, lang)
        entry = known[key] = (finding.rule, value, agreed(value))
    return entry[1], entry[2]


def summary_dict(summary: Summary, lang: str) -> dict[str, Any]:
    """The `summary` member of the batch JSON: counts, one row per assessed file, and the overview's figures.

    `rows` is an iterator: each row is made as it is written (`json_text.chunks`), never all at once.
    """
    from tango_check.batch import Row
    from tango_check.overview import overview_of
    from tango_check.render.overview import overview_dict

    return {
        "files": len(summary.entries),
        "assessed": len(summary.rows),
        "failed": len(summary.failures),
        "verdicts": summary.verdict_counts(),
        "rows": (
            {
                "source": row.source,
                "name": row.title,
                "ambition": row.ambition,
                "verdict": row.verdict,
                "score": score_number(row.score),
                "top_obstacle": None
                if row.top_obstacle is None
                else {"rule_id": row.top_obstacle.rule.id, "message": finding_message(row.top_obstacle, lang)},
            }
            for row in summary.entries
            if isinstance(row, Row)
        ),
        **overview_dict(overview_of(summary), lang),
    }


def render_json(assessment: Assessment, lang: str) -> str:
    return assessment_json(assessment, lang) + "\n"


def respondents_dict(panel: Panel) -> dict[str, Any]:
    """Counts per side and per role, each side's theme scores; names only when the panel holds them."""
    result: dict[str, Any] = {}
    for side in SIDES:
        responses = panel.sides[side]
        entry: dict[str, Any] = {"count": responses.count, "roles": dict(responses.roles)}
        entry["themes"] = {theme.theme: score_number(theme.score) for theme in panel.side_themes.get(side, ())}
        if panel.show_names:
            entry["names"] = list(responses.names)
        result[side] = entry
    return result
