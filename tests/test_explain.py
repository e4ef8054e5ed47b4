"""Conditions in plain words: every operator, both languages, negation, every shipped rule and two-views check."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from tango_check.conditions import Condition
from tango_check.explain import describe, explanation, one_line, outline
from tango_check.i18n import translate
from tango_check.rules import load_rules
from tango_check.template import answer_label
from tango_check.views import builtin_checks

CONDITION = TypeAdapter(Condition)


def words(data: dict, lang: str = "en", **options) -> str:
    return one_line(describe(CONDITION.validate_python(data), lang, **options))


def label(value: str) -> str:
    """How an answer value is quoted in English: its words, and the value itself when they differ."""
    words = answer_label(value, "en")
    return f"“{words}”" if words == value.replace("_", " ") else f"“{words}” ({value})"


def test_equals_names_the_question_the_field_and_the_answer() -> None:
    text = words({"field": "vision.shared", "equals": "yes"})
    assert text == "the answer to “Do the partners share a vision on what good care is?” (vision.shared) is “yes”"


def test_dutch_uses_dutch_questions_quotes_and_answer_words_with_the_value_to_write() -> None:
    text = words({"field": "vision.shared", "equals": "yes"}, "nl")
    assert text == "het antwoord op „Delen de partners een visie op wat goede zorg is?” (vision.shared) is „ja” (yes)"


def test_in_lists_every_allowed_answer() -> None:
    text = words({"field": "responsibility.final_responsibility", "in": ["cooperative", "shared"]})
    assert text.endswith(f"is one of: {label('cooperative')}, “shared”")


def test_contains_and_min_items_speak_of_the_answers_of_a_list() -> None:
    assert words({"field": "benefits.cooperative_seeks", "contains": "volunteers"}).startswith("the answers to “")
    assert words({"field": "benefits.cooperative_seeks", "contains": "volunteers"}).endswith(
        f"include {label('volunteers')}"
    )
    assert words({"field": "benefits.cooperative_seeks", "min_items": 2}).endswith("name at least 2")


def test_not_is_pushed_into_the_words() -> None:
    assert words({"not": {"field": "vision.shared", "equals": "yes"}}).endswith("is not “yes”")
    assert words({"not": {"field": "ambition", "in": ["broker", "provider"]}}, style="field").startswith(
        "ambition is none of: "
    )
    assert words({"not": {"field": "benefits.cooperative_seeks", "contains": "funding"}}).endswith(
        f"do not include {label('funding')}"
    )
    assert words({"not": {"field": "benefits.cooperative_seeks", "min_items": 1}}).endswith("name fewer than 1")
    assert words({"not": {"not": {"field": "vision.shared", "equals": "yes"}}}).endswith("is “yes”")


def test_combinations_nest_and_their_negations_read_as_such() -> None:
    data = {
        "all": [
            {"field": "vision.shared", "equals": "yes"},
            {"any": [{"field": "ambition", "equals": "broker"}, {"field": "ambition", "equals": "provider"}]},
        ]
    }
    clause = describe(CONDITION.validate_python(data), "en", style="field")
    assert clause.text == "all of these hold:"
    assert [part.text for part in clause.parts[1].parts] == [
        f"ambition is {label('broker')}",
        f"ambition is {label('provider')}",
    ]
    assert outline(clause)[0] == "- all of these hold:"
    assert outline(clause)[3] == f"    - ambition is {label('broker')}"
    assert one_line(clause).startswith("all of these hold: vision.shared is “yes”; (at least one of these holds: ")
    assert words({"not": data}, style="field").startswith("not all of these hold:")
    assert words({"not": {"any": data["all"]}}).startswith("none of these holds:")
    min_met = {"min_met": 2, "of": data["all"] + [{"field": "history.provider_sceptical", "equals": "no"}]}
    assert words(min_met).startswith("at least 2 of these 3 hold:")
    assert words({"not": min_met}, "nl").startswith("minder dan 2 van deze 3 punten gelden:")


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("rule", load_rules(extension=True), ids=lambda rule: rule.id)
def test_every_shipped_rule_is_explained_in_full_sentences(rule, lang: str) -> None:
    data = explanation(rule, lang)
    assert data["id"] == rule.id
    assert data["checks_text"] and "{" not in data["checks_text"]
    # Every field a rule tests is named by its question, never as a YAML dump.
    assert "field:" not in data["checks_text"]
    assert data["why"] == rule.finding.text(lang)
    assert data["source"]["citation"] == rule.source.citation()
    assert data["condition"]["met_when"]  # the raw condition stays available for scripts
    if rule.applies_when is None:
        assert data["applies_when"] is None
        assert data["applies_when_text"] == ("always" if lang == "en" else "altijd")
    else:
        assert "ambition" in data["applies_when_text"]


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("check", builtin_checks().all(), ids=lambda check: check.id)
def test_every_two_views_check_is_explained_with_what_it_compares(check, lang: str) -> None:
    data = explanation(check, lang)
    assert data["id"] == check.id and data["pack"] == "views"
    assert data["compares_text"] and "{" not in data["compares_text"]
    if check.view is not None:
        assert f"views.<partner>.{check.view}" in data["compares_text"]
    assert "--with" in data["applies_when_text"]
    if check.met_when is None:  # no agreement bridges the difference: said so, not left blank
        assert data["checks"] is None and data["condition"]["met_when"] is None
        assert data["checks_text"] == translate("explain.views.no_bridge", lang)
    else:
        assert data["checks"]["text"] == data["checks_text"] and "{" not in data["checks_text"]
    assert data["origin"].startswith("tango_check/view_checks.yaml:")  # its place in the package, not the install path


def test_a_rule_has_no_comparison_text() -> None:
    assert explanation(load_rules()[0], "en")["compares_text"] is None
