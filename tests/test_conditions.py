"""Rule conditions: each operator, three-valued logic, and validation on load."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from tango_check.conditions import Condition
from tango_check.model import Partnership

CONDITION = TypeAdapter(Condition)


def evaluate(condition: dict[str, Any], data: dict[str, Any]) -> bool | None:
    return CONDITION.validate_python(condition).evaluate(Partnership.model_validate(data))


SHARED = {"field": "vision.shared", "equals": "yes"}
MISSION_AGREED = {"field": "agreements.mission", "in": ["agreed", "partly"]}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [("yes", True), ("no", False), ("partly", False), ("unknown", None), (None, None)],
)
def test_equals(answer: str | None, expected: bool | None) -> None:
    data = {"vision": {"shared": answer}} if answer else {}
    assert evaluate(SHARED, data) is expected


@pytest.mark.parametrize(
    ("answer", "expected"), [("agreed", True), ("partly", True), ("not_agreed", False), (None, None)]
)
def test_in(answer: str | None, expected: bool | None) -> None:
    data = {"agreements": {"mission": answer}} if answer else {}
    assert evaluate(MISSION_AGREED, data) is expected


@pytest.mark.parametrize(
    ("sought", "expected"), [(["funding", "legitimacy"], True), (["volunteers"], False), ([], False), (None, None)]
)
def test_contains(sought: list[str] | None, expected: bool | None) -> None:
    data = {"benefits": {"cooperative_seeks": sought}} if sought is not None else {}
    assert evaluate({"field": "benefits.cooperative_seeks", "contains": "funding"}, data) is expected


@pytest.mark.parametrize(("sought", "expected"), [(["funding"], True), ([], False), (None, None)])
def test_min_items(sought: list[str] | None, expected: bool | None) -> None:
    data = {"benefits": {"cooperative_seeks": sought}} if sought is not None else {}
    assert evaluate({"field": "benefits.cooperative_seeks", "min_items": 1}, data) is expected


@pytest.mark.parametrize(
    ("shared", "mission", "all_", "any_"),
    [
        ("yes", "agreed", True, True),
        ("yes", "not_agreed", False, True),
        ("no", None, False, None),
        ("yes", None, None, True),
        (None, None, None, None),
        ("no", "not_agreed", False, False),
    ],
)
def test_all_and_any_are_three_valued(shared: str | None, mission: str | None, all_: bool | None, any_: bool | None) -> None:
    data: dict[str, Any] = {}
    if shared:
        data["vision"] = {"shared": shared}
    if mission:
        data["agreements"] = {"mission": mission}
    assert evaluate({"all": [SHARED, MISSION_AGREED]}, data) is all_
    assert evaluate({"any": [SHARED, MISSION_AGREED]}, data) is any_


@pytest.mark.parametrize(("answer", "expected"), [("yes", False), ("no", True), (None, None)])
def test_not_keeps_unknown_unknown(answer: str | None, expected: bool | None) -> None:
    data = {"vision": {"shared": answer}} if answer else {}
    assert evaluate({"not": SHARED}, data) is expected


def elements(**answers: str) -> dict[str, Any]:
    return {"vision": {"elements": answers}}


MIN_TWO = {
    "min_met": 2,
    "of": [
        {"field": "vision.elements.client_autonomy", "equals": "yes"},
        {"field": "vision.elements.attentive_care", "equals": "yes"},
        {"field": "vision.elements.few_faces", "equals": "yes"},
    ],
}


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"client_autonomy": "yes", "attentive_care": "yes"}, True),
        ({"client_autonomy": "no", "attentive_care": "no"}, False),
        ({"client_autonomy": "yes", "attentive_care": "no"}, None),  # few_faces could still tip it
        ({"client_autonomy": "yes", "attentive_care": "no", "few_faces": "no"}, False),
    ],
)
def test_min_met_counts_unknowns_as_possibly_met(answers: dict[str, str], expected: bool | None) -> None:
    assert evaluate(MIN_TWO, elements(**answers)) is expected


def error_of(condition: dict[str, Any]) -> dict[str, Any]:
    with pytest.raises(ValidationError) as caught:
        CONDITION.validate_python(condition)
    errors = caught.value.errors()
    assert len(errors) == 1, errors
    return errors[0]


def test_misspelt_field_is_an_error_on_load_with_a_suggestion() -> None:
    error = error_of({"field": "vision.shard", "equals": "yes"})
    assert error["ctx"]["message_key"] == "rules.unknown_field"
    assert error["ctx"]["params"]["suggestion"].params == {"name": "vision.shared"}


def test_answer_the_field_cannot_take_is_an_error_on_load() -> None:
    error = error_of({"field": "agreements.mission", "in": ["agreed", "signed"]})
    assert error["ctx"]["message_key"] == "rules.bad_value"
    assert error["ctx"]["params"]["value"] == "signed"


def test_operator_must_fit_the_field() -> None:
    error = error_of({"field": "benefits.cooperative_seeks", "equals": "funding"})
    assert error["ctx"]["message_key"] == "rules.operator_mismatch"


def test_unknown_operator() -> None:
    assert error_of({"field": "vision.shared", "is": "yes"})["type"] == "unknown_operator"


def test_min_met_cannot_ask_more_than_it_has() -> None:
    assert error_of({"min_met": 4, "of": MIN_TWO["of"]})["type"] == "min_met"


def test_extra_keys_in_a_condition_are_rejected() -> None:
    assert error_of({"field": "vision.shared", "equals": "yes", "because": "x"})["type"] == "extra_forbidden"
