"""Pieces every renderer shares: how to name partners, ambitions and findings."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from pathlib import PurePath

from tango_check.evaluation import fields_of
from tango_check.i18n import MESSAGES, plural, translate
from tango_check.rules import EXTENSION_PACK
from tango_check.scoring import CONCERN_BELOW, STRENGTH_FROM, Assessment, Finding

PARTY_ROLES = ("cooperative", "care_organisation", "municipality", "care_office", "insurer")


def party_names(assessment: Assessment, lang: str) -> dict[str, str]:
    """Role -> name for the parties the file names (the two main ones always)."""
    partners = assessment.partnership.partners
    names: dict[str, str] = {}
    for role in PARTY_ROLES:
        party = getattr(partners, role, None) if partners else None
        named = party is not None and bool(party.name or party.place)
        if not named and role not in ("cooperative", "care_organisation"):
            continue
        name = party.name if party and party.name else translate("report.unnamed", lang)
        if party and party.place:
            name = f"{name} ({party.place})"
        names[role] = name
    return names


def ambition(assessment: Assessment) -> str:
    return assessment.partnership.ambition or "unknown"


def theme_title(theme: str, lang: str) -> str:
    """A theme's name; a saved result may name a theme this version does not know."""
    key = f"theme.{theme}"
    return translate(key, lang) if key in MESSAGES else theme


def partnership_title(assessment: Assessment, lang: str) -> str:
    if assessment.partnership.name:
        return assessment.partnership.name
    names = party_names(assessment, lang)
    return f"{names['cooperative']} × {names['care_organisation']}"


def finding_message(finding: Finding, lang: str) -> str:
    """What to say about a finding: the title when met, the problem when not, the question when unknown.

    A finding that rests on tango-check's own reading rather than on the
    study says so, in every format.
    """
    rule = finding.rule
    if finding.status == "unmet":
        text = rule.problem.text(lang)
    elif finding.status == "unknown":
        text = rule.question.text(lang)
    else:
        text = rule.title.text(lang)
    return f"{text} ({translate('evidence.marker', lang)})" if rule.evidence.tool_reading else text


def open_question(assessment: Assessment, finding: Finding, lang: str) -> str:
    """An open question, saying so when it is open because the two partners answer it differently."""
    differ = {d.path for d in assessment.divergences if d.status == "unbridged"}
    fields = {test.field for condition in (finding.rule.met_when, finding.rule.applies_when) for test in fields_of(condition)}
    text = finding_message(finding, lang)  # the question, marked when it rests on the tool's reading
    if not fields & differ:
        return text
    return f"{text} ({translate('report.answered_differently', lang, heading=translate('views.heading', lang))})"


def finding_tag(finding: Finding, lang: str) -> str:
    """How much a finding weighs and where it belongs: "important, Shared vision"."""
    rule = finding.rule
    return f"{translate(f'severity.{rule.severity}', lang)}, {translate(f'theme.{rule.theme}', lang)}"


def next_step_text(finding: Finding, lang: str) -> str:
    if finding.status == "unknown":
        return translate("report.discuss_prefix", lang) + finding.rule.question.text(lang)
    return finding.rule.recommendation.text(lang)


def band_legend(lang: str) -> list[tuple[str, str]]:
    """(band, label with its score range) for the legend of a theme chart."""
    return [
        ("strength", f"{translate('band.strength', lang)} ≥ {STRENGTH_FROM}"),
        ("borderline", f"{translate('band.borderline', lang)} {CONCERN_BELOW}–{STRENGTH_FROM - 1}"),
        ("concern", f"{translate('band.concern', lang)} < {CONCERN_BELOW}"),
        ("unknown", translate("report.legend_unknown", lang)),
    ]


def met_answers(assessment: Assessment, finding: Finding) -> list[tuple[str, str]]:
    """(field, answer) for each answered field the rule's condition reads: why it is met."""
    answers = []
    for test in fields_of(finding.rule.met_when):
        value = test.answer(assessment.partnership)
        if value is not None:
            answers.append((test.field, ", ".join(value) if isinstance(value, list) else str(value)))
    return answers


def scope_lines(assessment: Assessment, lang: str) -> list[str]:
    """What a report says about the rules in effect; nothing when they are the core catalogue, whole."""
    scope = assessment.scope
    if scope is None:
        return []
    counts = {"used": scope.used, "catalogue": scope.catalogue}
    lines = [translate("scope.partial" if scope.partial else "scope.complete", lang, **counts)]
    if scope.gates_left_out:
        lines.append(translate("scope.gates_left_out", lang, ids=", ".join(scope.gates_left_out)))
    if scope.added:
        packs = [
            plural("scope.pack.extension", lang, count)
            if pack == EXTENSION_PACK
            else plural("scope.pack.custom", lang, count, folder=pack)
            for pack, count in scope.added
        ]
        lines.append(translate("scope.added", lang, packs="; ".join(packs)))
    named = False
    for option, value, (where, line) in scope.chosen:
        if line is None:
            lines.append(translate("scope.option_cli", lang, option=option, value=value))
        else:
            lines.append(translate("scope.option_file", lang, file=where, line=line, option=option, value=value))
            named = True
    if scope.config_file and not named:
        lines.append(translate("scope.config", lang, file=scope.config_file))
    return lines


def verdict_words(assessment: Assessment, lang: str) -> str:
    """The verdict, called a partial assessment when part of the catalogue is left out."""
    words = translate(f"verdict.{assessment.verdict}", lang)
    if assessment.scope is not None and assessment.scope.partial:
        words += f" ({translate('report.partial', lang)})"
    return words


def why_heading(assessment: Assessment, lang: str) -> str:
    """The heading over the reasons, named by the verdict: for *ready with conditions*, the conditions."""
    return translate(f"report.why.{assessment.verdict}", lang)


def report_date(lang: str) -> str:
    """Today as a reader writes it ("3 December 2026"); `SOURCE_DATE_EPOCH` fixes it, for reproducible reports."""
    stamp = os.environ.get("SOURCE_DATE_EPOCH", "")
    day = datetime.fromtimestamp(int(stamp), tz=timezone.utc).date() if stamp.isdigit() else date.today()
    return f"{day.day} {translate('report.months', lang).split()[day.month - 1]} {day.year}"


def source_names(assessment: Assessment) -> str:
    """The file names an assessment was made from, without the folders of the user's machine."""
    return " + ".join(PurePath(part).name or part for part in assessment.source.split(" + "))
