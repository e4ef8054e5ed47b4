"""The assessment as Markdown: an agenda for the partners' next meeting.

In the order a meeting takes it: the verdict and why, the obstacles to
discuss (most important first, each with what to do and its source), the
open questions, and what already goes well. `verbosity` < 0 keeps only the
verdict and the obstacles; > 0 adds, under each met rule, the answers that
met it. Every text is escaped, so a name cannot inject Markdown or HTML.
"""

from __future__ import annotations

import functools
import re

from tango_check.i18n import translate
from tango_check.render.actions import action_list_markdown
from tango_check.render.common import (
    ambition,
    band_legend,
    finding_message,
    finding_tag,
    open_question,
    met_answers,
    party_names,
    partnership_title,
    scope_lines,
    report_date,
    verdict_words,
    why_heading,
)
from tango_check.safe_text import escape_controls
from tango_check.scoring import Assessment, Finding, band, format_score

_SPECIAL = re.compile(r"[\\`*_\[\]<>|#!~&]")
# What GitHub-style renderers turn into a link by itself: `https:`, `mailto:`, `www.`, `name@host`.
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp|mailto|xmpp|file)(?=:)|\bwww(?=\.)|(?=@)")  # a backslash goes after each


def md_text(text: str) -> str:
    """One line of literal text: whitespace folded, control characters shown as `\\x1b`, Markdown and HTML
    characters escaped, and a bare URL or e-mail address kept from becoming a link."""
    return _escaped(str(text))


@functools.lru_cache(maxsize=4096)  # a batch writes the same rule texts and headings in every report
def _escaped(text: str) -> str:
    text = _SPECIAL.sub(lambda match: "\\" + match.group(0), escape_controls(" ".join(text.split())))
    return _AUTOLINK.sub(lambda match: match.group(0) + "\\", text)


def _code(text: str) -> str:
    """Text for a code span, which cannot hold a backtick or a line break."""
    return " ".join(escape_controls(text).replace("`", "'").split())


def _score(assessment: Assessment, lang: str) -> list[str]:
    answered = translate("report.answered", lang, known=assessment.answered, total=assessment.applicable)
    return [f"**{md_text(translate('report.score', lang))}: {format_score(assessment.score, lang)}/100** ({md_text(answered)})", ""]


def _themes(assessment: Assessment, lang: str) -> list[str]:
    lines = [
        f"| {md_text(translate('report.theme', lang))} | {md_text(translate('report.score', lang))} "
        f"| {md_text(translate('report.band', lang))} |",
        "| --- | ---: | --- |",
    ]
    for theme in assessment.themes:
        lines.append(
            f"| {md_text(translate(f'theme.{theme.theme}', lang))} | {format_score(theme.score, lang)} "
            f"| {md_text(translate(f'band.{theme.band}', lang))} |"
        )
    overall = band(assessment.score)
    lines.append(
        f"| **{md_text(translate('report.overall', lang))}** | **{format_score(assessment.score, lang)}** "
        f"| **{md_text(translate(f'band.{overall}', lang))}** |"
    )
    legend = "; ".join(label for _, label in band_legend(lang))
    return [*lines, "", f"{md_text(translate('report.band', lang))}: {md_text(legend)}", ""]


def _obstacle(number: int, finding: Finding, lang: str) -> list[str]:
    rule = finding.rule
    tag = finding_tag(finding, lang)
    marker = f"{number}. "
    indent = " " * len(marker)  # a sub-list belongs to item 10 only when indented as far as its text
    return [
        f"{marker}**{rule.id}** {md_text(finding_message(finding, lang))} *({md_text(tag)})*",
        f"{indent}- {md_text(translate('report.recommendation', lang))}: {md_text(rule.recommendation.text(lang))}",
        f"{indent}- {md_text(translate('report.source', lang))}: {md_text(rule.source.citation())}",
    ]


def _met(assessment: Assessment, finding: Finding, lang: str, verbosity: int) -> list[str]:
    lines = [f"- **{finding.rule.id}** {md_text(finding_message(finding, lang))}"]
    if verbosity > 0:
        answers = ", ".join(f"`{field}` = `{_code(value)}`" for field, value in met_answers(assessment, finding))
        lines.append(f"  - {md_text(translate('report.answers', lang))}: {answers}")
    return lines


def _views(assessment: Assessment, lang: str) -> list[str]:
    """The partners' answers side by side, with whether an agreement bridges each difference."""
    from tango_check.render.views import summary_text, view_headers, view_rows

    lines = [f"{md_text(translate('views.intro', lang))}", "", "| " + " | ".join(md_text(h) for h in view_headers(lang)) + " |"]
    lines.append("| --- | --- | --- | --- |")
    for question, mine, theirs, status_words, _ in view_rows(assessment, lang):
        lines.append(f"| {md_text(question)} | {md_text(mine)} | {md_text(theirs)} | {md_text(status_words)} |")
    return [*lines, "", md_text(summary_text(assessment, lang)), ""]


def _respondents(assessment: Assessment, lang: str) -> list[str]:
    """Who answered, in counts per side and role (names only when the panel holds them)."""
    from tango_check.render.respondents import respondent_lines

    lines = respondent_lines(assessment, lang)
    if not lines:
        return []
    from tango_check.render.respondents import side_label, side_theme_rows

    panel = assessment.panel
    heading = md_text(translate("respondents.heading", lang))
    body = [f"**{heading}**", "", *(f"- {md_text(label)}: {md_text(text)}" for label, text in lines), ""]
    if panel is None or not panel.side_themes:
        return body
    headers = [translate("report.theme", lang), *(side_label(side, lang) for side in panel.side_themes)]
    table = ["| " + " | ".join(md_text(h) for h in headers) + " |", "| --- |" + " ---: |" * (len(headers) - 1)]
    table += ["| " + " | ".join(md_text(cell) for cell in row) + " |" for row in side_theme_rows(panel, lang)]
    return [*body, md_text(translate("respondents.radar_title", lang)), "", *table, ""]


def _splits(assessment: Assessment, lang: str) -> list[str]:
    """The questions a side is split on, with how each side answered: the first thing to discuss."""
    from tango_check.render.respondents import intro
    from tango_check.render.views import split_headers, split_rows

    lines = ["| " + " | ".join(md_text(h) for h in split_headers(lang)) + " |", "| --- | --- | --- | --- |"]
    lines += ["| " + " | ".join(md_text(cell) for cell in row) + " |" for row in split_rows(assessment, lang)]
    return [*lines, "", md_text(intro(assessment.panel, lang)) if assessment.panel else "", ""]


def render_markdown(assessment: Assessment, lang: str, verbosity: int = 0) -> str:
    """The agenda for one partnership."""
    title = md_text(partnership_title(assessment, lang))
    lines = [f"# {md_text(translate('report.agenda', lang))}: {title}", ""]
    for role, name in party_names(assessment, lang).items():
        lines.append(f"- {md_text(translate(f'report.{role}', lang))}: {md_text(name)}")
    lines += [f"- {md_text(translate('report.ambition', lang))}: {md_text(translate(f'ambition.{ambition(assessment)}', lang))}", ""]
    lines += [md_text(translate("report.assessed_on", lang, date=report_date(lang))), ""]
    lines += _respondents(assessment, lang)

    sections: list[tuple[str, list[str]]] = []
    reasons = [f"- {md_text(reason.text(lang))}" for reason in assessment.reasons]
    verdict = [*_score(assessment, lang), f"**{md_text(why_heading(assessment, lang))}**", "", *reasons, ""]
    scope = scope_lines(assessment, lang)
    if scope:
        verdict += [f"**{md_text(translate('scope.heading', lang))}**", "", *(f"- {md_text(line)}" for line in scope), ""]
    if verbosity >= 0:
        verdict += _themes(assessment, lang)
    heading = f"{translate('report.verdict', lang)}: {verdict_words(assessment, lang)}"
    sections.append((heading, verdict))
    if assessment.splits:  # a split is neither agreed nor an answer: the first thing to discuss
        sections.append((translate("respondents.splits_heading", lang), _splits(assessment, lang)))

    obstacles = assessment.obstacles
    body = [line for number, f in enumerate(obstacles, start=1) for line in _obstacle(number, f, lang)]
    heading = translate("report.obstacles_to_discuss", lang) + f" ({len(obstacles)})"
    sections.append((heading, (body or [md_text(translate("report.none", lang))]) + [""]))

    if assessment.divergences:
        sections.append((translate("views.heading", lang), _views(assessment, lang)))

    if verbosity >= 0:
        questions = assessment.open_questions
        if questions:
            body = [
                f"{number}. **{f.rule.id}** {md_text(open_question(assessment, f, lang))}"
                for number, f in enumerate(questions, start=1)
            ]
            sections.append((translate("report.open_questions", lang) + f" ({len(questions)})", [*body, ""]))
        for key, met in (("report.goes_well", assessment.strengths), ("report.benefits", assessment.benefits)):
            if met or key == "report.goes_well":
                body = [line for f in met for line in _met(assessment, f, lang, verbosity)]
                sections.append((translate(key, lang) + f" ({len(met)})", (body or [md_text(translate("report.none", lang))]) + [""]))

    sections.append(action_list_markdown(assessment, lang))
    for number, (heading, body) in enumerate(sections, start=1):
        lines += [f"## {number}. {md_text(heading)}", "", *body]
    lines += [f"*{md_text(translate('report.disclaimer', lang))}*", ""]
    return "\n".join(lines)
