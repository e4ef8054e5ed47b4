"""Findings located in the partnership file: the line and column of the answer each rests on."""

from __future__ import annotations

import json
from pathlib import Path

from tango_check.api import assess_data, assess_file
from tango_check.locations import finding_location
from tango_check.render.json_report import assessment_dict, assessment_json, render_json

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def line_of(path: Path, text: str) -> int:
    return next(number for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if text in line)


def test_each_finding_points_at_the_answer_it_rests_on(rules) -> None:
    path = EXAMPLES / "provider-unsorted.yaml"
    data = json.loads(render_json(assess_file(path, rules), "en"))
    located = {finding["rule_id"]: finding["location"] for finding in data["findings"]}
    lines = path.read_text(encoding="utf-8").splitlines()
    # V01 reads vision.shared: the value after "shared:" under vision
    v01 = located["V01"]
    assert lines[v01["line"] - 1][v01["column"] - 1 :].startswith("yes") and "shared:" in lines[v01["line"] - 1]
    # C02 reads regulation.financing_route
    c02 = located["C02"]
    assert "financing_route:" in lines[c02["line"] - 1] and lines[c02["line"] - 1][c02["column"] - 1 :].startswith("none")


def test_an_answer_the_file_leaves_out_has_no_location(rules, tmp_path: Path) -> None:
    path = tmp_path / "short.yaml"
    path.write_text("name: Kort\nvision:\n  shared: unknown\n", encoding="utf-8")
    result = assess_file(path, rules)
    by_id = {finding.rule.id: finding for finding in result.findings}
    assert finding_location(result, by_id["V01"]).line == 3  # `unknown` said out loud: located
    assert finding_location(result, by_id["O02"]) is None  # agreements left out
    findings = {finding["rule_id"]: finding for finding in json.loads(render_json(result, "nl"))["findings"]}
    assert findings["O02"]["location"] is None and findings["V01"]["location"] == {"line": 3, "column": 11}


def test_a_two_views_check_points_at_a_partners_own_answer(rules) -> None:
    path = EXAMPLES / "two-views-vision-one-sided.yaml"
    result = assess_file(path, rules)
    check = next(f for f in result.findings if f.rule.id.startswith("DV") and f.status == "unmet")
    location = finding_location(result, check)
    assert location is not None and location.line > line_of(path, "views:")


def test_a_partnership_given_as_data_has_no_locations(rules, ready_data) -> None:
    result = assess_data(ready_data, rules)
    assert all(finding_location(result, finding) is None for finding in result.findings)


def test_located_findings_keep_the_json_text_the_plain_encoding(rules) -> None:
    known = {}
    for path in sorted(EXAMPLES.glob("*.yaml")):
        result = assess_file(path, rules)
        for lang in ("en", "nl"):
            for level in (0, 2):
                plain = json.dumps(assessment_dict(result, lang), ensure_ascii=False, indent=2)
                assert assessment_json(result, lang, known, level) == plain.replace("\n", "\n" + "  " * level)
