"""The assessment as a coloured report in the terminal.

Colour is decided by the screen it is written to (`render/writer.py`); the
same report without colour reads well in a log file or an e-mail. The
report is laid out as lines (`render/blocks.py`), as Rich laid it out
when it printed one renderable per line: byte for byte the same, in a
fraction of the time (`tests/golden/`).
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from typing import TYPE_CHECKING, TextIO

from tango_check.i18n import translate
from tango_check.render.blocks import LAYOUTS_REMEMBERED, Column, Table, item, panel, paragraph, whole_lines
from tango_check.render.common import (
    ambition,
    band_legend,
    finding_message,
    met_answers,
    finding_tag,
    open_question,
    party_names,
    partnership_title,
    scope_lines,
    verdict_words,
    why_heading,
)
from tango_check.render.respondents import respondent_section
from tango_check.render.styled import Line, Styled
from tango_check.render.views import views_section
from tango_check.render.writer import Screen
from tango_check.scoring import Assessment, Finding, band, format_score

if TYPE_CHECKING:
    from rich.console import Console

BAND_STYLE = {"strength": "green", "borderline": "yellow", "concern": "red", "unknown": "dim"}
VERDICT_STYLE = {"ready": "bold green", "ready_with_conditions": "bold yellow", "not_ready": "bold red"}
BAR_WIDTH = 20
BAND_GLYPH = {"strength": "█", "borderline": "▓", "concern": "▒"}  # told apart without colour
EMPTY_BAR, UNKNOWN_BAR = "░", "·"


def use_colour(choice: str, stream: TextIO) -> bool:
    """--color wins, then NO_COLOR, then FORCE_COLOR, then TERM=dumb, then is-a-terminal."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return stream.isatty()


def make_console(choice: str = "auto", stream: TextIO | None = None, *, trim: bool = True) -> Console:
    """A Rich console for one command run; without colour it writes no ANSI codes at all.

    `trim=False` keeps Rich's padding, for a live display (a progress bar) that redraws its line.
    """
    from tango_check.render.console import rich_console

    stream = stream or sys.stdout
    return rich_console(use_colour(choice, stream), stream, trim)


def open_screen(choice: str = "auto", stream: TextIO | None = None) -> Screen:
    """The screen for the report: what `make_console` would print to, without Rich's console."""
    stream = stream or sys.stdout
    return Screen.open(use_colour(choice, stream), stream)


def _bar(score: float | None, band: str) -> Styled:
    """A bar whose glyph names its band, so it reads without colour too; an unknown score is no bar at all."""
    if score is None:
        return Styled(UNKNOWN_BAR * BAR_WIDTH, BAND_STYLE[band])
    filled = round(BAR_WIDTH * score / 100)
    return Styled(BAND_GLYPH[band] * filled, BAND_STYLE[band]).append(EMPTY_BAR * (BAR_WIDTH - filled), "dim")


def _header(assessment: Assessment, lang: str, width: int, ascii_only: bool) -> list[Line]:
    lines = Styled().append(partnership_title(assessment, lang), "bold")
    for role, name in party_names(assessment, lang).items():
        lines.append(f"\n{translate(f'report.{role}', lang)}: ", "dim").append(name)
    lines.append(f"\n{translate('report.ambition', lang)}: ", "dim")
    lines.append(translate(f"ambition.{ambition(assessment)}", lang))
    return panel(lines, translate("report.title", lang), width, ascii_only=ascii_only)


def _verdict(assessment: Assessment, lang: str) -> Styled:
    text = Styled().append(f"{translate('report.verdict', lang)}: ", "bold")
    text.append(verdict_words(assessment, lang).upper(), VERDICT_STYLE[assessment.verdict])
    text.append(f"   {translate('report.score', lang)}: ", "bold")
    text.append(f"{format_score(assessment.score, lang)}/100")
    text.append("   (" + translate("report.answered", lang, known=assessment.answered, total=assessment.applicable) + ")")
    return text


_THEMES = [Column(), Column(), Column(justify="right"), Column()]


def _themes(assessment: Assessment, lang: str, width: int) -> list[Line]:
    """A bar per theme and one for the overall score, coloured by band."""
    header = [Styled(translate(key, lang)) if key else Styled() for key in ("report.theme", "", "report.score", "report.band")]
    rows = [(translate(f"theme.{t.theme}", lang), t.score, t.band, "") for t in assessment.themes]
    rows.append((translate("report.overall", lang), assessment.score, band(assessment.score), "bold"))
    cells = [
        [
            Styled(name, style),
            _bar(score, band_name),
            Styled(format_score(score, lang), style),
            Styled(translate(f"band.{band_name}", lang), BAND_STYLE[band_name]),
        ]
        for name, score, band_name, style in rows
    ]
    return Table(_THEMES, header=header, header_style="bold").lines(cells, width)


def _legend(lang: str) -> Styled:
    """The bands' colours and score ranges, so the bars read at a glance."""
    legend = Styled().append(f"{translate('report.band', lang)}:", "dim")
    for name, label in band_legend(lang):
        legend.append("  ").append(BAND_GLYPH.get(name, UNKNOWN_BAR), BAND_STYLE[name]).append(f" {label}", "dim")
    return legend


def heading(title: str, width: int) -> list[Line]:
    """A blank line, then the section's title."""
    return [[], *paragraph(Styled(title, "bold underline"), width)]


def _heading(key: str, lang: str, width: int, count: int | None = None) -> list[Line]:
    return heading(translate(key, lang) + (f" ({count})" if count is not None else ""), width)


def _finding_item(
    finding: Finding,
    lang: str,
    width: int,
    mark: str,
    style: str,
    detail: bool = False,
    answers: list[tuple[str, str]] | None = None,
    message: str | None = None,
) -> list[Line]:
    given = "; ".join(f"{field} = {value}" for field, value in answers) if answers else ""
    details = (finding_tag(finding, lang), finding.rule.recommendation.text(lang), finding.rule.source.citation()) if detail else None
    return list(_finding_lines(finding.rule.id, message or finding_message(finding, lang), given, details, mark, style, lang, width))


@lru_cache(maxsize=LAYOUTS_REMEMBERED)
def _finding_lines(
    rule_id: str, message: str, given: str, details: tuple[str, str, str] | None, mark: str, style: str, lang: str, width: int
) -> list[Line]:
    """A finding as an item, remembered by its words: a batch shows the same findings again and again."""
    body = Styled().append(f"{rule_id} ", "dim").append(message)
    if given:
        body.append(f"\n{translate('report.answers', lang)}: {given}", "dim")
    if details:
        tag, recommendation, citation = details
        body.append(f" ({tag})", "dim")
        body.append(f"\n{translate('report.recommendation', lang)}: ", "bold").append(recommendation)
        body.append(f"\n{translate('report.source', lang)}: {citation}", "dim")
    return item(Styled(mark, style), body, width)


def render_terminal(assessment: Assessment, console: Console | Screen, lang: str, verbosity: int = 0) -> None:
    """Print the report to `console` (a `Screen`, or a Rich console as `make_console` makes them)."""
    screen = console if isinstance(console, Screen) else Screen.of(console)
    screen.write(report_lines(assessment, lang, screen.width, verbosity, ascii_only=screen.ascii_only))


def report_lines(assessment: Assessment, lang: str, width: int, verbosity: int = 0, *, ascii_only: bool = False) -> list[Line]:
    """The report as lines `width` cells wide at most.

    `verbosity` < 0: only the verdict, its reasons (a line each) and the
    obstacles; > 0: also, under each met rule, the answers that met it.
    """
    none = paragraph(Styled("  " + translate("report.none", lang), "dim"), width)
    if verbosity < 0:
        lines = paragraph(Styled(partnership_title(assessment, lang), "bold"), width) + whole_lines(_verdict(assessment, lang))
        for reason in [reason.text(lang) for reason in assessment.reasons] + scope_lines(assessment, lang):
            lines += whole_lines(Styled(f"  • {reason}"))  # one line each, however wide: a log keeps it whole
        for finding in assessment.obstacles:
            lines += _finding_item(finding, lang, width, "✗", "bold red")
        return lines
    lines = _header(assessment, lang, width, ascii_only) + paragraph(_verdict(assessment, lang), width)
    scope = scope_lines(assessment, lang)
    if scope:
        lines += _heading("scope.heading", lang, width)
        for line in scope:
            lines += item(Styled("!", "bold yellow"), Styled(line), width)
    lines += heading(why_heading(assessment, lang), width)
    for reason in assessment.reasons:
        lines += item(Styled("•"), Styled(reason.text(lang)), width)

    lines += _heading("report.themes", lang, width) + _themes(assessment, lang, width) + paragraph(_legend(lang), width)

    # In the order of the agenda (Markdown, HTML): what to do first, what goes well last; each advice once.
    obstacles = assessment.obstacles
    lines += _heading("report.obstacles_to_discuss", lang, width, len(obstacles))
    for number, finding in enumerate(obstacles, start=1):
        lines += _finding_item(finding, lang, width, f"{number}.", "bold red", detail=True)
    if not obstacles:
        lines += none

    lines += respondent_section(assessment, lang, width) + views_section(assessment, lang, width)

    questions = assessment.open_questions
    if questions:
        lines += _heading("report.open_questions", lang, width, len(questions))
        for number, finding in enumerate(questions, start=1):
            lines += _finding_item(finding, lang, width, f"{number}.", "bold yellow", message=open_question(assessment, finding, lang))

    strengths = assessment.strengths
    lines += _heading("report.goes_well", lang, width, len(strengths))
    for finding in strengths:
        answers = met_answers(assessment, finding) if verbosity > 0 else None
        lines += _finding_item(finding, lang, width, "✓", "bold green", answers=answers)
    if not strengths:
        lines += none

    if assessment.benefits:
        lines += _heading("report.benefits", lang, width, len(assessment.benefits))
        for finding in assessment.benefits:
            answers = met_answers(assessment, finding) if verbosity > 0 else None
            lines += _finding_item(finding, lang, width, "+", "bold cyan", answers=answers)

    return lines + [[]] + paragraph(Styled(translate("report.disclaimer", lang), "dim italic"), width)
