"""The summary of a run over many partnership files: one row per file.

A table for the terminal and a Markdown table (the JSON's is
`json_report.summary_dict`).
Broken files get a row too, with their first problem, so a reader of the
table sees every file it was given.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from tango_check.batch import Failure, Row, Summary
from tango_check.i18n import plural, translate
from tango_check.render.common import finding_message
from tango_check.render.markdown import md_text
from tango_check.scoring import format_score

if TYPE_CHECKING:
    from tango_check.render.styled import Line


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


def summary_lines(summary: Summary, lang: str, width: int, *, ascii_only: bool = False) -> Iterator[list[Line]]:
    """The summary for the terminal, a part at a time: heading, table (or list), totals.

    The table comes in parts of `ROWS_PER_TABLE` rows with the same column
    widths, reading as one, so thousands of rows are never laid out at
    once. When the columns cannot fit with every path and word whole, each
    file becomes a short block instead.
    """
    from tango_check.render.blocks import Column, Table, paragraph
    from tango_check.render.layout import fit_columns
    from tango_check.render.styled import Styled
    from tango_check.render.terminal import VERDICT_STYLE

    headings, entries = summary_cells(summary, lang)
    widths = fit_columns([headings, *(cells for _, cells in entries)], width - 3 * (len(headings) - 1), _WRAPS, _LEAST)
    yield paragraph(Styled(translate("summary.title", lang), "bold underline"), width)
    if widths is None:
        yield from _blocks(headings, entries, width)
    columns = [Column(justify="right" if index == 4 else "left", width=column_width) for index, column_width in enumerate(widths or ())]
    rules = ("|", "-", "+") if ascii_only else ("│", "─", "┼")
    for start in range(0, max(len(entries), 1) if widths else 0, ROWS_PER_TABLE):
        header = [Styled(heading).escaped() for heading in headings] if start == 0 else None
        table = Table(columns, header=header, header_style="bold", pad_edge=False, rules=rules)
        rows = [
            [Styled().append(cell, VERDICT_STYLE.get(status, "bold red")) if index == 3 else Styled(cell) for index, cell in enumerate(cells)]
            for status, cells in entries[start : start + ROWS_PER_TABLE]
        ]
        yield table.lines(rows, width)
    yield paragraph(Styled(totals(summary, lang)), width)


def _blocks(headings: list[str], entries: list[tuple[str, tuple[str, ...]]], width: int) -> Iterator[list[Line]]:
    """One block per file for a narrow terminal: the path; the name; ambition, verdict and score; the obstacle."""
    from tango_check.render.blocks import indented, paragraph
    from tango_check.render.layout import shorten_path
    from tango_check.render.styled import Styled
    from tango_check.render.terminal import VERDICT_STYLE

    for status, (source, name, ambition_text, verdict, score, obstacle) in entries:
        lines = Styled(f"{name}\n")
        for index, cell in ((2, ambition_text), (3, verdict), (4, score)):
            lines.append(f"{headings[index]}: ", "dim")
            lines.append(cell, VERDICT_STYLE.get(status, "bold red") if index == 3 else "")
            lines.append(" · " if index < 4 else "\n", "dim")
        lines.append(f"{headings[5]}: ", "dim").append(obstacle)
        yield paragraph(Styled(shorten_path(source, width), "bold"), width) + indented(paragraph(lines, width - 2), 2, width)


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
