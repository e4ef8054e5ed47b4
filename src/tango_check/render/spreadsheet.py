"""The assessments as a spreadsheet: CSV that Excel opens as it is, also with Dutch settings.

A header row, then one row per partnership (a file that could not be read
gets a row with its problem). UTF-8 with a byte-order mark, so Excel reads
the accents; with `--lang nl` a `;` between fields and a decimal comma, as
Excel expects under Dutch regional settings; with `--lang en`, `,` and points.
Scores have the precision of the JSON report. A cell that starts like a
formula (`=`, `+`, `-`, `@`) gets a leading apostrophe, so a name in a
partnership file can never run as a formula.
"""

from __future__ import annotations

import csv
from typing import TextIO

from tango_check.batch import Failure, Row, Summary
from tango_check.i18n import translate
from tango_check.render.summary import first_problem
from tango_check.rules import THEMES
from tango_check.safe_text import escape_controls
from tango_check.scoring import Assessment, format_score

BOM = "\ufeff"
SEPARATOR = {"nl": ";", "en": ","}
TOP_OBSTACLES = 3
_FORMULA_START = ("=", "+", "-", "@")  # a tab or CR in front is escaped first (`\t`)


def number_text(value: float | None, lang: str) -> str:
    """A score as every report shows it (`format_score`), but an empty cell when unknown."""
    return "" if value is None else format_score(value, lang)


def cell(text: str) -> str:
    """A text cell that a spreadsheet shows as text, never runs as a formula."""
    text = escape_controls(text)  # shown as `\x1b`, as in every other report
    return "'" + text if text.startswith(_FORMULA_START) else text


def headers(lang: str) -> list[str]:
    return [
        translate("summary.file", lang),
        translate("summary.partnership", lang),
        translate("summary.ambition", lang),
        translate("report.verdict", lang),
        translate("report.score", lang),
        *(translate(f"theme.{theme}", lang) for theme in THEMES),
        translate("csv.unknown", lang),
        translate("csv.obstacles", lang),
        translate("csv.error", lang),
    ]


def row_cells(assessment: Assessment, lang: str) -> list[str]:
    row = Row.of(assessment, lang)
    themes = {theme.theme: theme.score for theme in assessment.themes}
    return [
        cell(row.source),
        cell(row.title),
        translate(f"summary.ambition.{row.ambition}", lang),
        translate(f"verdict.{row.verdict}", lang),
        number_text(row.score, lang),
        *(number_text(themes.get(theme), lang) for theme in THEMES),
        str(assessment.applicable - assessment.answered),  # applicable questions left unanswered
        " ".join(finding.rule.id for finding in assessment.obstacles[:TOP_OBSTACLES]),
        "",
    ]


def failure_cells(failure: Failure, lang: str) -> list[str]:
    empty = [""] * (len(THEMES) + 6)
    return [cell(failure.source), *empty, cell(first_problem(failure, lang))]


class CsvWriter:
    """Rows as the assessments come; one input or many give the same shape."""

    def __init__(self, stream: TextIO, lang: str):
        self.lang = lang
        stream.write(BOM)
        self.csv = csv.writer(stream, delimiter=SEPARATOR.get(lang, ","), lineterminator="\r\n")
        self.csv.writerow(headers(lang))

    def add(self, assessment: Assessment) -> None:
        self.csv.writerow(row_cells(assessment, self.lang))

    def failed(self, failure: Failure) -> None:
        self.csv.writerow(failure_cells(failure, self.lang))

    def finish(self, summary: Summary) -> None:
        """Every row is written as it comes."""
