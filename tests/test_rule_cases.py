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
    evidence: {{strength: own_source, words: w}}
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
    assert f"{tmp_path / 'pack.yaml'}:17:9: rule T01, case 2 (wrong on purpose): expected met, got unmet" in messages
    # The pack has no case that expects 'unmet' either.
    assert any("no case that expects 'unmet'" in message for message in messages)


def test_a_case_that_no_user_could_write_is_a_located_error(tmp_path: Path) -> None:
    cases = "      - {expect: met, partnership: {vision: {shared: maybe}}}\n"
    with pytest.raises(InputError) as caught:
        load_rules([_pack(tmp_path, cases)])
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (16, 54)
    assert "'maybe' is not an allowed answer" in problem.message("en")


# --- evidence: weights follow how strongly the study backs each rule -------------------


def _weighing(rule_id: str) -> tuple[str, str, int]:
    rule = next(rule for rule in SHIPPED if rule.id == rule_id)
    return rule.evidence.strength, rule.severity, rule.weight


@pytest.mark.parametrize(
    "equals",
    [
        ("O01", "O02", "O03", "O04"),  # "basisafspraken over zaken als missie, werkwijze, contactpersonen en financiële issues"
        ("C03", "C04"),  # one sentence: which rules block, and what is possible within the frameworks
        ("V03", "V04"),  # one sentence: the organisation level and the level of the care process
        ("W03", "W04", "W05", "W06"),  # "belangrijke succesfactoren"
        ("O05", "O06", "O07"),  # the hurdles that proved smaller in practice
        ("O12", "O13"),  # the two known negative experiences
    ],
)
def test_what_the_study_names_as_equals_weighs_the_same(equals: tuple[str, ...]) -> None:
    assert len({_weighing(rule_id) for rule_id in equals}) == 1


def test_every_shipped_rule_shows_its_evidence_and_the_tools_readings_say_which() -> None:
    for rule in SHIPPED:
        assert rule.evidence.words.strip()
        assert rule.evidence.strength != "own_source"  # the shipped rules rest on the article
        if rule.evidence.tool_reading:
            assert rule.evidence.reading is not None and rule.weight <= 1
    readings = {rule.id for rule in SHIPPED if rule.evidence.tool_reading}
    assert readings == {"C01", "B01"}


def test_refused_conditions_weigh_like_a_basic_agreement() -> None:
    assert _weighing("O13") == _weighing("O01") == ("main_finding", "major", 3)


def test_a_rule_weighed_against_its_evidence_is_refused(tmp_path: Path) -> None:
    text = RULE.format(cases="      - {expect: met, partnership: {vision: {shared: \"yes\"}}}\n")
    text = text.replace("strength: own_source", "strength: sine_qua_non")
    (tmp_path / "pack.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_rules([tmp_path])
    [problem] = caught.value.problems
    assert problem.line == 14  # at the evidence
    assert "evidence 'sine_qua_non' gives severity 'gate' and weight 5" in problem.message("en")


def test_the_readmes_weights_table_is_the_one_the_loader_enforces() -> None:
    """One voice: the table in the README's verdict section says what STRENGTHS says."""
    from tango_check.rules import STRENGTHS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = {}
    for line in readme.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 5 and cells[0].startswith("`") and cells[0].strip("`") in STRENGTHS:
            rows[cells[0].strip("`")] = (cells[2], cells[3])
    assert set(rows) == set(STRENGTHS)
    for strength, weighing in STRENGTHS.items():
        if weighing is not None:
            assert rows[strength] == (weighing[0], str(weighing[1])), strength
    listed = {rule.id for rule in SHIPPED if rule.pack == CORE_PACK and rule.evidence.strength == "main_finding"}
    assert listed == {"V02", "V03", "V04", "W03", "W04", "W05", "W06", "O01", "O02", "O03", "O04",
                      "O08", "O09", "O10", "O11", "O12", "O13", "C02", "C03", "C04", "C05"}


def test_every_strength_a_rule_file_may_name_has_its_weighing_and_its_words() -> None:
    from typing import get_args

    from tango_check.i18n import MESSAGES
    from tango_check.rules import STRENGTHS, Strength

    assert set(get_args(Strength)) == set(STRENGTHS)
    for strength in STRENGTHS:
        assert {f"evidence.{strength}", f"evidence.short.{strength}"} <= set(MESSAGES)
