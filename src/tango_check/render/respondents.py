"""Many respondents per side, for every renderer: who answered (in counts), each side's answer and spread.

Nothing here can say who answered what: the panel keeps no answer per
respondent, counts are shown only from the threshold in `respondents.yaml`
(below it: the common answer or "answers differ"), and names only when the
panel was built with them (`--show-names`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tango_check.i18n import answer_label, translate
from tango_check.outline import SIDES
from tango_check.scoring import Assessment, format_score

if TYPE_CHECKING:
    from tango_check.respondents import Panel, Tally
    from tango_check.views import Divergence

if TYPE_CHECKING:
    from rich.console import Console


def side_label(side: str, lang: str) -> str:
    return translate(f"report.{side}", lang)


def spread_text(tally: Tally, lang: str) -> str | None:
    """How the side answered: counts from the threshold on, below it "answers differ" (None when all agree)."""
    counts = tally.distribution()
    if counts is not None and tally.unanimous:
        return translate("respondents.all", lang, count=tally.answered)
    if counts is not None:
        return ", ".join(f"{answer_label(answer, lang)} {count}" for answer, count in counts.items())
    return None if tally.unanimous else translate("respondents.answers_differ", lang)


def roles_text(panel: Panel, side: str, lang: str) -> str:
    """`4 (board member 1, coordinator 1, volunteer 2)`."""
    responses = panel.sides[side]  # type: ignore[index]
    roles = ", ".join(f"{role_label(role, lang)} {count}" for role, count in responses.roles)
    return f"{responses.count} ({roles})"


def role_label(role: str, lang: str) -> str:
    return translate("respondents.role.unstated", lang) if role == "unstated" else answer_label(role, lang)


def respondent_lines(assessment: Assessment, lang: str) -> list[tuple[str, str]]:
    """(label, text) per side, then the names when the panel holds them, for any renderer."""
    panel = assessment.panel
    if panel is None:
        return []
    lines = [(side_label(side, lang), roles_text(panel, side, lang)) for side in SIDES]
    if panel.show_names:
        for side in SIDES:
            names = panel.sides[side].names
            if names:
                lines.append((f"{translate('respondents.names', lang)} ({side_label(side, lang).lower()})", ", ".join(names)))
    return lines


def side_theme_rows(panel: Panel, lang: str) -> list[tuple[str, ...]]:
    """(theme, each side's score) per theme: how each side, taken alone, scores the themes."""
    columns = list(panel.side_themes.values())
    return [
        (translate(f"theme.{scores.theme}", lang), *(format_score(side[index].score, lang) for side in columns))
        for index, scores in enumerate(columns[0] if columns else ())
    ]


def intro(panel: Panel, lang: str) -> str:
    return translate("respondents.intro", lang, needed=panel.shown_from)


# --- JSON ----------------------------------------------------------------------------


def tally_dict(tally: Tally) -> dict[str, Any]:
    """One side's answers to one question: counts only from the threshold on."""
    return {
        "answer": tally.answer,
        "answered": tally.answered,
        "counts": tally.distribution(),
        "differ": not tally.unanimous,
    }


def divergence_answers(divergence: Divergence) -> dict[str, Any]:
    """`answers` and `split` per side, for a divergence of a panel."""
    return {
        "answers": {side: tally_dict(tally) for side, tally in divergence.answers.items()},
        "split": {side: divergence.split_on(side) for side in SIDES},
    }


# --- terminal ------------------------------------------------------------------------


def render_respondents(console: Console, assessment: Assessment, lang: str) -> None:
    """The "Respondents" section of the terminal report; nothing without a panel."""
    if assessment.panel is None:
        return
    from rich.text import Text

    console.print()
    console.print(Text(translate("respondents.heading", lang), style="bold underline"))
    for label, text in respondent_lines(assessment, lang):
        line = Text(f"  {label}: ", style="dim")
        line.append(text)
        console.print(line)
    console.print(Text(intro(assessment.panel, lang), style="dim"))
