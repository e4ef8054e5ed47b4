"""The engine: statuses, scores, bands and a verdict that follows the study."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tango_check.model import Partnership
from tango_check.rule_file import Rule
from tango_check.rules import load_rules
from tango_check.scoring import Assessment, assess, band, rule_status

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(data: dict[str, Any], rules: list[Rule]) -> Assessment:
    return assess(Partnership.model_validate(data), rules)


def status_of(result: Assessment, rule_id: str) -> str:
    return next(f.status for f in result.findings if f.rule.id == rule_id)


def with_change(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    *parents, leaf = path.split(".")
    target = changed
    for part in parents:
        target = target.setdefault(part, {})
    target[leaf] = value
    return changed


def make_rule(**overrides: Any) -> Rule:
    text = {"en": "x", "nl": "x"}
    fields: dict[str, Any] = {
        "id": "T01",
        "kind": "success_factor",
        "theme": "vision",
        "weight": 1,
        "met_when": {"field": "vision.shared", "equals": "yes"},
        "title": text,
        "finding": text,
        "question": text,
        "problem": text,
        "recommendation": text,
        "source": {"section": "Conclusies en aanbevelingen"},
        "evidence": {"strength": "own_source", "words": "x"},
    }
    fields.update(overrides)
    return Rule.model_validate(fields)


def test_strong_broker_partnership_is_ready(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    result = run(ready_data, rules)
    assert result.verdict == "ready"
    assert result.score is not None and result.score >= 80


@pytest.mark.parametrize("answer", ["no", "partly"])
def test_without_a_shared_vision_never_ready_however_strong_the_rest(
    ready_data: dict[str, Any], rules: list[Rule], answer: str
) -> None:
    result = run(with_change(ready_data, "vision.shared", answer), rules)
    assert result.verdict == "not_ready"
    assert result.score is not None and result.score >= 80  # the rest is strong: a plain average would hide it
    assert result.reasons[0].key == "reason.gate_unmet"


def test_unknown_vision_cannot_be_ready(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    data = copy.deepcopy(ready_data)
    del data["vision"]["shared"]
    result = run(data, rules)
    assert status_of(result, "V01") == "unknown"
    assert result.verdict == "ready_with_conditions"
    assert any(reason.key == "reason.gate_unknown" for reason in result.reasons)


def test_provider_rules_do_not_weigh_for_a_broker(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    data = with_change(ready_data, "regulation.financing_route", "none")
    result = run(data, rules)
    assert status_of(result, "C02") == "not_applicable"
    assert result.verdict == "ready"


def test_provider_rules_weigh_for_a_provider(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    data = with_change(with_change(ready_data, "ambition", "provider"), "regulation.financing_route", "none")
    result = run(data, rules)
    assert status_of(result, "C02") == "unmet"
    assert result.verdict != "ready"


@pytest.mark.parametrize("ambition", ["undecided", "unknown", None])
def test_provider_rules_do_not_apply_while_the_ambition_is_open(
    ready_data: dict[str, Any], rules: list[Rule], ambition: str | None
) -> None:
    data = copy.deepcopy(ready_data)
    data["ambition"] = ambition
    result = run(data, rules)
    assert status_of(result, "C02") == "not_applicable"
    assert status_of(result, "C01") == ("unmet" if ambition == "undecided" else "unknown")


def test_unknown_answers_are_not_counted_as_no(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    full = run(ready_data, rules)
    data = copy.deepcopy(ready_data)
    del data["workforce"]
    partial = run(data, rules)
    workforce = next(t for t in partial.themes if t.theme == "workforce")
    assert workforce.score is None and workforce.band == "unknown" and workforce.unknown == 6
    assert partial.answered == full.answered - 6
    all_no = run(with_change(ready_data, "workforce", dict.fromkeys(ready_data["workforce"], "no")), rules)
    assert partial.score is not None and all_no.score is not None
    assert partial.score > all_no.score  # unknown is left out, not counted as no


def test_too_many_unknowns_is_never_ready(rules: list[Rule]) -> None:
    result = run({"ambition": "broker", "vision": {"shared": "yes"}}, rules)
    assert result.answered < result.applicable / 2
    assert result.verdict == "not_ready"
    assert any(reason.key == "reason.too_few_known" for reason in result.reasons)


def test_empty_file_is_not_ready_and_has_no_score(rules: list[Rule]) -> None:
    result = run({}, rules)
    assert result.score is None
    assert result.answered == 0
    assert result.verdict == "not_ready"


def test_major_unmet_gives_conditions(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    result = run(with_change(ready_data, "agreements.finances", "not_agreed"), rules)
    assert status_of(result, "O04") == "unmet"
    assert result.verdict == "ready_with_conditions"


@pytest.mark.parametrize(
    ("score", "expected"),
    [(100, "strength"), (80, "strength"), (79.94, "borderline"), (79.95, "strength"), (60, "borderline"), (59.9, "concern"), (0, "concern"), (None, "unknown")],
)
def test_bands(score: float | None, expected: str) -> None:
    assert band(score) == expected


def test_scores_are_weighted_over_answered_rules() -> None:
    heavy = make_rule(id="T01", weight=3, met_when={"field": "vision.shared", "equals": "yes"})
    light = make_rule(id="T02", weight=1, met_when={"field": "agreements.mission", "equals": "agreed"})
    unknown = make_rule(id="T03", weight=5, met_when={"field": "agreements.finances", "equals": "agreed"})
    data = {"vision": {"shared": "yes"}, "agreements": {"mission": "not_agreed"}}
    result = run(data, [heavy, light, unknown])
    assert result.score == pytest.approx(75.0)
    assert (result.answered, result.applicable) == (2, 3)


def test_not_applicable_when_applicability_is_unknown() -> None:
    rule = make_rule(applies_when={"field": "ambition", "equals": "provider"})
    assert rule_status(rule, Partnership.model_validate({"vision": {"shared": "no"}})) == "not_applicable"
    assert rule_status(rule, Partnership.model_validate({"ambition": "provider", "vision": {"shared": "no"}})) == "unmet"


def test_next_steps_put_the_gate_first(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    data = with_change(with_change(ready_data, "vision.shared", "no"), "agreements.contact_persons", "not_agreed")
    steps = run(data, rules).next_steps
    assert steps[0].rule.id == "V01"
    assert [f.rule.id for f in steps].index("O03") > 0


def test_benefits_never_lower_the_score(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    data = with_change(ready_data, "benefits.cooperative_seeks", ["funding"])
    data = with_change(data, "benefits.care_organisation_seeks", ["funding"])
    before, after = run(ready_data, rules), run(data, rules)
    assert status_of(after, "B02") == "unmet"
    assert after.score == before.score
    assert all(f.rule.kind != "benefit" for f in after.obstacles)


def test_engine_knows_no_rule_by_name() -> None:
    source = (Path(__file__).resolve().parents[1] / "src" / "tango_check" / "scoring.py").read_text(encoding="utf-8")
    for rule in load_rules():
        assert f'"{rule.id}"' not in source


# --- readings of the study (issue 14) -------------------------------------------


def test_refused_conditions_keep_the_verdict_below_ready(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    """Conditions the cooperative refuses are terms not agreed, not a detail that proved smaller in practice."""
    result = run(with_change(ready_data, "history.conditions_acceptable", "no"), rules)
    assert status_of(result, "O13") == "unmet"
    assert result.verdict == "ready_with_conditions"
    assert any(reason.key == "reason.major_unmet" and reason.params["title"].en.startswith("The care organisation's conditions")
               for reason in result.reasons)


def test_a_provider_with_its_hard_questions_open_is_not_ready(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    """Financing, regulation and recognition arise for a provider: unknown there counts for more than elsewhere."""
    result = run(with_change(ready_data, "ambition", "provider"), rules)
    open_ids = {f.rule.id for f in result.findings if f.status == "unknown" and f.rule.weight > 0}
    assert {"C02", "C03", "C04", "C05"} <= open_ids
    assert result.answered / result.applicable >= 0.8  # the coverage bar alone would let it pass
    assert result.verdict == "ready_with_conditions"
    critical = [reason for reason in result.reasons if reason.key == "reason.critical_unknown"]
    assert len(critical) == 4


def test_a_broker_does_not_need_the_provider_answers(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    result = run(ready_data, rules)
    assert not any(reason.key == "reason.critical_unknown" for reason in result.reasons)


def test_a_small_theme_does_not_decide_the_verdict_by_its_size(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    """B01 alone makes the benefits theme; C06 and C07 alone the context theme of a broker."""
    data = with_change(ready_data, "benefits.care_organisation_seeks", [])
    data = with_change(data, "regulation.interpretations_known", "no")
    data = with_change(data, "municipality.policy_supports", "no")
    result = run(data, rules)
    bands = {theme.theme: theme.band for theme in result.themes}
    assert bands["benefits"] == "concern" and bands["context"] == "concern"
    assert result.verdict == "ready"  # minor gaps lower the score, wherever they fall
    assert any(reason.key == "reason.ready_minor_open" and reason.params["count"] == 3 for reason in result.reasons)


def test_the_reasons_for_ready_say_only_what_is_true(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    result = run(ready_data, rules)
    keys = [reason.key for reason in result.reasons]
    assert result.verdict == "ready"
    assert keys == ["reason.ready_gate", "reason.ready_no_major", "reason.ready_score", "reason.ready_known", "reason.ready_minor_open"]
    everything_met = run(with_change(ready_data, "municipality.policy_supports", "yes"), rules)
    assert "reason.ready_minor_open" not in [reason.key for reason in everything_met.reasons]
    without_gate = run(ready_data, [rule for rule in rules if rule.severity != "gate"])
    assert without_gate.verdict == "ready"
    assert "reason.ready_gate" not in [reason.key for reason in without_gate.reasons]  # no precondition was checked


def test_dutch_reasons_write_the_score_with_a_decimal_comma(ready_data: dict[str, Any], rules: list[Rule]) -> None:
    result = run(ready_data, rules)
    score = next(reason for reason in result.reasons if reason.key == "reason.ready_score")
    assert "," in score.text("nl") and "." in score.text("en")


@pytest.mark.parametrize(("route", "status"), [("subcontractor", "met"), ("own_contract", "unmet")])
def test_a_subcontractor_needs_no_recognition_by_the_care_office(
    ready_data: dict[str, Any], rules: list[Rule], route: str, status: str
) -> None:
    data = with_change(ready_data, "ambition", "provider")
    data = with_change(data, "regulation.financing_route", route)
    data = with_change(data, "regulation.recognition", {"care_office": "no", "insurer": "not_needed", "municipality": "yes"})
    assert status_of(run(data, rules), "C05") == status
