"""The assessment as JSON: stable, versioned, for scripts.

`JSON_SCHEMA_VERSION` changes only when a field is removed or changes
meaning; new fields may be added within a version.
"""

from __future__ import annotations

import json
from typing import Any

from tango_check import __version__
from tango_check.i18n import translate
from tango_check.render.common import ambition, finding_message, next_step_text, party_names, partnership_title
from tango_check.render.views import divergence_dict
from tango_check.scoring import Assessment, Finding

JSON_SCHEMA_VERSION = 1


def score_number(score: float | None) -> float | None:
    return None if score is None else round(score, 2)


def tool_info() -> dict[str, str]:
    return {"name": "tango-check", "version": __version__}


def finding_dict(finding: Finding, lang: str) -> dict[str, Any]:
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
    }


def assessment_dict(assessment: Assessment, lang: str) -> dict[str, Any]:
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "tool": tool_info(),
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
        "answered": assessment.answered,
        "applicable": assessment.applicable,
        "reasons": [reason.text(lang) for reason in assessment.reasons],
        "themes": [
            {
                "theme": theme.theme,
                "title": translate(f"theme.{theme.theme}", lang),
                "score": score_number(theme.score),
                "band": theme.band,
                "met": theme.met,
                "unmet": theme.unmet,
                "unknown": theme.unknown,
                "not_applicable": theme.not_applicable,
            }
            for theme in assessment.themes
        ],
        "findings": [finding_dict(finding, lang) for finding in assessment.findings],
        "next_steps": [
            {"rule_id": f.rule.id, "status": f.status, "text": next_step_text(f, lang)} for f in assessment.next_steps
        ],
        "divergences": [divergence_dict(divergence, lang) for divergence in assessment.divergences],
    }


def render_json(assessment: Assessment, lang: str) -> str:
    return json.dumps(assessment_dict(assessment, lang), ensure_ascii=False, indent=2) + "\n"
