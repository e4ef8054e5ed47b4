"""The summary of a run over many partnership files: one row per file.

A Rich table for the terminal, a Markdown table, and a mapping for JSON.
Broken files get a row too, with their first problem, so a reader of the
table sees every file it was given.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from tango_check.batch import Failure, Row, Summary
from tango_check.i18n import translate
from tango_check.render.common import finding_message
from tango_check.render.json_report import score_number
from tango_check.render.markdown import md_text
from tango_check.render.terminal import VERDICT_STYLE
from tango_check.scoring import format_score


def _obstacle(row: Row, lang: str) -> str:
    finding = row.top_obstacle
    return f"{finding.rule.id} {finding_message(finding, lang)}" if finding else "-"


def _first_problem(failure: Failure, lang: str) -> str:
    problem = failure.problems[0]
    where = problem.location()[len(problem.source) + 1 :]
    more = len(failure.problems) - 1
    text = f"{where}: {problem.message(lang)}" if where else problem.message(lang)
    return text + (" " + translate("summary.more_problems", lang, count=more) if more else "")


def _cells(entry: Row | Failure, lang: str) -> tuple[str, str, str, str, str, str]:
    """File, partnership, ambition, verdict, score, most important obstacle (or the problem)."""
    if isinstance(entry, Failure):
        return (entry.source, "-", "-", translate("summary.unreadable", lang), "-", _first_problem(entry, lang))
    return (
        entry.source,
        entry.title,
        translate(f"summary.ambition.{entry.ambition}", lang),
        translate(f"verdict.{entry.verdict}", lang),
        format_score(entry.score, lang),
        _obstacle(entry, lang),
    )


ROWS_PER_TABLE = 100
_FIXED_COLUMNS = (2, 3, 4)  # ambition, verdict and score keep their width; file, name and obstacle wrap
_MIN_WIDTH = 10
_HEADINGS = ("summary.file", "summary.partnership", "summary.ambition", "report.verdict", "report.score", "summary.top_obstacle")


def totals(summary: Summary, lang: str) -> str:
    counts = summary.verdict_counts()
    return translate(
        "summary.totals",
        lang,
        files=len(summary.entries),
        assessed=len(summary.rows),
        ready=counts["ready"],
        conditions=counts["ready_with_conditions"],
        not_ready=counts["not_ready"],
        failed=len(summary.failures),
    )


def summary_tables(summary: Summary, lang: str, width: int) -> Iterator[RenderableType]:
    """The summary for the terminal, to print one part at a time: heading, table, totals.

    Rich lays out a whole table in memory, so thousands of rows are printed
    as tables of `ROWS_PER_TABLE` with the same column widths, reading as one.
    """
    headings, entries = summary_cells(summary, lang)
    widths = column_widths([headings, *(cells for _, cells in entries)], width - 3 * (len(headings) - 1))
    yield Text(translate("summary.title", lang), style="bold underline")
    for start in range(0, max(len(entries), 1), ROWS_PER_TABLE):
        table = Table(box=box.MINIMAL, show_edge=False, pad_edge=False, show_header=start == 0, header_style="bold")
        for index, (heading, column_width) in enumerate(zip(headings, widths)):
            table.add_column(heading, width=column_width, justify="right" if index == 4 else "left", overflow="fold")
        for status, cells in entries[start : start + ROWS_PER_TABLE]:
            texts = [Text(cell) for cell in cells]
            texts[3].stylize(VERDICT_STYLE.get(status, "bold red"))
            table.add_row(*texts)
        yield table
    yield Text(totals(summary, lang))


def column_widths(rows: list[list[str] | tuple[str, ...]], available: int) -> list[int]:
    """Each column as wide as its longest cell; if that is too wide, the wrapping columns share the room."""
    natural = [max(cell_len(row[index]) for row in rows) for index in range(len(rows[0]))]
    wrapping = [index for index in range(len(natural)) if index not in _FIXED_COLUMNS]
    room = max(available - sum(natural[index] for index in _FIXED_COLUMNS), _MIN_WIDTH * len(wrapping))
    wanted = sum(natural[index] for index in wrapping)
    if wanted <= room:
        return natural
    widths = list(natural)
    for index in wrapping:
        widths[index] = max(_MIN_WIDTH, natural[index] * room // wanted)
    return widths


def summary_markdown(summary: Summary, lang: str) -> str:
    lines = [f"## {translate('summary.title', lang)}", ""]
    lines.append("| " + " | ".join(translate(key, lang) for key in _HEADINGS) + " |")
    lines.append("| --- | --- | --- | --- | ---: | --- |")
    for entry in summary.entries:
        lines.append("| " + " | ".join(md_text(cell) for cell in _cells(entry, lang)) + " |")
    lines += ["", md_text(totals(summary, lang)), ""]
    return "\n".join(lines)


def summary_dict(summary: Summary, lang: str) -> dict[str, Any]:
    """The `summary` member of the batch JSON: counts and one row per assessed file."""
    return {
        "files": len(summary.entries),
        "assessed": len(summary.rows),
        "failed": len(summary.failures),
        "verdicts": summary.verdict_counts(),
        "rows": [
            {
                "source": row.source,
                "name": row.title,
                "ambition": row.ambition,
                "verdict": row.verdict,
                "score": score_number(row.score),
                "top_obstacle": None
                if row.top_obstacle is None
                else {"rule_id": row.top_obstacle.rule.id, "message": finding_message(row.top_obstacle, lang)},
            }
            for row in summary.rows
        ],
    }


def summary_cells(summary: Summary, lang: str) -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:
    """Headings, and per entry its status (the verdict, or `error`) and its cells."""
    headings = [translate(key, lang) for key in _HEADINGS]
    return headings, [
        ("error" if isinstance(entry, Failure) else entry.verdict, _cells(entry, lang)) for entry in summary.entries
    ]
