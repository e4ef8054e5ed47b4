"""The rule catalogue for people and scripts: the listing and `explain`.

A terminal table, JSON and Markdown for `tango-check rules` (the Markdown
is `docs/rules.md`), and one rule explained for `tango-check explain`. The
words come from `tango_check.explain`; this module only lays them out.
"""

from __future__ import annotations

import json
import textwrap
from itertools import groupby
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from tango_check.explain import Clause, applies_text, describe, explanation, outline, pack_text
from tango_check.i18n import plural, translate
from tango_check.render.layout import fit_columns
from tango_check.render.markdown import md_text
from tango_check.rules import CORE_PACK, EXTENSION_PACK, STRENGTHS
from tango_check.scoring import VERDICT_STEPS

if TYPE_CHECKING:
    from tango_check.rule_file import Rule

JSON_SCHEMA_VERSION = 1
_PACK_ORDER = {CORE_PACK: 0, EXTENSION_PACK: 1}


def _by_pack(rules: list[Rule]) -> list[tuple[str, list[Rule]]]:
    """Rules grouped by pack: core first (in catalogue order), then the extension, then custom folders (by id)."""
    ordered = sorted(
        rules,
        key=lambda rule: (_PACK_ORDER.get(rule.pack, 2), rule.pack, "" if rule.pack == CORE_PACK else rule.id),
    )
    return [(pack, list(group)) for pack, group in groupby(ordered, key=lambda rule: rule.pack)]


# --- JSON ---------------------------------------------------------------------


def rules_json(rules: list[Rule], lang: str) -> str:
    document = {"schema_version": JSON_SCHEMA_VERSION, "lang": lang, "rules": [explanation(rule, lang) for rule in rules]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def explanation_json(rule: Rule, lang: str) -> str:
    document = {"schema_version": JSON_SCHEMA_VERSION, "lang": lang, **explanation(rule, lang)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# --- Markdown -----------------------------------------------------------------

_COLUMNS = ("id", "kind", "theme", "severity", "weight", "evidence", "applies", "title")


def _row(rule: Rule, lang: str) -> dict[str, str]:
    return {
        "id": rule.id,
        "kind": translate(f"explain.kind.{rule.kind}", lang),
        "theme": rule.theme,
        "severity": translate(f"severity.{rule.severity}", lang),
        "weight": str(rule.weight),
        "evidence": translate(f"evidence.short.{rule.evidence.strength}", lang),
        "applies": applies_text(rule, lang, style="field"),
        "title": rule.title.text(lang),
    }


def rules_markdown(rules: list[Rule], lang: str) -> str:
    """The catalogue as a Markdown page: an overview table and each rule written out, per pack."""
    lines = [
        f"# {translate('rules.md.title', lang)}",
        "",
        "<!-- " + translate("rules.md.generated", lang) + " -->",
        "",
        translate("rules.md.intro", lang, rules=plural("count.rules", lang, len(rules))),
        *_verdict_markdown(lang),
    ]
    for pack, pack_rules in _by_pack(rules):
        lines += ["", f"## {md_text(_pack_heading(pack, pack_rules[0], lang))}", ""]
        lines.append("| " + " | ".join(translate(f"rules.col.{name}", lang) for name in _COLUMNS) + " |")
        lines.append("|" + " --- |" * len(_COLUMNS))
        for rule in pack_rules:
            row = _row(rule, lang)
            lines.append("| " + " | ".join(md_text(row[name]) for name in _COLUMNS) + " |")
        for rule in pack_rules:
            lines += ["", *_rule_markdown(rule, lang)]
    return "\n".join(lines) + "\n"


def _verdict_markdown(lang: str) -> list[str]:
    """How the verdict is reached and how the evidence weighs, as `explain verdict` says it."""
    data = verdict_explanation(lang)
    lines = ["", f"## {translate('verdict.heading', lang)}", ""]
    lines += [f"- {step['text']} *({step['origin_text']})*" for step in data["verdict"]]
    lines += ["", f"## {translate('verdict.weights_heading', lang)}", ""]
    lines += [f"- {_weighing_text(row, lang)}" for row in data["weights"]]
    return lines


def _weighing_text(row: dict[str, Any], lang: str) -> str:
    """One row of the weights table in words."""
    if row["weight"] is None:
        return f"{row['strength_text']}: {translate('verdict.weight_free', lang)}"
    severity = translate(f"severity.{row['severity']}", lang)
    return translate("verdict.weight_row", lang, strength=row["strength_text"], severity=severity, weight=row["weight"])


def _pack_heading(pack: str, rule: Rule, lang: str) -> str:
    return translate(f"rules.md.pack.{pack}", lang) if pack in _PACK_ORDER else pack_text(rule, lang)


def _rule_markdown(rule: Rule, lang: str) -> list[str]:
    data = explanation(rule, lang)
    # A custom pack's texts are anyone's: escaped like a partnership's in `assess -f markdown`.
    lines = [f"### {md_text(rule.id)} · {md_text(data['title'])}", ""]
    lines += [f"**{translate('explain.checks', lang)}.** {translate('explain.met_when', lang)}", ""]
    lines += outline(describe(rule.met_when, lang), shown=md_text)
    lines += ["", f"**{translate('explain.applies', lang)}.** {md_text(data['applies_when_text'])}"]
    for key, text in (
        ("explain.why", data["why"]),
        ("explain.evidence", evidence_text(data, lang)),
        ("explain.verdict", data["verdict_effect"]),
        ("report.recommendation", data["recommendation"]),
    ):
        lines += ["", f"**{translate(key, lang)}.** {md_text(text)}"]
    lines += ["", f"**{translate('report.source', lang)}.** {md_text(_citation(data))}"]
    return lines


def evidence_text(data: dict[str, Any], lang: str) -> str:
    """The evidence on one line: how strong, the words it rests on, and the tool's reading where there is one."""
    evidence = data["evidence"]
    text = f"{evidence['strength_text']}; {translate('explain.evidence_words', lang, words=evidence['words'])}."
    return f"{text} {translate('explain.reading', lang)} {evidence['reading']}" if evidence["reading"] else text


def _citation(data: dict[str, Any]) -> str:
    return f"{data['source']['citation']} — {data['source']['document']}"


# --- terminal -----------------------------------------------------------------


_WRAPS = {"id": False, "weight": False, "theme": False}  # the others may wrap between words
_TITLE_LEAST = 30  # a title narrower than this is a column of single words: list the rules instead


def print_rules_table(rules: list[Rule], console: Console, lang: str) -> None:
    """A table when every title fits it readably; on a narrow terminal one rule per block."""
    several_packs = len({rule.pack for rule in rules}) > 1
    names = [*_COLUMNS, *(["pack"] if several_packs else [])]
    headings = [translate(f"rules.col.{name}", lang) for name in names]
    rows = [
        [{**_row(rule, lang), "pack": pack}[name] for name in names]
        for pack, pack_rules in _by_pack(rules)
        for rule in pack_rules
    ]
    wraps = [_WRAPS.get(name, True) for name in names]
    widths = fit_columns([headings, *rows], console.width - 2 * (len(names) - 1), wraps)
    title = names.index("title")
    if widths is None or widths[title] < min(_TITLE_LEAST, max(len(row[title]) for row in rows)):
        for row in rows:
            line = Text(f"{row[0]}  ", style="bold")
            line.append(row[title])
            facts = dict(zip(names, row))
            facts["weight"] = translate("explain.weight", lang, weight=facts["weight"])
            facts["applies"] = f"{headings[names.index('applies')]}: {facts['applies']}"
            line.append("\n" + " · ".join(facts[name] for name in names[1:] if name != "title"), style="dim")
            console.print(line)
    else:
        table = Table(box=None, show_header=True, header_style="bold", padding=(0, 1), pad_edge=False)
        for heading, width in zip(headings, widths):
            table.add_column(heading, width=width)
        for pack, pack_rules in _by_pack(rules):
            for cells in rows[: len(pack_rules)]:
                table.add_row(*(Text(cell) for cell in cells))
            rows = rows[len(pack_rules) :]
            table.add_section()
        console.print(table)
    console.print(Text(translate("rules.list_footer", lang, rules=plural("count.rules", lang, len(rules))), style="dim"))


def _say(console: Console, text: str, indent: int = 2, *, bullet: bool = False, style: str = "") -> None:
    """Text wrapped to the console, indented; a bullet's wrapped lines stay under its text."""
    first, rest = ("- ", "  ") if bullet else ("", "")
    width = max(20, console.width - indent - len(first))
    for number, line in enumerate(textwrap.wrap(text, width) or [""]):
        console.print(Text(" " * indent + (rest if number else first) + line, style=style))


def _say_condition(console: Console, label_key: str, condition: Any, note_key: str, lang: str) -> None:
    """A label, the condition written out as a list under it (when there is one), and a note in dim."""
    if condition is not None:
        _say(console, translate(label_key, lang))
        _say_clause(console, describe(condition, lang), depth=2)
    _say(console, translate(note_key, lang), style="dim")


def _say_clause(console: Console, clause: Clause, depth: int = 1) -> None:
    _say(console, clause.text, 2 * depth, bullet=True)
    for part in clause.parts:
        _say_clause(console, part, depth + 1)


def _section(console: Console, heading: str, body: str | None = None) -> None:
    console.print()
    console.print(Text(heading, style="bold"))
    if body is not None:
        _say(console, body)


def print_explanation(rule: Rule, console: Console, lang: str) -> None:
    """One rule in plain words: what, when, why, what to do, and where it comes from."""
    data = explanation(rule, lang)
    heading = Text(f"{rule.id} ", style="bold")
    heading.append(data["title"], style="bold")
    console.print(heading)
    facts = [
        data["kind_text"],
        f"{translate('report.theme', lang).lower()}: {rule.theme} ({data['theme_text']})",
        data["severity_text"],
        translate("explain.weight", lang, weight=rule.weight),
        data["pack_text"],
    ]
    _say(console, " · ".join(facts), indent=0, style="dim")

    _section(console, translate("explain.checks", lang))
    if data["compares_text"] is None:
        _say_condition(console, "explain.met_when", rule.met_when, "explain.unknown_note", lang)
    else:  # a two-views check: what it compares, and what bridges a difference
        _say(console, data["compares_text"])
        if rule.met_when is None:
            _say(console, data["checks_text"])
        _say_condition(console, "explain.views.bridged_when", rule.met_when, "explain.views.unknown_note", lang)

    _section(console, translate("explain.applies", lang))
    if rule.applies_when is None:
        _say(console, data["applies_when_text"])
    else:
        _say_condition(console, "explain.only_when", rule.applies_when, "explain.otherwise_na", lang)

    _section(console, translate("explain.why", lang), data["why"])
    _section(console, translate("explain.evidence", lang), evidence_text(data, lang))
    _section(console, translate("explain.verdict", lang), data["verdict_effect"])
    _section(console, translate("explain.question", lang), data["question"])
    _section(console, translate("explain.problem", lang), data["problem"])
    _section(console, translate("report.recommendation", lang), data["recommendation"])
    _section(console, translate("report.source", lang), _citation(data))
    _say(console, translate("explain.defined_in", lang, origin=rule.origin), style="dim")


# --- the verdict itself ---------------------------------------------------------


def verdict_explanation(lang: str) -> dict[str, Any]:
    """How the verdict is reached, each step marked as the study's or tango-check's choice; and the weights table."""
    steps = [
        {"step": key, "origin": origin, "origin_text": translate(f"verdict.origin.{origin}", lang),
         "text": translate(f"verdict.step.{key}", lang, **figures)}
        for key, origin, figures in VERDICT_STEPS
    ]
    weights = []
    for strength, weighing in STRENGTHS.items():
        severity, weight = weighing if weighing else (None, None)
        weights.append({
            "strength": strength, "strength_text": translate(f"evidence.{strength}", lang),
            "severity": severity, "weight": weight,
        })
    return {"verdict": steps, "weights": weights}


def verdict_json(lang: str) -> str:
    document = {"schema_version": JSON_SCHEMA_VERSION, "lang": lang, **verdict_explanation(lang)}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def print_verdict_explanation(console: Console, lang: str) -> None:
    data = verdict_explanation(lang)
    console.print(Text(translate("verdict.heading", lang), style="bold"))
    for step in data["verdict"]:
        _say(console, f"{step['text']} [{step['origin_text']}]", bullet=True)
    _section(console, translate("verdict.weights_heading", lang))
    for row in data["weights"]:
        _say(console, _weighing_text(row, lang), bullet=True)
