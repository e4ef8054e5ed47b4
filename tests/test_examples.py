"""Every example gives the verdict its comment and the README promise."""

from __future__ import annotations

from pathlib import Path

import pytest

from tango_check.api import assess_file

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

EXPECTED_VERDICTS = {
    "broker-ready.yaml": "ready",
    "provider-unsorted.yaml": "not_ready",
    "no-shared-vision.yaml": "not_ready",
    "early-draft.yaml": "not_ready",
}


@pytest.mark.parametrize(("name", "verdict"), EXPECTED_VERDICTS.items())
def test_example_verdict(name: str, verdict: str, rules) -> None:
    assert assess_file(EXAMPLES / name, rules).verdict == verdict


def test_provider_example_names_financing_regulation_and_recognition(rules) -> None:
    result = assess_file(EXAMPLES / "provider-unsorted.yaml", rules)
    unmet = {f.rule.id for f in result.obstacles}
    assert {"C02", "C03", "C05"} <= unmet


def test_no_shared_vision_example_is_strong_elsewhere(rules) -> None:
    result = assess_file(EXAMPLES / "no-shared-vision.yaml", rules)
    assert result.score is not None and result.score >= 80
    assert [f.rule.id for f in result.obstacles][0] == "V01"


def test_early_draft_is_mostly_open_questions(rules) -> None:
    result = assess_file(EXAMPLES / "early-draft.yaml", rules)
    assert len(result.open_questions) > len(result.obstacles) + len(result.strengths)


def test_the_catalogue_covers_every_theme_and_traces_every_rule(rules) -> None:
    assert {rule.theme for rule in rules} == {"vision", "workforce", "organisation", "context", "benefits"}
    for rule in rules:
        assert rule.source.section in ("Conclusies en aanbevelingen", "Organisatie van samenwerking")
        assert rule.source.subheading
        for text in (rule.title, rule.finding, rule.question, rule.problem, rule.recommendation):
            assert text.en.strip() and text.nl.strip() and text.en != text.nl


def test_exactly_the_shared_vision_is_a_gate(rules) -> None:
    gates = [rule for rule in rules if rule.severity == "gate"]
    assert [(rule.id, rule.met_when.field) for rule in gates] == [("V01", "vision.shared")]
