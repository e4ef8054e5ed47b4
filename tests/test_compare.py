"""Progress over time: `compare` on partnership files, saved JSON results, or one of each."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check.api import assess_data, assess_file
from tango_check.cli import app
from tango_check.compare import compare, snapshot_of, snapshot_of_result
from tango_check.loading import Document, load_document
from tango_check.render.json_report import render_json
from tango_check.rule_file import Rule
from tango_check.rules import load_rules
from tango_check.scoring import format_score

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
OLD = EXAMPLES / "progress" / "2025.yaml"
NEW = EXAMPLES / "progress" / "2026.yaml"
RESOLVED = ["V02", "V03", "V04", "W01", "O04", "O05", "O06", "O10", "O11", "O13", "C06", "C07", "DV06", "DV07", "DV11"]
PLAIN_ENV = {"COLUMNS": "200", "NO_COLOR": "1", "FORCE_COLOR": None, "LANG": "en_GB.UTF-8", "LC_ALL": None}


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    return load_rules()


def invoke(*args: str, **env: str | None):
    return CliRunner().invoke(app, list(args), env={**PLAIN_ENV, **env})


def ids(items) -> list[str]:
    return [item.rule_id for item in items]


def saved(path: Path, tmp_path: Path, lang: str, rules: list[Rule]) -> Path:
    target = tmp_path / f"{path.stem}.{lang}.json"
    target.write_text(render_json(assess_file(path, rules), lang), encoding="utf-8")
    return target


def test_the_progress_pair_names_each_resolved_new_and_remaining_obstacle(rules) -> None:
    result = compare(snapshot_of(assess_file(OLD, rules)), snapshot_of(assess_file(NEW, rules)))
    assert (result.before.verdict, result.after.verdict, result.trend) == ("not_ready", "ready_with_conditions", "improved")
    assert ids(result.resolved) == RESOLVED
    assert ids(result.new) == ["W04"] and ids(result.remaining) == ["W02"] and result.now_unknown == ()
    # 51.3 -> 90.8 as shown: the change adds up from the shown figures (39.5), not from the exact ones (39.47...)
    assert (format_score(result.before.score), format_score(result.after.score), result.score_change) == ("51.3", "90.8", 39.5)
    organisation = next(theme for theme in result.themes if theme.theme == "organisation")
    assert organisation.after == 100 and organisation.change == 44.4  # 100 - 55.6, as shown
    backwards = compare(result.after, result.before)
    assert backwards.trend == "worsened" and ids(backwards.new) == RESOLVED and ids(backwards.resolved) == ["W04"]


def test_saved_results_compare_like_the_files_they_came_from(rules, tmp_path) -> None:
    from_files = compare(snapshot_of(assess_file(OLD, rules)), snapshot_of(assess_file(NEW, rules)))
    old_json = load_document(saved(OLD, tmp_path, "nl", rules))
    new_json = load_document(saved(NEW, tmp_path, "en", rules))
    from_json = compare(snapshot_of_result(old_json), snapshot_of_result(new_json))
    for bucket in ("resolved", "new", "remaining", "now_unknown"):
        assert ids(getattr(from_json, bucket)) == ids(getattr(from_files, bucket))
    assert from_json.score_change == pytest.approx(from_files.score_change, abs=0.01)
    # Without the catalogue a saved result names a rule in the language it was saved in.
    assert from_json.resolved[0].title.text("nl") == "Both partners endorse the marks of good care"
    assert from_json.resolved[0].problem.text("en") == "Niet elk van de vier kenmerken van goede zorg wordt door beide partners onderschreven."


def test_an_obstacle_no_longer_answered_is_not_resolved(rules) -> None:
    data = load_document(OLD).data
    later = copy.deepcopy(data)
    del later["agreements"]["finances"]
    result = compare(snapshot_of(assess_data(data, rules)), snapshot_of(assess_data(later, rules)))
    assert ids(result.now_unknown) == ["O04"] and "O04" not in ids(result.resolved)


def test_a_rule_tango_check_does_not_know_keeps_its_saved_texts() -> None:
    def result(status: str) -> Document:
        finding = {"rule_id": "GEM01", "kind": "obstacle", "status": status, "title": "Eigen regel", "message": "Probleem"}
        return Document("r.json", {"schema_version": 1, "verdict": "ready", "score": 90, "findings": [finding]})

    comparison = compare(snapshot_of_result(result("unmet")), snapshot_of_result(result("met")))
    [item] = comparison.resolved
    assert (item.title.text("en"), item.problem.text("en")) == ("Eigen regel", "Probleem")


def test_compare_on_the_command_line_in_english_and_dutch() -> None:
    english = invoke("compare", str(OLD), str(NEW), "--lang", "en")
    assert english.exit_code == 0, english.stderr
    out = english.stdout
    assert "Verdict: NOT READY → READY WITH CONDITIONS  (improved)" in out
    assert "Obstacles resolved (15)" in out and "New obstacles (1)" in out and "Obstacles remaining (1)" in out
    for rule_id in RESOLVED:
        assert f"✓  {rule_id} " in out
    assert "✗  W04 Staff do not get fitting support from their managers" in out
    assert "✓  O05 How often and how formally to meet is agreed" in out
    dutch = invoke("compare", str(OLD), str(NEW), "--lang", "nl")
    assert "Oordeel: NOG NIET KLAAR → KLAAR, ONDER VOORWAARDEN  (verbeterd)" in dutch.stdout
    assert "Opgeloste obstakels (15)" in dutch.stdout and "Nieuwe obstakels (1)" in dutch.stdout
    assert "✗  W04 Medewerkers krijgen geen passende steun" in dutch.stdout


def test_compare_json_and_mixed_inputs(rules, tmp_path) -> None:
    old_json = saved(OLD, tmp_path, "nl", rules)
    result = invoke("compare", str(old_json), str(NEW), "--format", "json", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["kind"] == "comparison" and data["schema_version"] == 1
    assert (data["before"]["verdict"], data["after"]["verdict"], data["verdict_trend"]) == (
        "not_ready", "ready_with_conditions", "improved"
    )
    assert [item["rule_id"] for item in data["obstacles"]["resolved"]] == RESOLVED
    assert data["obstacles"]["new"] == [
        {
            "rule_id": "W04",
            "title": "Managers support the staff in this collaboration",
            "problem": "Staff do not get fitting support from their managers in this collaboration.",
            "before": "met",
            "after": "unmet",
        }
    ]
    # Texts come out in the language asked, even from a result saved in Dutch.
    assert data["obstacles"]["resolved"][0]["title"] == "Both partners endorse the marks of good care"
    assert data["score_change"] == pytest.approx(data["after"]["score"] - data["before"]["score"], abs=0.01)
    assert "\x1b[" not in result.stdout


def test_compare_exits_1_when_the_later_assessment_is_not_ready() -> None:
    result = invoke("compare", str(NEW), str(OLD), "--lang", "en")
    assert result.exit_code == 1
    assert "(worsened)" in result.stdout and "New obstacles (15)" in result.stdout


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"schema_version": 2, "verdict": "ready", "findings": []}', "r.json:1:20: this result has schema_version 2"),
        ('{"schema_version": 1, "results": [], "errors": []}', "r.json:1:23: this JSON holds the results of several files"),
        ('{"schema_version": 1, "verdict": "fine", "findings": []}', "r.json:1:34: 'fine' is not an allowed answer"),
        ("name: [unclosed\n", "r.json:2:1: invalid YAML"),
    ],
)
def test_a_result_that_cannot_be_compared_is_a_located_error(tmp_path, text, expected) -> None:
    (tmp_path / "r.json").write_text(text, encoding="utf-8")
    result = invoke("compare", str(tmp_path / "r.json"), str(NEW), "--lang", "en")
    assert result.exit_code == 2 and result.stdout == ""
    assert expected.replace("r.json", str(tmp_path / "r.json")) in result.stderr


def test_both_inputs_are_checked_before_anything_is_reported(tmp_path) -> None:
    result = invoke("compare", str(tmp_path / "a.yaml"), str(tmp_path / "b.json"), "--lang", "nl")
    assert result.exit_code == 2
    assert result.stderr.count("bestand niet gevonden") == 2
