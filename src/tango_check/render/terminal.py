"""The assessment as a coloured report in the terminal (Rich).

Colour is decided by the console passed in (see `make_console`); the same
report without colour reads well in a log file or an e-mail.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from rich.console import Console, ConsoleOptions, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from tango_check.i18n import translate
from tango_check.safe_text import escape_controls
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
from tango_check.render.respondents import render_respondents
from tango_check.render.views import render_views
from tango_check.scoring import Assessment, Finding, band, format_score

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


MIN_WIDTH = 20  # narrower (COLUMNS=0) would print an empty report
DEFAULT_WIDTH = 80


def _printable(text: str) -> bool:
    return text.isprintable() or text.replace("\n", "").isprintable()


def literal(text: Text) -> Text:
    """`text` with its control characters written out (`\\x1b`), its styles kept on the same characters."""
    if _printable(text.plain):
        return text
    result = text.blank_copy()
    bounds = sorted({edge for span in text.spans for edge in (span.start, span.end)})
    for piece in text.divide(bounds):
        shown = Text(escape_controls(piece.plain))
        for span in piece.spans:  # each covers the whole piece: the pieces end where spans do
            shown.stylize(span.style)
        result.append_text(shown)
    return result


class _Console(Console):
    """A console that shows every text literally: no markup read, control characters escaped.

    Each text is escaped before it is laid out, so a panel or table is as
    wide as the escaped text and nothing is cropped; the segments are checked
    once more on their way out, whatever made them.
    """

    def render_str(self, text: str, **options: Any) -> Text:
        return literal(super().render_str(text, **options))

    def render(self, renderable: RenderableType, options: ConsoleOptions | None = None) -> Iterable[Segment]:
        if isinstance(renderable, Text):
            renderable = literal(renderable)
        for segment in super().render(renderable, options):
            if segment.control is None and not _printable(segment.text):
                segment = Segment(escape_controls(segment.text), segment.style)
            yield segment

    def on_broken_pipe(self) -> None:
        """Let the command decide what a closed output means (Rich would exit with 1, our "not ready")."""
        self.quiet = True
        raise BrokenPipeError


class _TrimmedLines:
    """A stream that drops the spaces Rich pads each line with, so no line of a report ends in spaces.

    Whole lines are written as they come; a line without its end yet waits
    for it (or for `flush`, as a prompt does).
    """

    _TRAILING = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$")

    def __init__(self, stream: TextIO):
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        if lines:
            self._stream.write("".join(self._TRAILING.sub(r"\1", line) + "\n" for line in lines))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._stream.write(self._pending)
            self._pending = ""
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def make_console(choice: str = "auto", stream: TextIO | None = None, *, trim: bool = True) -> Console:
    """A console for one command run; without colour it writes no ANSI codes at all.

    `trim=False` keeps Rich's padding, for a live display (a progress bar) that redraws its line.
    """
    stream = stream or sys.stdout
    colour = use_colour(choice, stream)
    console = _Console(
        file=_TrimmedLines(stream) if trim else stream,
        force_terminal=colour,
        color_system="auto" if colour else None,
        no_color=not colour,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )
    if console.width < MIN_WIDTH:
        console.width = DEFAULT_WIDTH
    return console


def _bar(score: float | None, band: str) -> Text:
    """A bar whose glyph names its band, so it reads without colour too; an unknown score is no bar at all."""
    if score is None:
        return Text(UNKNOWN_BAR * BAR_WIDTH, style=BAND_STYLE[band])
    filled = round(BAR_WIDTH * score / 100)
    bar = Text(BAND_GLYPH[band] * filled, style=BAND_STYLE[band])
    bar.append(EMPTY_BAR * (BAR_WIDTH - filled), style="dim")
    return bar


def _header(assessment: Assessment, lang: str) -> Panel:
    lines = Text()
    lines.append(partnership_title(assessment, lang), style="bold")
    for role, name in party_names(assessment, lang).items():
        lines.append(f"\n{translate(f'report.{role}', lang)}: ", style="dim")
        lines.append(name)
    lines.append(f"\n{translate('report.ambition', lang)}: ", style="dim")
    lines.append(translate(f"ambition.{ambition(assessment)}", lang))
    return Panel(lines, title=translate("report.title", lang), title_align="left", expand=False)


def _verdict(assessment: Assessment, lang: str) -> Text:
    text = Text()
    text.append(f"{translate('report.verdict', lang)}: ", style="bold")
    text.append(verdict_words(assessment, lang).upper(), style=VERDICT_STYLE[assessment.verdict])
    text.append(f"   {translate('report.score', lang)}: ", style="bold")
    text.append(f"{format_score(assessment.score, lang)}/100")
    text.append("   (" + translate("report.answered", lang, known=assessment.answered, total=assessment.applicable) + ")")
    return text


def _themes(assessment: Assessment, lang: str) -> Table:
    """A bar per theme and one for the overall score, coloured by band."""
    table = Table(box=None, show_header=True, header_style="bold", padding=(0, 1))
    table.add_column(translate("report.theme", lang))
    table.add_column("")
    table.add_column(translate("report.score", lang), justify="right")
    table.add_column(translate("report.band", lang))
    rows = [(translate(f"theme.{t.theme}", lang), t.score, t.band, "") for t in assessment.themes]
    rows.append((translate("report.overall", lang), assessment.score, band(assessment.score), "bold"))
    for name, score, band_name, style in rows:
        table.add_row(
            Text(name, style=style),
            _bar(score, band_name),
            Text(format_score(score, lang), style=style),
            Text(translate(f"band.{band_name}", lang), style=BAND_STYLE[band_name]),
        )
    return table


def _legend(lang: str) -> Text:
    """The bands' colours and score ranges, so the bars read at a glance."""
    legend = Text()
    legend.append(f"{translate('report.band', lang)}:", style="dim")
    for name, label in band_legend(lang):
        legend.append("  ")
        legend.append(BAND_GLYPH.get(name, UNKNOWN_BAR), style=BAND_STYLE[name])
        legend.append(f" {label}", style="dim")
    return legend


def _heading(console: Console, key: str, lang: str, count: int | None = None) -> None:
    title = translate(key, lang) + (f" ({count})" if count is not None else "")
    console.print()
    console.print(Text(title, style="bold underline"))


def _item(mark: Text, body: Text) -> Padding:
    """A list item whose wrapped lines stay indented under its text."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=max(2, len(mark.plain)), no_wrap=True)
    grid.add_column()
    grid.add_row(mark, body)
    return Padding(grid, (0, 0, 0, 2))


def _finding_item(
    finding: Finding,
    lang: str,
    mark: str,
    style: str,
    detail: bool = False,
    answers: list[tuple[str, str]] | None = None,
    message: str | None = None,
) -> Padding:
    body = Text()
    body.append(f"{finding.rule.id} ", style="dim")
    body.append(message or finding_message(finding, lang))
    if answers:
        given = "; ".join(f"{field} = {value}" for field, value in answers)
        body.append(f"\n{translate('report.answers', lang)}: {given}", style="dim")
    if detail:
        body.append(f" ({finding_tag(finding, lang)})", style="dim")
        body.append(f"\n{translate('report.recommendation', lang)}: ", style="bold")
        body.append(finding.rule.recommendation.text(lang))
        body.append(f"\n{translate('report.source', lang)}: {finding.rule.source.citation()}", style="dim")
    return _item(Text(mark, style=style), body)


def render_terminal(assessment: Assessment, console: Console, lang: str, verbosity: int = 0) -> None:
    """Print the report to `console`.

    `verbosity` < 0: only the verdict, its reasons (a line each) and the
    obstacles; > 0: also, under each met rule, the answers that met it.
    """
    if verbosity < 0:
        console.print(Text(partnership_title(assessment, lang), style="bold"))
        console.print(_verdict(assessment, lang), soft_wrap=True)
        for line in [reason.text(lang) for reason in assessment.reasons] + scope_lines(assessment, lang):
            console.print(Text(f"  • {line}"), soft_wrap=True)  # one line each, however wide: a log keeps it whole
        for finding in assessment.obstacles:
            console.print(_finding_item(finding, lang, "✗", "bold red"))
        return
    console.print(_header(assessment, lang))
    console.print(_verdict(assessment, lang))
    scope = scope_lines(assessment, lang)
    if scope:
        _heading(console, "scope.heading", lang)
        for line in scope:
            console.print(_item(Text("!", style="bold yellow"), Text(line)))
    console.print()
    console.print(Text(why_heading(assessment, lang), style="bold underline"))
    for reason in assessment.reasons:
        console.print(_item(Text("•"), Text(reason.text(lang))))

    _heading(console, "report.themes", lang)
    console.print(_themes(assessment, lang))
    console.print(_legend(lang))

    # In the order of the agenda (Markdown, HTML): what to do first, what goes well last; each advice once.
    obstacles = assessment.obstacles
    _heading(console, "report.obstacles_to_discuss", lang, len(obstacles))
    for number, finding in enumerate(obstacles, start=1):
        console.print(_finding_item(finding, lang, f"{number}.", "bold red", detail=True))
    if not obstacles:
        console.print(Text("  " + translate("report.none", lang), style="dim"))

    render_respondents(console, assessment, lang)
    render_views(console, assessment, lang)

    questions = assessment.open_questions
    if questions:
        _heading(console, "report.open_questions", lang, len(questions))
        for number, finding in enumerate(questions, start=1):
            console.print(_finding_item(finding, lang, f"{number}.", "bold yellow", message=open_question(assessment, finding, lang)))

    strengths = assessment.strengths
    _heading(console, "report.goes_well", lang, len(strengths))
    for finding in strengths:
        answers = met_answers(assessment, finding) if verbosity > 0 else None
        console.print(_finding_item(finding, lang, "✓", "bold green", answers=answers))
    if not strengths:
        console.print(Text("  " + translate("report.none", lang), style="dim"))

    if assessment.benefits:
        _heading(console, "report.benefits", lang, len(assessment.benefits))
        for finding in assessment.benefits:
            answers = met_answers(assessment, finding) if verbosity > 0 else None
            console.print(_finding_item(finding, lang, "+", "bold cyan", answers=answers))

    console.print()
    console.print(Text(translate("report.disclaimer", lang), style="dim italic"))
