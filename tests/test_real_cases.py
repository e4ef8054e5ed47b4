"""Real, public Dutch cases (examples/real-cases/): each keeps the conclusion its comment states and explains."""

from __future__ import annotations

from pathlib import Path

import pytest

from tango_check.api import assess_file
from tango_check.loading import read_text

CASES = Path(__file__).resolve().parents[1] / "examples" / "real-cases"


def reason_keys(result) -> set[str]:
    return {reason.key for reason in result.reasons}


def test_every_real_case_states_its_moment_its_sources_and_the_conclusion(rules) -> None:
    files = sorted(CASES.glob("*.yaml"))
    assert len(files) >= 3
    for path in files:
        text = read_text(path)
        assert "as it stood in" in text and "Sources (public" in text and "https://" in text
        assert "What tango-check concludes" in text and "What happened" in text
        assert assess_file(path, rules).verdict in text.lower().replace(" ", "_")


def test_austerlitz_2016_the_reports_describe_the_village_side_too_little_is_known(rules) -> None:
    result = assess_file(CASES / "austerlitz-2016.yaml", rules)
    assert result.verdict == "not_ready"
    assert "reason.too_few_known" in reason_keys(result)
    assert result.obstacles == []  # nothing reported speaks against the partnership
    assert {f.rule.id for f in result.strengths} == {"C01", "C07"}  # a broker, with a municipality behind it


def test_kloosterburen_2019_the_vision_is_not_shared_and_the_differences_came_as_a_surprise(rules) -> None:
    result = assess_file(CASES / "kloosterburen-2019.yaml", rules)
    assert result.verdict == "not_ready"
    assert result.reasons[0].key == "reason.gate_unmet"
    assert [f.rule.id for f in result.obstacles][:2] == ["V01", "O08"]
    assert next(f.status for f in result.findings if f.rule.id == "C02") == "met"  # financed from personal budgets


def test_hoogeloon_2002_a_sceptical_provider_and_a_provider_ambition_with_its_hard_questions_open(rules) -> None:
    result = assess_file(CASES / "hoogeloon-2002.yaml", rules)
    assert result.verdict == "not_ready"
    assert [f.rule.id for f in result.obstacles] == ["O12"]
    critical = {reason.params["title"].en for reason in result.reasons if reason.key == "reason.critical_unknown"}
    assert len(critical) == 4  # financing, the rules that block, the room within the frameworks, recognition


@pytest.mark.parametrize("path", sorted(CASES.glob("*.yaml")), ids=lambda path: path.stem)
def test_each_real_case_names_its_source_in_a_comment_not_in_the_answers(path: Path, rules) -> None:
    """The files hold only what was reported: every answer given has its reason beside it."""
    for line in read_text(path).splitlines():
        stripped = line.split("#", 1)[0].rstrip()
        if stripped.endswith(("yes", "no", "broker", "provider", "cooperative", "personal_budgets")) and ":" in stripped:
            assert "#" in line, line
