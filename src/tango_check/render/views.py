"""The two partners' views side by side: for the terminal, and as JSON data.

Rich is imported only by the terminal functions, so the JSON report does not load it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tango_check.i18n import answer_label
from tango_check.i18n import translate
from tango_check.render.respondents import divergence_answers, side_label, spread_text
from tango_check.outline import SIDES
from tango_check.scoring import Assessment

if TYPE_CHECKING:
    from tango_check.views import Divergence

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

STATUS_STYLE = {"split": "bold magenta", "agree": "green", "bridged": "cyan", "unbridged": "bold red", "unknown": "yellow"}
STATUSES = tuple(STATUS_STYLE)


def answer_text(value: Any, lang: str) -> str:
    """A partner's answer in words: a list joined, nothing given said so."""
    if value is None:
        return translate("views.not_given", lang)
    if isinstance(value, list):
        return ", ".join(answer_label(item, lang) for item in value) or translate("report.none", lang)
    return answer_label(str(value), lang)


def side_answer(divergence: Divergence, side: str, lang: str) -> str:
    """A side's answer; with many respondents also how they answered (`yes (yes 3, partly 1)`), or that it is split."""
    value = getattr(divergence, side)
    tally = divergence.answers.get(side)  # type: ignore[call-overload]
    if tally is None:
        return answer_text(value, lang)
    if tally.split:
        head = translate("respondents.split", lang)
    elif value is None and tally.answered:
        head = translate("respondents.no_answer", lang)
    else:
        head = answer_text(value, lang)
    spread = spread_text(tally, lang)
    return f"{head} ({spread})" if spread else head


def split_rows(assessment: Assessment, lang: str) -> list[tuple[str, str, str, str]]:
    """(question, the side(s) split, cooperative, care organisation) per question a side is split on."""
    rows = []
    for divergence in assessment.splits:
        rows.append(
            (
                divergence.question(lang),
                ", ".join(side_label(side, lang) for side in SIDES if divergence.split_on(side)),
                side_answer(divergence, "cooperative", lang),
                side_answer(divergence, "care_organisation", lang),
            )
        )
    return rows


def status_text(divergence: Divergence, lang: str) -> str:
    """`bridged by the agreed meeting rhythm`, `not bridged`, ..."""
    text = translate(f"views.status.{divergence.status}", lang)
    bridge = divergence.bridged_by(lang)
    return f"{text} {translate('views.bridged_by', lang, bridge=bridge)}" if bridge else text


def summary_text(assessment: Assessment, lang: str) -> str:
    counts = {status: 0 for status in STATUSES}
    for divergence in assessment.divergences:
        counts[divergence.status] += 1
    text = translate("views.summary", lang, **counts)
    return f"{text}, {translate('views.summary_split', lang, split=counts['split'])}" if counts["split"] else text


def divergence_dict(divergence: Divergence, lang: str) -> dict[str, Any]:
    check = divergence.check
    return {
        "check_id": check.id,
        "question": divergence.question(lang),
        "field": divergence.path,
        "cooperative": divergence.cooperative,
        "care_organisation": divergence.care_organisation,
        "status": divergence.status,
        "status_text": status_text(divergence, lang),
        "bridged_by": divergence.bridged_by(lang),
        "theme": check.theme,
        **(divergence_answers(divergence) if divergence.answers else {}),
    }


def split_headers(lang: str) -> tuple[str, str, str, str]:
    question, cooperative, care_organisation, _ = view_headers(lang)
    return (question, translate("respondents.split_within", lang), cooperative, care_organisation)


def view_headers(lang: str) -> tuple[str, str, str, str]:
    """The column headings of the side-by-side table, for any renderer."""
    return (
        translate("views.question", lang),
        translate("report.cooperative", lang),
        translate("report.care_organisation", lang),
        translate("views.status", lang),
    )


def view_rows(assessment: Assessment, lang: str) -> list[tuple[str, str, str, str, str]]:
    """(question, cooperative, care organisation, status text, status) per question, for any renderer."""
    return [
        (
            divergence.question(lang),
            side_answer(divergence, "cooperative", lang),
            side_answer(divergence, "care_organisation", lang),
            status_text(divergence, lang),
            divergence.status,
        )
        for divergence in assessment.divergences
    ]


def views_table(assessment: Assessment, lang: str) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, show_header=True, header_style="bold", padding=(0, 1), pad_edge=False)
    for header, ratio in zip(view_headers(lang), (3, 2, 2, 2), strict=True):
        table.add_column(header, ratio=ratio)
    for question, mine, theirs, status_words, status in view_rows(assessment, lang):
        table.add_row(question, mine, theirs, Text(status_words, style=STATUS_STYLE[status]))
    return table


def render_views(console: Console, assessment: Assessment, lang: str) -> None:
    """The "Two views" section of the terminal report; nothing when the file has one view."""
    if not assessment.divergences:
        return
    from rich.text import Text

    console.print()
    console.print(Text(translate("views.heading", lang), style="bold underline"))
    console.print(Text(translate("views.intro", lang), style="dim"))
    console.print(views_table(assessment, lang))
    console.print(Text(summary_text(assessment, lang), style="dim"))
