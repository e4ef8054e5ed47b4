"""The assessment as one self-contained HTML file, printable on A4.

No scripts, no external resources: the styles are inline and the chart of
the theme scores is inline SVG; a Content-Security-Policy forbids anything
else as a second line of defence. Every text, ours or the user's, goes
through `html.escape`, so a partner named `<script>` shows as text.
"""

from __future__ import annotations

from html import escape

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
table.summary td.col-score { text-align: right; }
table.views { table-layout: fixed; }
table.views th:first-child { width: 38%; } table.views th { width: 20.6%; }
table.views td { overflow-wrap: break-word; hyphens: auto; }
tr.view-unbridged td:last-child { color: #c62828; font-weight: bold; } tr.view-bridged td:last-child { color: #00838f; }
tr.view-agree td:last-child { color: #2e7d32; } tr.view-unknown td:last-child { color: #9a6700; }
tr.not_ready td.col-verdict { color: #c62828; } tr.ready td.col-verdict { color: #2e7d32; }
tr.error td { color: #c62828; }
footer { margin-top: 8mm; font-size: 8.5pt; color: #555; }
@media print {
  body { padding: 0; max-width: none; }
  section.partnership + section.partnership, section.summary { break-before: page; }
  h2 { break-after: avoid; }
}
"""

_SUMMARY_COLUMNS = ("file", "name", "ambition", "verdict", "score", "obstacle")
_CHART = {"label": 250, "bar": 320, "value": 110, "row": 26, "top": 22}


def _e(text: object) -> str:
    return escape(str(text), quote=True)


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


def _views(assessment: Assessment, lang: str) -> str:
    """The partners' answers side by side, with whether an agreement bridges each difference."""
    from tango_check.render.views import summary_text, view_headers, view_rows

    head = "".join(f"<th>{_e(heading)}</th>" for heading in view_headers(lang))
    body = "".join(
        f'<tr class="view-{_e(status)}">' + "".join(f"<td>{_e(cell)}</td>" for cell in cells) + "</tr>"
        for *cells, status in view_rows(assessment, lang)
    )
    return (
        f"<h2>{_t('views.heading', lang)}</h2>\n<p>{_t('views.intro', lang)}</p>\n"
        f'<table class="views"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n'
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
        f'<div class="verdict verdict-{_e(assessment.verdict)}">'
        f'<span class="label">{_t("report.verdict", lang)}: {_e(verdict_words(assessment, lang))}</span>'
        f'<p class="why"><strong>{_e(why_heading(assessment, lang))}</strong></p><ul>{reasons}</ul>'
        f"<p>{_t('report.score', lang)}: {_e(format_score(assessment.score, lang))}/100 ({_e(answered)})</p>"
        f"{_scope(assessment, lang)}</div>\n",
        f"<h2>{_t('report.themes', lang)}</h2>\n{theme_chart(assessment, lang)}\n{_legend(lang)}\n",
        _list(translate("report.obstacles_to_discuss", lang), assessment.obstacles, lang, detail=True, ordered=True),
    ]
    if assessment.divergences:
        html.append(_views(assessment, lang))
    if assessment.open_questions:
        questions = assessment.open_questions
        texts = [open_question(assessment, finding, lang) for finding in questions]
        html.append(_list(translate("report.open_questions", lang), questions, lang, ordered=True, messages=texts))
    html.append(_list(translate("report.goes_well", lang), assessment.strengths, lang))
    if assessment.benefits:
        html.append(_list(translate("report.benefits", lang), assessment.benefits, lang))
    source = translate("report.made_from", lang, version=__version__, source=source_names(assessment), date=report_date(lang))
    html.append(f'<p class="source">{_e(source)}</p>\n</section>\n')
    return "".join(html)


def summary_section(summary: Summary, lang: str) -> str:
    """The table of a run over many files (the same cells as the terminal summary)."""
    headings, entries = summary_cells(summary, lang)
    head = "".join(f"<th>{_e(heading)}</th>" for heading in headings)
    body = "".join(
        f'<tr class="{_e(status)}">'
        + "".join(f'<td class="col-{column}">{_e(cell)}</td>' for column, cell in zip(_SUMMARY_COLUMNS, cells))
        + "</tr>"
        for status, cells in entries
    )
    return (
        f'<section class="summary">\n<h1>{_t("summary.title", lang)}</h1>\n'
        f'<table class="summary"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>\n'
        f"<p>{_e(totals(summary, lang))}</p>\n</section>\n"
    )


def render_html(assessment: Assessment, lang: str) -> str:
    """A whole HTML document for one partnership."""
    title = f"{translate('report.title', lang)}: {partnership_title(assessment, lang)}"
    return document_start(lang, title) + assessment_section(assessment, lang) + document_end(lang)
