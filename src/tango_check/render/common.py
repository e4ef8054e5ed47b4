"""Pieces every renderer shares: how to name partners, ambitions and findings."""

from __future__ import annotations

from tango_check.i18n import translate
from tango_check.scoring import Assessment, Finding

PARTY_ROLES = ("cooperative", "care_organisation", "municipality", "care_office", "insurer")


def party_names(assessment: Assessment, lang: str) -> dict[str, str]:
    """Role -> name for the parties the file mentions (the two main ones always)."""
    partners = assessment.partnership.partners
    names: dict[str, str] = {}
    for role in PARTY_ROLES:
        party = getattr(partners, role, None) if partners else None
        if party is None and role not in ("cooperative", "care_organisation"):
            continue
        name = party.name if party and party.name else translate("report.unnamed", lang)
        if party and party.place:
            name = f"{name} ({party.place})"
        names[role] = name
    return names


def ambition(assessment: Assessment) -> str:
    return assessment.partnership.ambition or "unknown"


def partnership_title(assessment: Assessment, lang: str) -> str:
    if assessment.partnership.name:
        return assessment.partnership.name
    names = party_names(assessment, lang)
    return f"{names['cooperative']} × {names['care_organisation']}"


def finding_message(finding: Finding, lang: str) -> str:
    """What to say about a finding: the title when met, the problem when not, the question when unknown."""
    rule = finding.rule
    if finding.status == "unmet":
        return rule.problem.text(lang)
    if finding.status == "unknown":
        return rule.question.text(lang)
    return rule.title.text(lang)


def next_step_text(finding: Finding, lang: str) -> str:
    if finding.status == "unknown":
        return translate("report.discuss_prefix", lang) + finding.rule.question.text(lang)
    return finding.rule.recommendation.text(lang)
