"""A partnership's history as text (Rich), JSON, or HTML with a line chart of the scores.

`point_table` and `step_lists` say what every format shows: one row per
assessment (date, file, verdict, score, each theme) and, from each assessment
to the next, the obstacles that came and went.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from tango_check.compare import Change, Snapshot
from tango_check.history import History
from tango_check.i18n import translate
from tango_check.render.common import theme_title
from tango_check.render.compare import BUCKETS, change_dict, mixed_note, side_dict
from tango_check.render.json_report import JSON_SCHEMA_VERSION, score_number, tool_info
from tango_check.safe_text import html_literal as escape
from tango_check.scoring import CONCERN_BELOW, STRENGTH_FROM, format_score

if TYPE_CHECKING:
    from rich.console import Console

# The steps' buckets a history shows: new, resolved, no longer answered (remaining ones stay in the table's scores).
STEP_BUCKETS = [bucket for bucket in BUCKETS if bucket[0] != "remaining"]
VERDICT_LINE = 1  # the line of `point_table` that holds the verdicts
LINE_COLOURS = ("#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#558b2f", "#ad1457", "#4e342e")


def label(point: Snapshot, lang: str) -> str:
    """How a point is named: its date, or its file when it has none; * when another rule catalogue made it."""
    name = point.date.isoformat() if point.date is not None else point.source
    return name + (" *" if point.mixed else "")


def point_table(history: History, lang: str) -> tuple[list[str], list[list[str]]]:
    """A column per assessment (headed by its date), a line per measure: file, verdict, score, each theme."""
    points = history.points
    headers = [translate("history.date", lang), *(label(point, lang) for point in points)]
    rows = [
        [translate("summary.file", lang), *(point.source for point in points)],
        [translate("report.verdict", lang), *(translate(f"verdict.{point.verdict}", lang) for point in points)],
        [translate("report.score", lang), *(format_score(point.score, lang) for point in points)],
        *(
            [theme_title(theme, lang), *(format_score(point.themes.get(theme), lang) for point in points)]
            for theme in history.themes
        ),
    ]
    return headers, rows


FILE_LINE = 0  # the line of point_table that names each assessment's file


def _paths_that_fit(lines: list[list[str]], width: int) -> tuple[list[str], list[int | None]]:
    """The file line, and column widths: paths whole when they fit, else file names, else their ends after an ellipsis."""
    from pathlib import PurePath

    from tango_check.render.layout import fit_columns, shorten_path

    label, *paths = lines[FILE_LINE + 1]
    wraps = [True] * len(lines[0])  # a verdict may wrap between words; a path (one word) never breaks
    available = width - 2 * (len(lines[0]) - 1)
    names = [PurePath(path).name or path for path in paths]
    room = max((available - 12) // max(len(paths), 1), 4)
    for candidate in (paths, names, [shorten_path(name, room) for name in names]):
        line = [label, *candidate]
        widths = fit_columns([*lines[: FILE_LINE + 1], line, *lines[FILE_LINE + 2 :]], available, wraps)
        if widths:
            return line, list(widths)
    return line, [None] * len(line)


def step_lists(history: History, lang: str) -> list[tuple[str, list[tuple[str, str, str, list[Change]]]]]:
    """Per step "from → to", each non-empty bucket: (field, heading, mark, changes)."""
    steps = []
    for step in history.steps:
        buckets = [
            (field, translate(key, lang), mark, list(getattr(step, field)))
            for field, key, mark, _, _ in STEP_BUCKETS
            if getattr(step, field)
        ]
        steps.append((f"{label(step.before, lang)} → {label(step.after, lang)}", buckets))
    return steps


def _naming(field: str) -> str:
    return next(naming for name, *_, naming in BUCKETS if name == field)


def notes(history: History, lang: str) -> list[str]:
    found = [] if history.by_date else [translate("history.order_given", lang)]
    note = mixed_note(list(history.points), lang)
    return found + ([note] if note else [])


# --- JSON ----------------------------------------------------------------------------


def history_dict(history: History, lang: str) -> dict[str, Any]:
    points = []
    for index, point in enumerate(history.points):
        step = history.steps[index - 1] if index else None
        points.append(
            {
                **side_dict(point, lang),
                "themes": {theme: score_number(point.themes.get(theme)) for theme in history.themes},
                "came": [] if step is None else [change_dict(item, lang) for item in step.new],
                "went": [] if step is None else [change_dict(item, lang) for item in step.resolved],
                "now_unknown": [] if step is None else [change_dict(item, lang) for item in step.now_unknown],
            }
        )
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "tool": tool_info(),
        "kind": "history",
        "lang": lang,
        "ordered_by": "date" if history.by_date else "given",
        "themes": [{"theme": theme, "title": theme_title(theme, lang)} for theme in history.themes],
        "points": points,
    }


def render_history_json(history: History, lang: str) -> str:
    return json.dumps(history_dict(history, lang), ensure_ascii=False, indent=2) + "\n"


# --- text ------------------------------------------------------------------------------


def render_history(history: History, console: Console, lang: str) -> None:
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from tango_check.render.compare import TREND_STYLE
    from tango_check.render.terminal import VERDICT_STYLE

    latest = history.latest
    console.print(Panel(Text(latest.name or latest.source, style="bold"), title=translate("history.title", lang), title_align="left", expand=False))
    for note in notes(history, lang):
        console.print(Text(note, style="yellow"))
    headers, rows = point_table(history, lang)
    rows[FILE_LINE], widths = _paths_that_fit([headers, *rows], console.width)
    table = Table(box=None, show_header=True, header_style="bold", padding=(0, 1), pad_edge=False)
    for index, (header, column_width) in enumerate(zip(headers, widths)):
        table.add_column(header, justify="right" if index else "left", width=column_width)
    for number, cells in enumerate(rows):
        texts = [Text(cell) for cell in cells]
        if number == VERDICT_LINE:
            for text, point in zip(texts[1:], history.points):
                text.stylize(VERDICT_STYLE[point.verdict])
        table.add_row(*texts)
    console.print(table)
    for (heading, buckets), step in zip(step_lists(history, lang), history.steps):
        console.print()
        title = Text(heading, style="bold underline")
        title.append(f"  ({translate(f'compare.trend.{step.trend}', lang)})", style=TREND_STYLE[step.trend])
        console.print(title)
        if not buckets:
            console.print(Text("  " + translate("report.none", lang), style="dim"))
        for field, bucket_heading, mark, changes in buckets:
            console.print(Text(f"  {bucket_heading} ({len(changes)})", style="bold"))
            for item in changes:
                line = Text(f"    {mark} ")
                line.append(f"{item.rule_id} ", style="dim")
                line.append(getattr(item, _naming(field)).text(lang))
                console.print(line)


# --- HTML ------------------------------------------------------------------------------

_CHART = {"left": 44, "plot": 440, "legend": 290, "top": 16, "height": 220, "bottom": 56}


def line_chart(history: History, lang: str) -> str:
    """The overall score and each theme per assessment, as lines over 0-100 with the band limits marked."""
    left, plot, legend, top, height, bottom = (_CHART[key] for key in ("left", "plot", "legend", "top", "height", "bottom"))
    width, total = left + plot + legend, top + height + bottom
    count = len(history.points)

    def x(index: int) -> float:
        return left + (plot / 2 if count == 1 else 12 + (plot - 24) * index / (count - 1))

    def y(score: float) -> float:
        return top + height * (1 - score / 100)

    title = translate("history.chart_title", lang)
    parts = [
        f'<svg class="chart history" role="img" viewBox="0 0 {width} {total}" width="{width}" height="{total}" '
        f'aria-label="{escape(title)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">',
        f"<title>{escape(title)}</title>",
    ]
    for limit in (0, CONCERN_BELOW, STRENGTH_FROM, 100):
        dash = "" if limit in (0, 100) else ' stroke-dasharray="3 3"'
        parts.append(
            f'<line x1="{left}" y1="{y(limit):g}" x2="{left + plot}" y2="{y(limit):g}" stroke="#bbb"{dash}/>'
            f'<text x="{left - 6}" y="{y(limit) + 4:g}" text-anchor="end" fill="#555">{limit}</text>'
        )
    for index, point in enumerate(history.points):
        parts.append(
            f'<text x="{x(index):.1f}" y="{top + height + 16}" text-anchor="middle" fill="#333">{escape(label(point, lang))}</text>'
        )
    lines = [(translate("report.overall", lang), [point.score for point in history.points], "#1a1a1a", 3)]
    for number, theme in enumerate(history.themes):
        colour = LINE_COLOURS[number % len(LINE_COLOURS)]
        lines.append((theme_title(theme, lang), [point.themes.get(theme) for point in history.points], colour, 1.5))
    for number, (name, scores, colour, stroke) in enumerate(lines):
        segments: list[list[str]] = [[]]
        dots = []
        for index, score in enumerate(scores):
            if score is None:  # no score then: the line breaks
                segments.append([])
                continue
            segments[-1].append(f"{x(index):.1f},{y(score):.1f}")
            dots.append(
                f'<circle cx="{x(index):.1f}" cy="{y(score):.1f}" r="{stroke + 1.5:g}" fill="{colour}">'
                f"<title>{escape(name)}: {escape(format_score(score, lang))}</title></circle>"
            )
        paths = "".join(
            f'<polyline points="{" ".join(segment)}" fill="none" stroke="{colour}" stroke-width="{stroke:g}"/>'
            for segment in segments
            if len(segment) > 1
        )
        key_y = top + 8 + number * 18
        key = (
            f'<line x1="{left + plot + 16}" y1="{key_y}" x2="{left + plot + 36}" y2="{key_y}" stroke="{colour}" stroke-width="{stroke:g}"/>'
            f'<text x="{left + plot + 42}" y="{key_y + 4}">{escape(name)}</text>'
        )
        parts.append(f'<g class="line">{paths}{"".join(dots)}{key}</g>')
    parts.append("</svg>")
    return "".join(parts)


def render_history_html(history: History, lang: str) -> str:
    from tango_check.render.html import document_end, document_start

    latest = history.latest
    name = latest.name or latest.source
    headers, rows = point_table(history, lang)
    head = "".join(f"<th>{escape(header)}</th>" for header in headers)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="col-score">{escape(cell)}</td>' if index else f"<th>{escape(cell)}</th>" for index, cell in enumerate(cells))
        + "</tr>"
        for cells in rows
    )
    parts = [
        document_start(lang, f"{translate('history.title', lang)}: {name}"),
        f'<section class="history">\n<h1>{escape(translate("history.title", lang))}: {escape(name)}</h1>\n',
        "".join(f"<p>{escape(note)}</p>\n" for note in notes(history, lang)),
        f"{line_chart(history, lang)}\n",
        f'<table class="summary"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n',
        f"<h2>{escape(translate('history.steps', lang))}</h2>\n",
    ]
    for heading, buckets in step_lists(history, lang):
        parts.append(f"<h3>{escape(heading)}</h3>\n")
        if not buckets:
            parts.append(f"<p>{escape(translate('report.none', lang))}</p>\n")
        for field, bucket_heading, mark, changes in buckets:
            items = "".join(
                f'<li><span class="rule-id">{escape(item.rule_id)}</span>{escape(getattr(item, _naming(field)).text(lang))}</li>'
                for item in changes
            )
            parts.append(f'<p><strong>{escape(mark)} {escape(bucket_heading)} ({len(changes)})</strong></p>\n<ul class="findings">{items}</ul>\n')
    parts.append("</section>\n")
    parts.append(document_end(lang))
    return "".join(parts)
