"""The action list that ends a meeting agenda: each next step, with who does it and by when left to fill in."""

from __future__ import annotations

from tango_check.i18n import translate
from tango_check.render.common import next_step_text
from tango_check.scoring import Assessment, Finding


def _step(finding: Finding, obstacles: dict[str, int], lang: str) -> str:
    """The step in a few words; what to do stays with its obstacle, said once in the report."""
    if finding.status == "unknown":
        return next_step_text(finding, lang)
    return translate("actions.achieve", lang, title=finding.rule.title, number=obstacles[finding.rule.id])


def action_list_markdown(assessment: Assessment, lang: str) -> tuple[str, list[str]]:
    """The heading and the lines of the action list: a table with empty "who" and "by when" columns."""
    from tango_check.render.markdown import md_text

    headers = (translate("actions.number", lang), translate("actions.step", lang), translate("actions.who", lang), translate("actions.by_when", lang))
    lines = ["| " + " | ".join(md_text(header) for header in headers) + " |", "| ---: | --- | --- | --- |"]
    obstacles = {finding.rule.id: number for number, finding in enumerate(assessment.obstacles, start=1)}
    for number, finding in enumerate(assessment.next_steps, start=1):
        lines.append(f"| {number} | **{finding.rule.id}** {md_text(_step(finding, obstacles, lang))} |  |  |")
    if not assessment.next_steps:
        lines = [md_text(translate("report.none", lang))]
    return translate("actions.heading", lang), [*lines, ""]
