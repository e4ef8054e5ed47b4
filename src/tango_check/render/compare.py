"""A comparison of two assessments as text (Rich) or JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from tango_check.compare import Change, Comparison, Snapshot
from tango_check.i18n import translate
from tango_check.render.common import theme_title
from tango_check.render.json_report import JSON_SCHEMA_VERSION, score_number, tool_info
from tango_check.scoring import format_score

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

BUCKETS = (  # (field of Comparison, heading, mark, style, named as met or as a problem)
    ("resolved", "compare.resolved", "✓", "bold green", "title"),
    ("new", "compare.new", "✗", "bold red", "problem"),
    ("remaining", "compare.remaining", "•", "bold yellow", "problem"),
    ("now_unknown", "compare.now_unknown", "?", "bold yellow", "problem"),
)
TREND_STYLE = {"improved": "bold green", "worsened": "bold red", "unchanged": "bold"}


def signed(value: float | None, lang: str) -> str:
    """A change in score: +26, -4, 0, or - when one side has no score."""
    if value is None:
        return "-"
    return ("+" if value > 0 else "") + format_score(value, lang)


def side_dict(snapshot: Snapshot, lang: str) -> dict[str, Any]:
    """One assessment of a comparison or a history: where from, when, which rules made it, and its outcome."""
    return {
        "source": snapshot.source,
        "name": snapshot.name,
        "date": None if snapshot.date is None else snapshot.date.isoformat(),
        "catalogue": None if snapshot.catalogue is None else snapshot.catalogue.as_dict(),
        "mixed_rules": snapshot.mixed,
        "verdict": snapshot.verdict,
        "verdict_text": translate(f"verdict.{snapshot.verdict}", lang),
        "score": score_number(snapshot.score),
    }


def mixed_note(snapshots: list[Snapshot], lang: str) -> str | None:
    """The note that explains the * of an assessment made with another rule catalogue, if one is shown."""
    mixed = [snapshot for snapshot in snapshots if snapshot.mixed]
    if not mixed:
        return None
    catalogue = mixed[0].catalogue
    version = "?" if catalogue is None else catalogue.version
    hash_ = translate("history.unknown_catalogue", lang) if catalogue is None else catalogue.hash
    return translate("history.mixed_note", lang, version=version, hash=hash_)


def change_dict(item: Change, lang: str) -> dict[str, Any]:
    return {
        "rule_id": item.rule_id,
        "title": item.title.text(lang),
        "problem": item.problem.text(lang),
        "before": item.before,
        "after": item.after,
    }


def mismatch_warning(comparison: Comparison, lang: str) -> str | None:
    """The warning that the two sides may be different partnerships, or None."""
    differences = [
        translate("compare.differs", lang, what=translate(f"compare.what.{what}", lang), before=before, after=after)
        for what, before, after in comparison.mismatches
    ]
    return translate("compare.different", lang, differences="; ".join(differences)) if differences else None


def comparison_dict(comparison: Comparison, lang: str) -> dict[str, Any]:
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "tool": tool_info(),
        "kind": "comparison",
        "lang": lang,
        "before": side_dict(comparison.before, lang),
        "after": side_dict(comparison.after, lang),
        "same_partnership": not comparison.mismatches,
        "verdict_trend": comparison.trend,
        "verdict_trend_text": translate(f"compare.trend.{comparison.trend}", lang),
        "score_change": score_number(comparison.score_change),
        "themes": [
            {
                "theme": theme.theme,
                "title": theme_title(theme.theme, lang),
                "before": score_number(theme.before),
                "after": score_number(theme.after),
                "change": score_number(theme.change),
            }
            for theme in comparison.themes
        ],
        "obstacles": {
            field: [change_dict(item, lang) for item in getattr(comparison, field)] for field, *_ in BUCKETS
        },
    }


def render_comparison_json(comparison: Comparison, lang: str) -> str:
    return json.dumps(comparison_dict(comparison, lang), ensure_ascii=False, indent=2) + "\n"


def _themes(comparison: Comparison, lang: str) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, show_header=True, header_style="bold", padding=(0, 1))
    table.add_column(translate("report.theme", lang))
    table.add_column(translate("compare.before", lang), justify="right")
    table.add_column(translate("compare.after", lang), justify="right")
    table.add_column(translate("compare.change", lang), justify="right")
    for theme in comparison.themes:
        change = theme.change
        style = "" if not change else "green" if change > 0 else "red"
        table.add_row(
            theme_title(theme.theme, lang),
            format_score(theme.before, lang),
            format_score(theme.after, lang),
            Text(signed(change, lang), style=style),
        )
    return table


def render_comparison(comparison: Comparison, console: Console, lang: str) -> None:
    """Print the comparison to `console`."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from tango_check.render.terminal import VERDICT_STYLE

    before, after = comparison.before, comparison.after
    header = Text()
    header.append(after.name or before.name or after.source, style="bold")
    for key, snapshot in (("compare.before", before), ("compare.after", after)):
        header.append(f"\n{translate(key, lang)}: ", style="dim")
        header.append(snapshot.source + (" *" if snapshot.mixed else ""))
    console.print(Panel(header, title=translate("compare.title", lang), title_align="left", expand=False))
    note = mixed_note([before, after], lang)
    if note:
        console.print(Text(note, style="yellow"))

    verdict = Text()
    verdict.append(f"{translate('report.verdict', lang)}: ", style="bold")
    verdict.append(translate(f"verdict.{before.verdict}", lang).upper(), style=VERDICT_STYLE[before.verdict])
    verdict.append(" → ")
    verdict.append(translate(f"verdict.{after.verdict}", lang).upper(), style=VERDICT_STYLE[after.verdict])
    verdict.append(f"  ({translate(f'compare.trend.{comparison.trend}', lang)})", style=TREND_STYLE[comparison.trend])
    console.print(verdict)
    score = Text()
    score.append(f"{translate('report.score', lang)}: ", style="bold")
    score.append(f"{format_score(before.score, lang)} → {format_score(after.score, lang)}  ({signed(comparison.score_change, lang)})")
    console.print(score)

    console.print()
    console.print(Text(translate("report.themes", lang), style="bold underline"))
    console.print(_themes(comparison, lang))

    for field, key, mark, style, naming in BUCKETS:
        items: tuple[Change, ...] = getattr(comparison, field)
        if not items and field == "now_unknown":
            continue
        console.print()
        console.print(Text(f"{translate(key, lang)} ({len(items)})", style="bold underline"))
        if not items:
            console.print(Text("  " + translate("report.none", lang), style="dim"))
        for item in items:
            grid = Table.grid(padding=(0, 1))
            grid.add_column(width=4, no_wrap=True)
            grid.add_column()
            body = Text(f"{item.rule_id} ", style="dim")
            body.append(getattr(item, naming).text(lang))
            grid.add_row(Text(f"  {mark}", style=style), body)
            console.print(grid)
