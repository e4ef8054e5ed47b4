"""`history`: a partnership over any number of assessments, and the rule catalogue every result records."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check.api import assess_file
from tango_check.catalogue import catalogue_of
from tango_check.cli import app
from tango_check.compare import snapshot_of
from tango_check.history import history
from tango_check.render.json_report import render_json

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
OLD = EXAMPLES / "progress" / "2025.yaml"
NEW = EXAMPLES / "progress" / "2026.yaml"
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "LANG": "en_GB.UTF-8", "LC_ALL": None}


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env=ENV)


def dated(tmp_path: Path, source: Path, day: str, name: str, change: tuple[str, str] | None = None) -> Path:
    """A copy of `source` assessed on `day`, with one answer changed if asked."""
    text = re.sub(r"^assessed_on: .*$", f"assessed_on: {day}", source.read_text(encoding="utf-8"), flags=re.M)
    if change:
        text = text.replace(*change)
    target = tmp_path / name
    target.write_text(text, encoding="utf-8")
    return target


@pytest.fixture
def three_years(tmp_path: Path) -> list[Path]:
    """2024 (the 2025 file, a vision not yet shared), 2025 and 2026, given out of order."""
    early = dated(tmp_path, OLD, "2024-04-01", "b-2024.yaml", ("  shared: yes", "  shared: partly"))
    return [NEW, early, OLD]


def test_points_are_ordered_by_date_with_the_obstacles_that_came_and_went(three_years, rules) -> None:
    result = history([snapshot_of(assess_file(path, rules)) for path in three_years])
    assert result.by_date and [point.date.isoformat() for point in result.points] == ["2024-04-01", "2025-05-12", "2026-05-18"]
    assert [step.trend for step in result.steps] == ["unchanged", "improved"]
    assert "V01" in [item.rule_id for item in result.steps[0].resolved]
    assert [item.rule_id for item in result.steps[1].new] == ["W04"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_history_json_has_the_points_in_order(three_years, lang: str) -> None:
    result = invoke("history", *map(str, three_years), "-f", "json", "--lang", lang)
    assert result.exit_code == 0  # the latest is ready with conditions
    data = json.loads(result.stdout)
    assert data["kind"] == "history" and data["ordered_by"] == "date" and data["lang"] == lang
    points = data["points"]
    assert [point["date"] for point in points] == ["2024-04-01", "2025-05-12", "2026-05-18"]
    assert [point["verdict"] for point in points] == ["not_ready", "not_ready", "ready_with_conditions"]
    for point, path in zip(points, (three_years[1], OLD, NEW)):
        single = json.loads(invoke("assess", str(path), "-f", "json").stdout)
        assert point["score"] == single["score"]
        assert point["themes"] == {theme["theme"]: theme["score"] for theme in single["themes"]}
        assert point["catalogue"] == single["catalogue"] and point["mixed_rules"] is False
    assert points[0]["came"] == [] and [item["rule_id"] for item in points[2]["came"]] == ["W04"]
    assert "V01" in [item["rule_id"] for item in points[1]["went"]]


def test_saved_results_and_files_mix_and_undated_ones_keep_the_order_given(tmp_path: Path, rules) -> None:
    saved = tmp_path / "2025.json"
    saved.write_text(render_json(assess_file(OLD, rules), "nl"), encoding="utf-8")
    undated = tmp_path / "undated.yaml"
    undated.write_text(re.sub(r"^assessed_on: .*\n", "", NEW.read_text(encoding="utf-8"), flags=re.M), encoding="utf-8")
    data = json.loads(invoke("history", str(undated), str(saved), "-f", "json").stdout)
    assert data["ordered_by"] == "given"
    assert [point["date"] for point in data["points"]] == [None, "2025-05-12"]  # the saved result kept its date
    text = invoke("history", str(undated), str(saved), "--lang", "nl").stdout
    assert "in de opgegeven volgorde" in text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_history_html_has_a_line_chart_per_theme_and_overall(three_years, lang: str) -> None:
    page = invoke("history", *map(str, three_years), "-f", "html", "--lang", lang).stdout
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 1
    svg = ET.fromstring(page[page.index("<svg") : page.index("</svg>") + 6])
    ns = "{http://www.w3.org/2000/svg}"
    lines = svg.findall(f"{ns}g") or svg.findall("g")
    assert len(lines) == 1 + 5  # overall and five themes
    overall = (lines[0].find("polyline") if lines[0].find("polyline") is not None else lines[0].find(f"{ns}polyline"))
    assert len(overall.get("points").split()) == 3
    assert ("2024-04-01" in page) and ("Door de jaren heen" in page if lang == "nl" else "The years" in page)


def test_a_single_assessment_is_a_history_of_one_point() -> None:
    result = invoke("history", str(OLD), "-f", "json")
    assert result.exit_code == 1  # not ready
    assert len(json.loads(result.stdout)["points"]) == 1
    assert invoke("history", str(OLD), "-f", "html").stdout.count("<circle") == 6


# --- the rule catalogue --------------------------------------------------------------


def test_every_saved_result_records_its_catalogue_and_date(rules) -> None:
    data = json.loads(render_json(assess_file(OLD, rules), "en"))
    assert data["assessed_on"] == "2025-05-12"
    assert data["catalogue"] == catalogue_of(rules).as_dict() and data["catalogue"]["hash"].startswith("sha256:")


def test_a_catalogue_changes_with_a_weight_not_with_a_translation(rules) -> None:
    reweighed = [rule.model_copy(update={"weight": 1}) if rule.id == "V02" else rule for rule in rules]
    retitled = [rule.model_copy(update={"title": rule.title.model_copy(update={"nl": "Anders"})}) if rule.id == "V02" else rule for rule in rules]
    assert catalogue_of(reweighed) != catalogue_of(rules)
    assert catalogue_of(retitled) == catalogue_of(rules)
    assert catalogue_of(reversed(rules)) == catalogue_of(rules)


@pytest.mark.parametrize("command", ["history", "compare"])
def test_results_of_different_catalogues_are_refused_unless_allowed(tmp_path: Path, command: str, rules) -> None:
    saved = tmp_path / "2025.json"
    data = json.loads(render_json(assess_file(OLD, rules), "en"))
    data["catalogue"]["hash"] = "sha256:0000000000000000"
    saved.write_text(json.dumps(data, indent=2), encoding="utf-8")
    refused = invoke(command, str(saved), str(NEW), "--lang", "nl")
    assert refused.exit_code == 2 and refused.stdout == ""
    assert refused.stderr.startswith(f"{saved}:7:3: gemaakt met een andere regelcatalogus") and "--allow-mixed-rules" in refused.stderr
    allowed = invoke(command, str(saved), str(NEW), "--allow-mixed-rules", "-f", "json")
    assert allowed.exit_code == 0
    result = json.loads(allowed.stdout)
    sides = result["points"] if command == "history" else [result["before"], result["after"]]
    assert [side["mixed_rules"] for side in sides] == [True, False]
    text = invoke(command, str(saved), str(NEW), "--allow-mixed-rules", "--lang", "en").stdout
    assert "Marked with *" in text and "sha256:0000000000000000" in text


def test_a_result_saved_without_a_catalogue_counts_as_mixed(tmp_path: Path, rules) -> None:
    saved = tmp_path / "old.json"
    data = json.loads(render_json(assess_file(OLD, rules), "en"))
    del data["catalogue"]
    saved.write_text(json.dumps(data), encoding="utf-8")
    result = invoke("compare", str(saved), str(NEW), "--lang", "en")
    assert result.exit_code == 2 and "catalogue not recorded" in result.stderr


def test_history_html_shows_control_characters_in_a_name_written_out(tmp_path: Path) -> None:
    """As in every other report: a name holding an escape sequence reaches the page as `\\x1b`, never raw."""
    named = ("name: Zorgcoöperatie Oosterwold en Zorggroep De Horst", 'name: "Oosterwold \\e[31mRood\\e]0;titel\\a"')
    files = [dated(tmp_path, OLD, "2025-04-01", "a.yaml", named), dated(tmp_path, NEW, "2026-04-01", "b.yaml", named)]
    page = invoke("history", *map(str, files), "-f", "html", "--lang", "en").stdout
    assert "\x1b" not in page and "\x07" not in page
    assert "Oosterwold \\x1b[31mRood\\x1b]0;titel\\x07" in page
