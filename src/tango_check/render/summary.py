"""The summary of a run over many partnership files: one row per file.

A Rich table for the terminal and a Markdown table (the JSON's is
`json_report.summary_dict`, which needs no Rich).
Broken files get a row too, with their first problem, so a reader of the
table sees every file it was given.
"""

from __future__ import annotations

from collections.abc import Iterator

from rich import box
from rich.console import RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from tango_check.batch import Failure, Row, Summary
from tango_check.i18n import plural, translate
from tango_check.render.common import finding_message
from tango_check.render.layout import fit_columns, shorten_path
from tango_check.render.markdown import md_text
from tango_check.render.terminal import VERDICT_STYLE
from tango_check.scoring import format_score


def _obstacle(row: Row, lang: str) -> str:
    finding = row.top_obstacle
    return f"{finding.rule.id} {finding_message(finding, lang)}" if finding else "-"


def first_problem(failure: Failure, lang: str) -> str:
    problem = failure.problems[0]
    where = problem.location()[len(problem.source) + 1 :]
    more = len(failure.problems) - 1
    text = f"{where}: {problem.message(lang)}" if where else problem.message(lang)
    return text + (" " + translate("summary.more_problems", lang, count=more) if more else "")


def _cells(entry: Row | Failure, lang: str) -> tuple[str, str, str, str, str, str]:
    """File, partnership, ambition, verdict, score, most important obstacle (or the problem)."""
    if isinstance(entry, Failure):
        return (entry.source, "-", "-", translate("summary.unreadable", lang), "-", first_problem(entry, lang))
    return (
        entry.source,
        entry.title,
        translate(f"summary.ambition.{entry.ambition}", lang),
        translate(f"verdict.{entry.verdict}", lang),
        format_score(entry.score, lang),
        _obstacle(entry, lang),
    )


ROWS_PER_TABLE = 100
_WRAPS = (False, True, False, True, False, True)  # names, verdicts and obstacles wrap between words; a path never
_LEAST = 16  # a wrapping column narrower than this reads as a column of single words: use the list instead
_HEADINGS = ("summary.file", "summary.partnership", "summary.ambition", "report.verdict", "report.score", "summary.top_obstacle")


def totals(summary: Summary, lang: str) -> str:
    counts = summary.verdict_counts()
    return translate(
        "summary.totals",
        lang,
        files=plural("count.files", lang, len(summary.entries)),
        assessed=len(summary.rows),
        ready=counts["ready"],
        conditions=counts["ready_with_conditions"],
        not_ready=counts["not_ready"],
        failed=len(summary.failures),
    )


def summary_tables(summary: Summary, lang: str, width: int) -> Iterator[RenderableType]:
    """The summary for the terminal, to print one part at a time: heading, table (or list), totals.

    Rich lays out a whole table in memory, so thousands of rows are printed
    as tables of `ROWS_PER_TABLE` with the same column widths, reading as one.
    When the columns cannot fit with every path and word whole, each file
    becomes a short block instead.
    """
    headings, entries = summary_cells(summary, lang)
    widths = fit_columns([headings, *(cells for _, cells in entries)], width - 3 * (len(headings) - 1), _WRAPS, _LEAST)
    yield Text(translate("summary.title", lang), style="bold underline")
    if widths is None:
        yield from _blocks(headings, entries, width)
    for start in range(0, max(len(entries), 1) if widths else 0, ROWS_PER_TABLE):
        table = Table(box=box.MINIMAL, show_edge=False, pad_edge=False, show_header=start == 0, header_style="bold")
        for index, (heading, column_width) in enumerate(zip(headings, widths or ())):
            table.add_column(heading, width=column_width, justify="right" if index == 4 else "left")
        for status, cells in entries[start : start + ROWS_PER_TABLE]:
            texts = [Text(cell) for cell in cells]
            texts[3].stylize(VERDICT_STYLE.get(status, "bold red"))
            table.add_row(*texts)
        yield table
    yield Text(totals(summary, lang))


def _blocks(headings: list[str], entries: list[tuple[str, tuple[str, ...]]], width: int) -> Iterator[RenderableType]:
    """One block per file for a narrow terminal: the path; the name; ambition, verdict and score; the obstacle."""
    for status, (source, name, ambition_text, verdict, score, obstacle) in entries:
        yield Text(shorten_path(source, width), style="bold")
        lines = Text(f"{name}\n")
        for index, cell in ((2, ambition_text), (3, verdict), (4, score)):
            lines.append(f"{headings[index]}: ", style="dim")
            lines.append(cell, style=VERDICT_STYLE.get(status, "bold red") if index == 3 else "")
            lines.append(" · " if index < 4 else "\n", style="dim")
        lines.append(f"{headings[5]}: ", style="dim")
        lines.append(obstacle)
        yield Padding(lines, (0, 0, 0, 2))


def summary_markdown(summary: Summary, lang: str) -> str:
    lines = [f"## {translate('summary.title', lang)}", ""]
    lines.append("| " + " | ".join(translate(key, lang) for key in _HEADINGS) + " |")
    lines.append("| --- | --- | --- | --- | ---: | --- |")
    for entry in summary.entries:
        lines.append("| " + " | ".join(md_text(cell) for cell in _cells(entry, lang)) + " |")
    lines += ["", md_text(totals(summary, lang)), ""]
    return "\n".join(lines)


def summary_cells(summary: Summary, lang: str) -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:
    """Headings, and per entry its status (the verdict, or `error`) and its cells."""
    headings = [translate(key, lang) for key in _HEADINGS]
    return headings, [
        ("error" if isinstance(entry, Failure) else entry.verdict, _cells(entry, lang)) for entry in summary.entries
    ]
