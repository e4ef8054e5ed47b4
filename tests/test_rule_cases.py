"""Rule cases as data: every shipped rule proves itself met and unmet, and the runner finds bad cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from tango_check.errors import InputError
from tango_check.rule_cases import check_cases
from tango_check.rules import CORE_PACK, EXTENSION_PACK, load_rules

SHIPPED = load_rules(extension=True)
EXTENSION_SECTIONS = {"Status quo", "Waarom überhaupt samenwerken", "Het primaire proces"}


def test_every_shipped_rule_passes_its_own_cases() -> None:
    report = check_cases(SHIPPED)
    assert [failure.render("en") for failure in report.failures] == []
    assert report.rules == len(SHIPPED)
    assert report.cases >= 2 * len(SHIPPED)


@pytest.mark.parametrize("rule", SHIPPED, ids=lambda rule: rule.id)
def test_every_shipped_rule_has_a_met_and_an_unmet_case(rule) -> None:
    expected = {case.expect for case in rule.cases}
    assert {"met", "unmet"} <= expected


@pytest.mark.parametrize("rule", [r for r in SHIPPED if r.applies_when is not None], ids=lambda rule: rule.id)
def test_rules_with_a_condition_to_apply_show_when_they_do_not(rule) -> None:
    assert "not_applicable" in {case.expect for case in rule.cases}


def test_the_extension_pack_is_off_by_default_and_never_outweighs_the_core() -> None:
    core = load_rules()
    assert {rule.pack for rule in core} == {CORE_PACK}
    extension = [rule for rule in SHIPPED if rule.pack == EXTENSION_PACK]
    assert len(extension) >= 4
    assert all(rule.id.startswith("X") for rule in extension)
    assert all(rule.severity == "minor" and rule.weight <= 1 for rule in extension)
    assert all(rule.source.section in EXTENSION_SECTIONS for rule in extension)
    assert max(rule.weight for rule in core) > 1


RULE = """\
schema_version: 1
rules:
  - id: T01
    kind: success_factor
    theme: vision
    weight: 1
    met_when: {{field: vision.shared, equals: "yes"}}
    title: {{en: t, nl: t}}
    finding: {{en: f, nl: f}}
    question: {{en: q, nl: q}}
    problem: {{en: p, nl: p}}
    recommendation: {{en: r, nl: r}}
    source: {{section: s}}
    cases:
{cases}
"""


def _pack(tmp_path: Path, cases: str) -> Path:
    (tmp_path / "pack.yaml").write_text(RULE.format(cases=cases), encoding="utf-8")
    return tmp_path


def test_a_case_with_the_wrong_expectation_is_reported_at_its_line(tmp_path: Path) -> None:
    cases = (
        '      - {expect: met, partnership: {vision: {shared: "yes"}}}\n'
        '      - {expect: met, partnership: {vision: {shared: "no"}}, note: wrong on purpose}\n'
    )
    rules = [rule for rule in load_rules([_pack(tmp_path, cases)]) if rule.id == "T01"]
    report = check_cases(rules)
    messages = [failure.render("en") for failure in report.failures]
    assert f"{tmp_path / 'pack.yaml'}:16:9: rule T01, case 2 (wrong on purpose): expected met, got unmet" in messages
    # The pack has no case that expects 'unmet' either.
    assert any("no case that expects 'unmet'" in message for message in messages)


def test_a_case_that_no_user_could_write_is_a_located_error(tmp_path: Path) -> None:
    cases = "      - {expect: met, partnership: {vision: {shared: maybe}}}\n"
    with pytest.raises(InputError) as caught:
        load_rules([_pack(tmp_path, cases)])
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (15, 54)
    assert "'maybe' is not an allowed answer" in problem.message("en")
