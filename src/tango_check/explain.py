"""Rules in plain words, in English or Dutch.

Walks the condition models of `tango_check.conditions` and says what each
one checks, with the question each field asks (`model.field_catalog`) and
readable words for the answers (`answer.*` in i18n). Nothing here knows a
rule by id, so a municipality's own rule is explained as well as a built-in
one. `Not` is pushed down into the words ("is not", "none of") rather than
said as "it is not the case that".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from tango_check.evaluation import AllOf, AnyOf, AtLeast, ContainsTest, EqualsTest, InTest, MinItemsTest, Negation
from tango_check.i18n import answer_label, translate
from tango_check.outline import field_catalog
from tango_check.rules import CORE_PACK, EXTENSION_PACK, VIEWS_PACK

if TYPE_CHECKING:
    from tango_check.rule_file import Rule

Style = Literal["question", "field"]


@dataclass(frozen=True)
class Clause:
    """One statement about the answers, and the statements it combines."""

    text: str
    parts: tuple[Clause, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "parts": [part.as_dict() for part in self.parts]}


def describe(condition: Any, lang: str, *, style: Style = "question", negated: bool = False) -> Clause:
    """The condition as a clause tree; `style="field"` names fields by path instead of question."""
    if isinstance(condition, Negation):
        return describe(condition.not_, lang, style=style, negated=not negated)
    if isinstance(condition, AllOf):
        return _group("explain.not_all" if negated else "explain.all", condition.all, lang, style)
    if isinstance(condition, AnyOf):
        return _group("explain.none" if negated else "explain.any", condition.any, lang, style)
    if isinstance(condition, AtLeast):
        key = "explain.fewer_than" if negated else "explain.min_met"
        return _group(key, condition.of, lang, style, count=condition.min_met, total=len(condition.of))
    return Clause(_field_statement(condition, lang, style, negated))


def _group(key: str, conditions: list[Any], lang: str, style: Style, **params: object) -> Clause:
    parts = tuple(describe(condition, lang, style=style) for condition in conditions)
    return Clause(translate(key, lang, **params), parts)


def _field_statement(condition: Any, lang: str, style: Style, negated: bool) -> str:
    spec = condition.spec
    if style == "field":
        subject = spec.path
    else:
        subject_key = "explain.subject_list" if spec.kind == "choices" else "explain.subject"
        subject = translate(subject_key, lang, question=spec.question(lang).rstrip("."), field=spec.path)
    label = answer_label if spec.kind in ("choice", "choices") else _raw
    if isinstance(condition, EqualsTest) or (isinstance(condition, InTest) and len(condition.in_) == 1):
        value = condition.equals if isinstance(condition, EqualsTest) else condition.in_[0]
        key = "explain.not_equals" if negated else "explain.equals"
        return translate(key, lang, subject=subject, value=quoted(label(value, lang), value, lang))
    if isinstance(condition, InTest):
        values = ", ".join(quoted(label(value, lang), value, lang) for value in condition.in_)
        return translate("explain.not_in" if negated else "explain.in", lang, subject=subject, values=values)
    if isinstance(condition, ContainsTest):
        value = quoted(label(condition.contains, lang), condition.contains, lang)
        return translate("explain.not_contains" if negated else "explain.contains", lang, subject=subject, value=value)
    if isinstance(condition, MinItemsTest):
        key = "explain.fewer_items" if negated else "explain.min_items"
        return translate(key, lang, subject=subject, count=condition.min_items)
    raise TypeError(f"no words for condition {type(condition).__name__}")


def _raw(value: str, lang: str) -> str:
    return value


def quoted(label: str, value: str, lang: str) -> str:
    """The label in quotes, with the value to write in the file when it reads differently."""
    text = translate("explain.quoted", lang, text=label)
    return text if label == value.replace("_", " ") else f"{text} ({value})"


def one_line(clause: Clause) -> str:
    """The clause on one line: combined statements after a colon, separated by semicolons."""
    if not clause.parts:
        return clause.text
    parts = [one_line(part) if not part.parts else f"({one_line(part)})" for part in clause.parts]
    return f"{clause.text} " + "; ".join(parts)


def outline(clause: Clause, depth: int = 0, shown: Callable[[str], str] = str) -> list[str]:
    """The clause as nested bullet lines (Markdown-compatible, with `shown` escaping each text)."""
    lines = [f"{'  ' * depth}- {shown(clause.text)}"]
    for part in clause.parts:
        lines.extend(outline(part, depth + 1, shown))
    return lines


def applies_text(rule: Rule, lang: str, *, style: Style = "question") -> str:
    """When the rule applies, on one line ("always" when it has no condition)."""
    if rule.is_view_check:
        return translate("explain.views.applies" if rule.view else "explain.views.applies_files", lang)
    if rule.applies_when is None:
        return translate("explain.always", lang)
    return one_line(describe(rule.applies_when, lang, style=style))


def pack_text(rule: Rule, lang: str) -> str:
    if rule.pack in (CORE_PACK, EXTENSION_PACK, VIEWS_PACK):
        return translate(f"explain.pack.{rule.pack}", lang)
    return translate("explain.pack.custom", lang, folder=rule.pack)


def compares_text(rule: Rule, lang: str) -> str | None:
    """What a two-views check compares; None for a rule."""
    if not rule.is_view_check:
        return None
    if rule.view is None:
        return translate("explain.views.compares_files", lang)
    question = field_catalog()[f"views.cooperative.{rule.view}"].question(lang)
    return translate("explain.views.compares", lang, question=question, field=f"views.<partner>.{rule.view}")


def verdict_effect(rule: Rule, lang: str) -> str:
    """What the rule does to the verdict, each threshold marked as the study's or the tool's."""
    if rule.weight == 0:
        return translate("explain.effect.weightless", lang)
    if rule.evidence.strength == "own_source":
        whose = "author"
    else:
        whose = "study" if rule.severity == "gate" else "tool"
    effect = translate(f"explain.effect.{rule.severity}", lang, whose=translate(f"explain.whose.{whose}", lang))
    if rule.applies_when is not None and rule.severity != "minor":
        effect += " " + translate("explain.effect.critical", lang)
    return effect


def explanation(rule: Rule, lang: str) -> dict[str, Any]:
    """Everything `tango-check explain` says about a rule or a two-views check, as plain data (the JSON output).

    A two-views check's `met_when` says when a difference is bridged, and is
    None when no agreement can bridge it.
    """
    checks = describe(rule.met_when, lang) if rule.met_when is not None else None
    applies = describe(rule.applies_when, lang) if rule.applies_when is not None else None
    return {
        "id": rule.id,
        "title": rule.title.text(lang),
        "pack": rule.pack,
        "pack_text": pack_text(rule, lang),
        "kind": rule.kind,
        "kind_text": translate(f"explain.kind.{rule.kind}", lang),
        "theme": rule.theme,
        "theme_text": translate(f"theme.{rule.theme}", lang),
        "severity": rule.severity,
        "severity_text": translate(f"severity.{rule.severity}", lang),
        "weight": rule.weight,
        "compares_text": compares_text(rule, lang),
        "checks": checks.as_dict() if checks else None,
        "checks_text": one_line(checks) if checks else translate("explain.views.no_bridge", lang),
        "applies_when": applies.as_dict() if applies else None,
        "applies_when_text": applies_text(rule, lang),
        "why": rule.finding.text(lang),
        "question": rule.question.text(lang),
        "problem": rule.problem.text(lang),
        "recommendation": rule.recommendation.text(lang),
        "source": rule.source.as_dict(),
        "evidence": rule.evidence.as_dict(lang),
        "verdict_effect": verdict_effect(rule, lang),
        "origin": rule.origin,
        "condition": {
            "met_when": rule.met_when.model_dump(by_alias=True, exclude_none=True) if rule.met_when else None,
            "applies_when": (
                rule.applies_when.model_dump(by_alias=True, exclude_none=True) if rule.applies_when else None
            ),
        },
    }
