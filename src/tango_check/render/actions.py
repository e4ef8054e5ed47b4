"""The action list that ends a meeting agenda: each next step, with who does it and by when left to fill in."""

from __future__ import annotations

from tango_check.i18n import translate
from tango_check.render.common import next_step_text
from tango_check.scoring import Assessment


def action_list_markdown(assessment: Assessment, lang: str) -> tuple[str, list[str]]:
    """The heading and the lines of the action list: a table with empty "who" and "by when" columns."""
    from tango_check.render.markdown import md_text

    headers = (translate("actions.number", lang), translate("actions.step", lang), translate("actions.who", lang), translate("actions.by_when", lang))
    lines = ["| " + " | ".join(md_text(header) for header in headers) + " |", "| ---: | --- | --- | --- |"]
    for number, finding in enumerate(assessment.next_steps, start=1):
        lines.append(f"| {number} | **{finding.rule.id}** {md_text(next_step_text(finding, lang))} |  |  |")
    if not assessment.next_steps:
        lines = [md_text(translate("report.none", lang))]
    return translate("actions.heading", lang), [*lines, ""]
