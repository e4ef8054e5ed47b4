"""The assessment as one self-contained HTML file, printable on A4.

No scripts, no external resources: the styles are inline and the chart of
the theme scores is inline SVG; a Content-Security-Policy forbids anything
else as a second line of defence. Every text, ours or the user's, goes
through `safe_text.html_literal`, so a partner named `<script>` shows as text.
"""

from __future__ import annotations

import math
import textwrap

from tango_check import __version__
from tango_check.batch import Summary
from tango_check.i18n import translate
from tango_check.render.common import (
    ambition,
    band_legend,
    finding_message,
    finding_tag,
    open_question,
    party_names,
    partnership_title,
    scope_lines,
    report_date,
    source_names,
    verdict_words,
    why_heading,
)
from tango_check.render.summary import summary_cells, totals
from tango_check.respondents import Panel
from tango_check.safe_text import html_literal as _e  # every text in this page goes through it
from tango_check.scoring import CONCERN_BELOW, STRENGTH_FROM, Assessment, Finding, band, format_score

BAND_COLOUR = {"strength": "#2e7d32", "borderline": "#e0a100", "concern": "#c62828", "unknown": "#9e9e9e"}

_CSS = """
@page { size: A4; margin: 16mm 15mm; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt; line-height: 1.4;
       color: #1a1a1a; max-width: 180mm; margin: 0 auto; padding: 8mm 4mm; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h1, dd, li { overflow-wrap: anywhere; }
h2 { font-size: 13pt; margin: 7mm 0 2mm; border-bottom: 1px solid #ccc; padding-bottom: 1mm; }
dl.parties { display: grid; grid-template-columns: max-content 1fr; gap: 0 4mm; margin: 0 0 4mm; }
dl.parties dt { color: #555; } dl.parties dd { margin: 0; }
.verdict { border-left: 6px solid; padding: 2mm 4mm; margin: 4mm 0; background: #f7f7f7; }
.verdict-ready { border-color: #2e7d32; } .verdict-ready_with_conditions { border-color: #e0a100; }
.verdict-not_ready { border-color: #c62828; }
.verdict .label { font-size: 15pt; font-weight: bold; }
.verdict ul { margin: 0 0 1mm; padding-left: 5mm; }
.verdict p { margin: 1mm 0 0; } .date { color: #555; margin: 0 0 2mm; }
svg.chart { width: 100%; max-width: 170mm; height: auto; display: block; }
.legend { font-size: 9pt; color: #444; margin: 1mm 0 0; }
.swatch { display: inline-block; width: 3mm; height: 3mm; margin: 0 1mm 0 3mm; vertical-align: middle; }
ol.findings, ul.findings { padding-left: 6mm; }
.finding { margin: 0 0 3mm; break-inside: avoid; }
.finding p { margin: 0.5mm 0; }
.rule-id { font-family: "DejaVu Sans Mono", monospace; color: #555; margin-right: 1.5mm; }
.tag { font-size: 9pt; color: #555; white-space: nowrap; }
.source { font-size: 9pt; color: #555; }
table.summary, table.views { border-collapse: collapse; width: 100%; font-size: 9pt; }
table.summary th, table.summary td, table.views th, table.views td { border-bottom: 1px solid #ddd; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
table.summary td { overflow-wrap: break-word; }
table.summary td.col-file { word-break: break-all; }
table.summary td.col-score, table.summary th.col-score { text-align: right; }
table.views { table-layout: fixed; }
table.views th:first-child { width: 38%; } table.views th { width: 20.6%; }
table.views td { overflow-wrap: break-word; hyphens: auto; }
figure.radar { display: flex; flex-wrap: wrap; gap: 2mm 6mm; align-items: center; margin: 4mm 0 0; break-inside: avoid; }
svg.radar { flex: 0 1 85mm; width: 85mm; max-width: 100%; height: auto; display: block; }
figure.radar figcaption { flex: 1 1 60mm; font-size: 9pt; color: #444; }
figure.radar table { border-collapse: collapse; margin-top: 1mm; }
figure.radar td, figure.radar th { padding: 0.5mm 2mm 0.5mm 0; text-align: left; } figure.radar td.num { text-align: right; }
tr.view-split td:last-child { color: #6a1b9a; font-weight: bold; }
tr.view-unbridged td:last-child { color: #c62828; font-weight: bold; } tr.view-bridged td:last-child { color: #00838f; }
tr.view-agree td:last-child { color: #2e7d32; } tr.view-unknown td:last-child { color: #9a6700; }
tr.not_ready td.col-verdict { color: #c62828; } tr.ready td.col-verdict { color: #2e7d32; }
tr.error td { color: #c62828; }
footer { margin-top: 8mm; font-size: 8.5pt; color: #555; }
@media print {
  body { padding: 0; max-width: none; }
  section.partnership + section.partnership, section.overview + section.partnership { break-before: page; }
  h2 { break-after: avoid; }
}
"""

_SUMMARY_COLUMNS = ("file", "name", "ambition", "verdict", "score", "obstacle")
_CHART = {"label": 250, "bar": 320, "value": 110, "row": 26, "top": 22}


def _t(key: str, lang: str, **params: object) -> str:
    return _e(translate(key, lang, **params))


def _page_margins(lang: str) -> str:
    """The date and the page number in the margins of each printed page (our text only: no user text in CSS)."""
    stamp = translate("report.assessed_on", lang, date=report_date(lang)).replace("\\", "").replace('"', "")
    return (
        f'@page {{ @bottom-left {{ content: "tango-check · {stamp}"; font-size: 8pt; color: #555; }}\n'
        '  @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }\n'
    )


def document_start(lang: str, title: str) -> str:
    """Everything up to the first section; `title` is plain text."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="tango-check {_e(__version__)}">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}{_page_margins(lang)}</style>\n</head>\n<body>\n"
    )


def document_end(lang: str) -> str:
    return f"<footer>\n<p>{_t('report.disclaimer', lang)}</p>\n</footer>\n</body>\n</html>\n"


def theme_chart(assessment: Assessment, lang: str) -> str:
    """Horizontal bars per theme and overall, coloured by band, with the band limits marked."""
    label, bar, value, row, top = (_CHART[key] for key in ("label", "bar", "value", "row", "top"))
    bars = [(translate(f"theme.{t.theme}", lang), t.score, t.band, False) for t in assessment.themes]
    bars.append((translate("report.overall", lang), assessment.score, band(assessment.score), True))
    width, height = label + bar + value, top + row * len(bars) + 4
    title = translate("report.chart_title", lang)
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" aria-label="{_e(title)}" font-family="DejaVu Sans, Arial, sans-serif" '
        'font-size="12">',
        f"<title>{_e(title)}</title>",
    ]
    for limit in (CONCERN_BELOW, STRENGTH_FROM, 100):
        x = label + bar * limit / 100
        parts.append(
            f'<line x1="{x:g}" y1="{top - 6}" x2="{x:g}" y2="{height - 2}" stroke="#888" stroke-dasharray="3 3"/>'
            f'<text x="{x:g}" y="{top - 9}" text-anchor="middle" font-size="10" fill="#555">{limit}</text>'
        )
    for index, (name, score, band_name, overall) in enumerate(bars):
        y = top + index * row
        weight = ' font-weight="bold"' if overall else ""
        filled = 0 if score is None else bar * score / 100
        parts.append(
            f'<g class="bar band-{band_name}">'
            f'<text x="{label - 8}" y="{y + row / 2 + 4:g}" text-anchor="end"{weight}>{_e(name)}</text>'
            f'<rect x="{label}" y="{y + 4}" width="{bar}" height="{row - 8}" fill="#eeeeee"/>'
            f'<rect x="{label}" y="{y + 4}" width="{filled:.1f}" height="{row - 8}" fill="{BAND_COLOUR[band_name]}"/>'
            f'<text x="{label + bar + 8}" y="{y + row / 2 + 4:g}"{weight}>{_e(format_score(score, lang))} '
            f'<tspan fill="#555" font-size="10">{_t(f"band.{band_name}", lang)}</tspan></text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _legend(lang: str) -> str:
    items = "".join(
        f'<span class="swatch" style="background:{BAND_COLOUR[name]}"></span>{_e(text)}'
        for name, text in band_legend(lang)
    )
    return f'<p class="legend">{_t("report.band", lang)}:{items}</p>'


def _finding(finding: Finding, lang: str, detail: bool, message: str | None = None) -> str:
    rule = finding.rule
    head = f'<p><span class="rule-id">{_e(rule.id)}</span>{_e(message or finding_message(finding, lang))}'
    if not detail:
        return f'<li class="finding">{head}</p></li>'
    return (
        f'<li class="finding">{head} <span class="tag">({_e(finding_tag(finding, lang))})</span></p>'
        f"<p><strong>{_t('report.recommendation', lang)}:</strong> {_e(rule.recommendation.text(lang))}</p>"
        f'<p class="source">{_t("report.source", lang)}: {_e(rule.source.citation())}; {_e(rule.source.document)}</p></li>'
    )


def _list(
    heading: str, findings: list[Finding], lang: str, *, detail: bool = False, ordered: bool = False, messages: list[str] | None = None
) -> str:
    tag = "ol" if ordered else "ul"
    texts = messages or [None] * len(findings)
    items = "".join(_finding(f, lang, detail, text) for f, text in zip(findings, texts)) or f"<li>{_t('report.none', lang)}</li>"
    return f'<h2>{_e(heading)} ({len(findings)})</h2>\n<{tag} class="findings">{items}</{tag}>\n'


def _table(headers: tuple[str, ...], rows: list[tuple[str, ...]], row_class: list[str]) -> str:
    head = "".join(f"<th>{_e(heading)}</th>" for heading in headers)
    body = "".join(
        f'<tr class="{_e(name)}">' + "".join(f"<td>{_e(cell)}</td>" for cell in cells) + "</tr>"
        for name, cells in zip(row_class, rows, strict=True)
    )
    return f'<table class="views"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n'


def _views(assessment: Assessment, lang: str) -> str:
    """The partners' answers side by side, with whether an agreement bridges each difference."""
    from tango_check.render.views import summary_text, view_headers, view_rows

    rows = view_rows(assessment, lang)
    table = _table(view_headers(lang), [tuple(cells) for *cells, _ in rows], [f"view-{row[-1]}" for row in rows])
    return (
        f"<h2>{_t('views.heading', lang)}</h2>\n<p>{_t('views.intro', lang)}</p>\n{table}"
        f"<p>{_e(summary_text(assessment, lang))}</p>\n"
    )


def _scope(assessment: Assessment, lang: str) -> str:
    lines = scope_lines(assessment, lang)
    if not lines:
        return ""
    items = "".join(f"<li>{_e(line)}</li>" for line in lines)
    return f'<p class="scope"><strong>{_t("scope.heading", lang)}</strong></p><ul class="scope">{items}</ul>'


def assessment_section(assessment: Assessment, lang: str) -> str:
    """One partnership: header, verdict, chart, findings with recommendations and sources."""
    parties = "".join(
        f"<dt>{_t(f'report.{role}', lang)}</dt><dd>{_e(name)}</dd>" for role, name in party_names(assessment, lang).items()
    )
    parties += f"<dt>{_t('report.ambition', lang)}</dt><dd>{_t(f'ambition.{ambition(assessment)}', lang)}</dd>"
    reasons = "".join(f"<li>{_e(reason.text(lang))}</li>" for reason in assessment.reasons)
    answered = translate("report.answered", lang, known=assessment.answered, total=assessment.applicable)
    html = [
        f'<section class="partnership">\n<h1>{_e(partnership_title(assessment, lang))}</h1>\n',
        f'<dl class="parties">{parties}</dl>\n',
        f'<p class="date">{_t("report.assessed_on", lang, date=report_date(lang))}</p>\n',
        _respondents(assessment, lang),
        f'<div class="verdict verdict-{_e(assessment.verdict)}">'
        f'<span class="label">{_t("report.verdict", lang)}: {_e(verdict_words(assessment, lang))}</span>'
        f'<p class="why"><strong>{_e(why_heading(assessment, lang))}</strong></p><ul>{reasons}</ul>'
        f"<p>{_t('report.score', lang)}: {_e(format_score(assessment.score, lang))}/100 ({_e(answered)})</p>"
        f"{_scope(assessment, lang)}</div>\n",
        f"<h2>{_t('report.themes', lang)}</h2>\n{theme_chart(assessment, lang)}\n{_legend(lang)}\n{_radar(assessment, lang)}",
    ]
    if assessment.splits:
        html.append(_splits(assessment, lang))
    html.append(
        _list(translate("report.obstacles_to_discuss", lang), assessment.obstacles, lang, detail=True, ordered=True)
    )
    if assessment.divergences:
        html.append(_views(assessment, lang))
    if assessment.open_questions:
        questions = assessment.open_questions
        texts = [open_question(assessment, finding, lang) for finding in questions]
        html.append(_list(translate("report.open_questions", lang), questions, lang, ordered=True, messages=texts))
    html.append(_list(translate("report.goes_well", lang), assessment.strengths, lang))
    if assessment.benefits:
        html.append(_list(translate("report.benefits", lang), assessment.benefits, lang))
    if assessment.panel is None:
        source = translate("report.made_from", lang, version=__version__, source=source_names(assessment), date=report_date(lang))
    else:  # response files are named after no one in a shared report
        source = translate("respondents.made_from", lang, version=__version__, count=assessment.panel.respondents)
    html.append(f'<p class="source">{_e(source)}</p>\n</section>\n')
    return "".join(html)


def summary_table(summary: Summary, lang: str) -> str:
    """The table of a run over many files (the same cells as the terminal summary), and its totals."""
    headings, entries = summary_cells(summary, lang)
    head = "".join(f"<th>{_e(heading)}</th>" for heading in headings)
    body = "".join(
        f'<tr class="{_e(status)}">'
        + "".join(f'<td class="col-{column}">{_e(cell)}</td>' for column, cell in zip(_SUMMARY_COLUMNS, cells))
        + "</tr>"
        for status, cells in entries
    )
    return (
        f'<h2>{_t("summary.title", lang)}</h2>\n'
        f'<table class="summary"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n'
        f"<p>{_e(totals(summary, lang))}</p>\n"
    )


def render_html(assessment: Assessment, lang: str) -> str:
    """A whole HTML document for one partnership."""
    title = f"{translate('report.title', lang)}: {partnership_title(assessment, lang)}"
    return document_start(lang, title) + assessment_section(assessment, lang) + document_end(lang)


# --- many respondents per side ---------------------------------------------------------

SIDE_COLOUR = {"cooperative": "#1565c0", "care_organisation": "#ef6c00"}
_RADAR = {"width": 460, "height": 330, "radius": 110, "label": 14, "wrap": 15}


def _respondents(assessment: Assessment, lang: str) -> str:
    """Who answered, in counts per side and role (names only when the panel holds them)."""
    from tango_check.render.respondents import respondent_lines

    lines = respondent_lines(assessment, lang)
    if not lines:
        return ""
    items = "".join(f"<dt>{_e(label)}</dt><dd>{_e(text)}</dd>" for label, text in lines)
    return f'<p><strong>{_t("respondents.heading", lang)}</strong></p>\n<dl class="parties">{items}</dl>\n'


def _splits(assessment: Assessment, lang: str) -> str:
    """The questions a side is split on: the first thing to discuss."""
    from tango_check.render.respondents import intro
    from tango_check.render.views import split_headers, split_rows

    rows = split_rows(assessment, lang)
    table = _table(split_headers(lang), rows, ["view-split"] * len(rows))
    text = f"<p>{_e(intro(assessment.panel, lang))}</p>\n" if assessment.panel else ""
    return f"<h2>{_t('respondents.splits_heading', lang)}</h2>\n{table}{text}"


def _radar(assessment: Assessment, lang: str) -> str:
    """With many respondents, each side's theme scores as a radar, under the bar chart of the joint ones."""
    if assessment.panel is None or not assessment.panel.side_themes:
        return ""
    return radar_chart(assessment.panel, lang) + "\n"


def radar_chart(panel: Panel, lang: str) -> str:
    """A spider chart of the theme scores, one outline per side, with the figures beside it.

    A score not known yet sits at the centre; the table says "-".
    """
    from tango_check.render.respondents import side_label, side_theme_rows

    width, height, radius, gap, wrap = (_RADAR[key] for key in ("width", "height", "radius", "label", "wrap"))
    cx, cy = width / 2, height / 2
    themes = [score.theme for score in next(iter(panel.side_themes.values()))]
    count = len(themes)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = -math.pi / 2 + 2 * math.pi * index / count
        return cx + value * math.cos(angle), cy + value * math.sin(angle)

    def outline(values: list[float]) -> str:
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, radius * v / 100) for i, v in enumerate(values)))

    title = translate("respondents.radar_title", lang)
    parts = [
        f'<svg class="radar" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-label="{_e(title)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="11">',
        f"<title>{_e(title)}</title>",
    ]
    for ring in (20, 40, CONCERN_BELOW, STRENGTH_FROM, 100):
        dashed = ' stroke-dasharray="3 3"' if ring in (CONCERN_BELOW, STRENGTH_FROM) else ""
        parts.append(f'<polygon points="{outline([ring] * count)}" fill="none" stroke="#bbb"{dashed}/>')
    for index, theme in enumerate(themes):
        x, y = point(index, radius)
        lx, ly = point(index, radius + gap)
        anchor = "middle" if abs(lx - cx) < 1 else "start" if lx > cx else "end"
        lines = textwrap.wrap(translate(f"theme.{theme}", lang), wrap)
        top = ly + 4 - (len(lines) - 1) * 12 * (1 if ly < cy - 1 else 0.5 if abs(ly - cy) <= 1 else 0)
        spans = "".join(f'<tspan x="{lx:.1f}" y="{top + 12 * row:.1f}">{_e(line)}</tspan>' for row, line in enumerate(lines))
        parts.append(
            f'<line x1="{cx:g}" y1="{cy:g}" x2="{x:.1f}" y2="{y:.1f}" stroke="#bbb"/>'
            f'<text text-anchor="{anchor}">{spans}</text>'
        )
    for side, scores in panel.side_themes.items():
        colour = SIDE_COLOUR[side]
        parts.append(
            f'<polygon class="side-{side}" points="{outline([s.score or 0 for s in scores])}" fill="{colour}" '
            f'fill-opacity="0.12" stroke="{colour}" stroke-width="2.5"/>'
        )
    parts.append("</svg>")
    head = "".join(
        f'<th><span class="swatch" style="background:{SIDE_COLOUR[side]}"></span>{_e(side_label(side, lang))}</th>'
        for side in panel.side_themes
    )
    rows = "".join(
        f"<tr><td>{_e(theme)}</td>" + "".join(f'<td class="num">{_e(score)}</td>' for score in scores) + "</tr>"
        for theme, *scores in side_theme_rows(panel, lang)
    )
    table = f"<table><thead><tr><th></th>{head}</tr></thead><tbody>{rows}</tbody></table>"
    return f'<figure class="radar">{"".join(parts)}<figcaption>{_e(title)}{table}</figcaption></figure>'
