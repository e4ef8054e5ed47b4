"""The overview of many partnerships as tables, for Markdown, HTML, the terminal and JSON.

`overview_tables` says what the overview shows (the same headings, cells and
figures in every format); each renderer only lays the tables out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tango_check.batch import VERDICTS
from tango_check.i18n import translate
from tango_check.overview import Overview
from tango_check.render.common import finding_message, theme_title
from tango_check.render.json_report import score_number
from tango_check.scoring import format_score


@dataclass(frozen=True)
class Table:
    key: str  # names the table: verdicts, obstacles, themes
    heading: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: tuple[int, ...]  # columns aligned right


def percent(value: float, lang: str) -> str:
    return f"{format_score(value, lang)}%"


def overview_tables(overview: Overview, lang: str) -> list[Table]:
    """Verdicts, the obstacles found most often, and the themes across the partnerships."""
    assessed = max(overview.assessed, 1)
    verdicts = Table(
        "verdicts",
        translate("overview.verdicts", lang),
        (translate("report.verdict", lang), translate("overview.partnerships", lang), translate("overview.share", lang)),
        tuple(
            (translate(f"verdict.{verdict}", lang), str(overview.verdicts[verdict]), percent(100 * overview.verdicts[verdict] / assessed, lang))
            for verdict in VERDICTS
        ),
        (1, 2),
    )
    obstacles = Table(
        "obstacles",
        translate("overview.common_obstacles", lang),
        (
            translate("overview.rule", lang),
            translate("overview.obstacle", lang),
            translate("overview.partnerships", lang),
            translate("overview.share", lang),
        ),
        tuple(
            (item.finding.rule.id, finding_message(item.finding, lang), str(item.count), percent(item.share, lang))
            for item in overview.obstacles
        ),
        (2, 3),
    )
    themes = Table(
        "themes",
        translate("overview.themes", lang),
        (
            translate("report.theme", lang),
            translate("overview.scored", lang),
            translate("overview.mean", lang),
            translate("overview.spread", lang),
            translate("overview.lowest", lang),
            translate("overview.highest", lang),
        ),
        tuple(
            (
                theme_title(item.theme, lang),
                str(item.count),
                format_score(item.mean, lang),
                format_score(item.spread, lang),
                format_score(item.low, lang),
                format_score(item.high, lang),
            )
            for item in overview.themes
        ),
        (1, 2, 3, 4, 5),
    )
    return [verdicts, obstacles, themes]


def overview_dict(overview: Overview, lang: str) -> dict[str, Any]:
    """The overview's figures for the batch JSON (`summary.common_obstacles`, `summary.themes`)."""
    return {
        "common_obstacles": [
            {
                "rule_id": item.finding.rule.id,
                "title": item.finding.rule.title.text(lang),
                "message": finding_message(item.finding, lang),
                "count": item.count,
                "share": score_number(item.share),
            }
            for item in overview.obstacles
        ],
        "themes": [
            {
                "theme": item.theme,
                "title": theme_title(item.theme, lang),
                "scored": item.count,
                "mean": score_number(item.mean),
                "spread": score_number(item.spread),
                "min": score_number(item.low),
                "max": score_number(item.high),
            }
            for item in overview.themes
        ],
    }


# --- layouts -------------------------------------------------------------------------------


def overview_markdown(overview: Overview, lang: str, partnerships: str) -> str:
    """The overview as Markdown; `partnerships` is the table of all partnerships, already laid out."""
    from tango_check.render.markdown import md_text

    lines = [f"# {md_text(translate('overview.title', lang))}", ""]
    for table in overview_tables(overview, lang):
        lines += [f"## {md_text(table.heading)}", ""]
        if not table.rows:
            lines += [md_text(translate("report.none", lang)), ""]
            continue
        lines.append("| " + " | ".join(md_text(header) for header in table.headers) + " |")
        lines.append("| " + " | ".join("---:" if index in table.numeric else "---" for index in range(len(table.headers))) + " |")
        lines += ["| " + " | ".join(md_text(cell) for cell in row) + " |" for row in table.rows]
        lines.append("")
    return "\n".join(lines) + "\n" + partnerships


def overview_html(overview: Overview, lang: str, partnerships: str) -> str:
    """The overview as `<section id="overview">`; `partnerships` is the table of all partnerships, as HTML."""
    from tango_check.safe_text import html_literal as escape

    parts = [f'<section id="overview" class="overview">\n<h1>{escape(translate("overview.title", lang))}</h1>\n']
    for table in overview_tables(overview, lang):
        parts.append(f'<h2>{escape(table.heading)}</h2>\n')
        if not table.rows:
            parts.append(f"<p>{escape(translate('report.none', lang))}</p>\n")
            continue
        head = "".join(
            f'<th class="col-score">{escape(header)}</th>' if index in table.numeric else f"<th>{escape(header)}</th>"
            for index, header in enumerate(table.headers)
        )
        body = "".join(
            "<tr>"
            + "".join(
                f'<td class="col-score">{escape(cell)}</td>' if index in table.numeric else f"<td>{escape(cell)}</td>"
                for index, cell in enumerate(row)
            )
            + "</tr>"
            for row in table.rows
        )
        parts.append(f'<table class="summary {table.key}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n')
    parts.append(partnerships)
    parts.append("</section>\n")
    return "".join(parts)


def common_obstacles_text(overview: Overview, lang: str) -> list[Any]:
    """The obstacles found most often, for the terminal summary (Rich renderables)."""
    from rich import box
    from rich.table import Table as RichTable
    from rich.text import Text

    table = next(table for table in overview_tables(overview, lang) if table.key == "obstacles")
    parts: list[Any] = [Text(table.heading, style="bold underline")]
    if not table.rows:
        return [*parts, Text(translate("report.none", lang), style="dim")]
    grid = RichTable(box=box.MINIMAL, show_edge=False, pad_edge=False, header_style="bold")
    for index, header in enumerate(table.headers):
        grid.add_column(header, justify="right" if index in table.numeric else "left", overflow="fold")
    for row in table.rows:
        grid.add_row(*row)
    return [*parts, grid]
