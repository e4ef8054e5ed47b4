"""`tango-check rules` (list, test, validate), `explain`, custom packs and selection, through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check.cli import app
from tango_check.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
CUSTOM = ROOT / "rule-packs" / "heuvelland"
BROKER = ROOT / "examples" / "broker-ready.yaml"
DOCS_COMMAND = ["rules", "--format", "markdown", "--extension", "--isolated", "--lang", "en"]

runner = CliRunner(env={"COLUMNS": "200", "NO_COLOR": "1"})


@pytest.fixture(autouse=True)
def _no_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from an empty folder, so no configuration above the checkout can interfere."""
    monkeypatch.chdir(tmp_path)


def run(*args: str):
    return runner.invoke(app, list(args))


def test_docs_rules_md_matches_the_catalogue() -> None:
    result = run(*DOCS_COMMAND)
    assert result.exit_code == 0
    expected = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert result.stdout == expected, "docs/rules.md is out of date: run `tango-check " + " ".join(DOCS_COMMAND) + " > docs/rules.md`"


def test_rules_lists_every_rule_as_a_table_without_colour() -> None:
    result = run("rules", "--lang", "en")
    assert result.exit_code == 0
    ids = [rule.id for rule in load_rules()]
    starts = {line.split(" ", 1)[0] for line in result.stdout.splitlines()}
    assert set(ids) <= starts
    assert "applies when" in result.stdout and "X01" not in result.stdout
    assert "\x1b[" not in result.stdout
    assert f"{len(ids)} rules." in result.stdout
    assert run("rules", "list", "--lang", "en").stdout == result.stdout


def test_rules_json_holds_every_rule_with_its_explanation() -> None:
    result = run("rules", "--format", "json", "--lang", "nl", "--extension")
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1 and data["lang"] == "nl"
    rules = {rule["id"]: rule for rule in data["rules"]}
    assert set(rules) == {rule.id for rule in load_rules(extension=True)}
    assert rules["C02"]["applies_when_text"].startswith("het antwoord op „")
    assert rules["X01"]["pack"] == "extension"
    assert rules["V01"]["severity"] == "gate" and rules["V01"]["kind"] == "success_factor"


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (["--select", "V"], ["V01", "V02", "V03", "V04"]),
        (["--select", "v01,benefits", "--ignore", "B02,B03,B04"], ["V01", "B01", "B05", "B06"]),
        (["--select", "C", "--ignore", "C0"], []),
    ],
)
def test_select_and_ignore_take_ids_prefixes_and_themes(selection: list[str], expected: list[str]) -> None:
    result = run("rules", "--format", "json", *selection)
    if not expected:
        assert result.exit_code == 2
        assert "leave no rules" in result.stderr or "laten geen regels" in result.stderr
        return
    assert [rule["id"] for rule in json.loads(result.stdout)["rules"]] == expected


def test_a_selector_that_matches_nothing_is_an_error_with_a_suggestion() -> None:
    result = run("assess", str(BROKER), "--ignore", "workforse", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith("--ignore: 'workforse' matches no rule id, id prefix or theme")
    assert "did you mean 'workforce'?" in result.stderr
    assert result.stdout == ""


def test_assess_uses_only_the_selected_rules() -> None:
    result = run("assess", str(BROKER), "--format", "json", "--select", "workforce", "--ignore", "W06")
    assert [f["rule_id"] for f in json.loads(result.stdout)["findings"]] == ["W01", "W02", "W03", "W04", "W05"]


def test_explain_writes_out_what_why_when_what_to_do_and_source() -> None:
    result = run("explain", "c02", "--lang", "en")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("C02 ")
    for heading in ("What it checks", "When it applies", "Why (the finding behind it)", "What to do", "Source"):
        assert f"\n{heading}\n" in out
    assert "(regulation.financing_route) is one of:" in out
    assert "“How is the care the cooperative provides financed?”" in out
    assert "(ambition) is" in out and "Only when:" in out
    assert "Hindernissen afhankelijk van ambitie" in out
    assert "met_when" not in out and "{field" not in out


def test_explain_in_dutch_and_as_json() -> None:
    dutch = run("explain", "V01", "--lang", "nl")
    assert "Wat de regel toetst" in dutch.stdout and "„ja” (yes)" in dutch.stdout
    data = json.loads(run("explain", "V01", "--format", "json", "--lang", "en").stdout)
    assert data["id"] == "V01" and data["schema_version"] == 1
    assert data["checks"]["text"].endswith("(vision.shared) is “yes”")
    assert data["applies_when"] is None
    assert data["source"]["section"] == "Conclusies en aanbevelingen"
    assert data["condition"]["met_when"] == {"field": "vision.shared", "equals": "yes"}


def test_explain_knows_the_extension_pack_without_the_flag() -> None:
    result = run("explain", "X02", "--lang", "en")
    assert result.exit_code == 0
    assert "extension pack (off by default; --extension)" in result.stdout
    assert "Waarom überhaupt samenwerken" in result.stdout


@pytest.mark.parametrize(("given", "closest"), [("V1", "V01"), ("O1", "O10, O11, O12"), ("W", "W01, W02")])
def test_an_unknown_rule_id_gets_the_closest_ids_and_exit_2(given: str, closest: str) -> None:
    result = run("explain", given, "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{given}: unknown rule '{given}'; closest: ")
    assert closest in result.stderr
    assert result.stdout == ""


def test_explain_knows_the_two_views_checks_with_what_bridges_a_difference() -> None:
    result = run("explain", "dv06", "--lang", "en")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("DV06 ") and "two-views check" in out
    assert "(views.<partner>.consultation.frequency)" in out
    assert "Where they differ, the difference is bridged when:" in out
    assert "(consultation.rhythm_agreed) is “yes”" in out
    assert "a views: section in the file, or their own files assessed with --together or --with" in out
    unbridgeable = run("explain", "DV01", "--lang", "nl")
    assert unbridgeable.exit_code == 0
    assert "kan geen afspraak het verschil overbruggen" in unbridgeable.stdout


def test_every_id_a_report_shows_can_be_explained() -> None:
    examples = ROOT / "examples"
    reports = [
        run("assess", str(examples / "two-views-bridged.yaml"), "--format", "json"),
        run("assess", str(examples / "two-files" / "cooperative.yaml"), "--with",
            str(examples / "two-files" / "care-organisation.yaml"), "--format", "json"),
    ]
    shown = {finding["rule_id"] for report in reports for finding in json.loads(report.stdout)["findings"]}
    assert {"DV06", "DV90"} <= shown
    for rule_id in sorted(shown):
        assert run("explain", rule_id, "--format", "json").exit_code == 0, rule_id


def test_the_sample_municipal_pack_is_used_by_assess_rules_and_explain() -> None:
    assessed = json.loads(run("assess", str(BROKER), "--format", "json", "--rules", str(CUSTOM)).stdout)
    assert "HVL01" in [finding["rule_id"] for finding in assessed["findings"]]
    listed = run("rules", "--rules", str(CUSTOM), "--lang", "en")
    assert "HVL01" in listed.stdout and str(CUSTOM) in listed.stdout
    explained = run("explain", "HVL01", "--rules", str(CUSTOM), "--lang", "en")
    assert explained.exit_code == 0
    assert "custom rules from" in explained.stdout
    assert "Wmo-beleidsplan Gemeente Heuvelland" in explained.stdout
    assert "(municipality.involved) is “yes”" in explained.stdout
    assert run("rules", "test", str(CUSTOM)).stdout == "1 rule, 3 cases: all pass\n"
    assert run("rules", "validate", str(CUSTOM), "--lang", "en").stdout == "1 rule in 1 file: valid\n"


def _pack(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir(exist_ok=True)
    (folder / "rules.yaml").write_text(text, encoding="utf-8")
    return folder


BROKEN = """\
schema_version: 1
rules:
  - id: GEM01
    kind: success_factor
    theme: context
    weight: 1
    met_when: {field: municipality.involvd, equals: "yes"}
    title: {en: The municipality is involved}
    finding: {en: f, nl: f}
    question: {en: q, nl: q}
    problem: {en: p, nl: p}
    recommendation: {en: r, nl: r}
    source: {section: s}
  - id: GEM02
    kind: success_factor
    theme: context
    weight: 1
    met_when: {field: municipality.involved, same_as: "yes"}
    title: {en: t, nl: t}
    finding: {en: f, nl: f}
    question: {en: q, nl: q}
    problem: {en: p, nl: p}
    recommendation: {en: r, nl: r}
"""


def test_a_broken_pack_gives_located_errors_and_never_half_an_assessment(tmp_path: Path) -> None:
    pack = _pack(tmp_path, BROKEN)
    source = str(pack / "rules.yaml")
    for args in (["assess", str(BROKER), "--rules", str(pack)], ["rules", "validate", str(pack)]):
        result = run(*args, "--lang", "en")
        assert result.exit_code == 2
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert any(
            line.startswith(f"{source}:7:")
            and line.endswith("condition refers to 'municipality.involvd', which the partnership file does not have; did you mean 'municipality.involved'?")
            for line in lines
        )
        assert f"{source}:8:5: required field 'rules[0].title.nl' is missing" in lines
        assert any(line.startswith(f"{source}:18:15: not a known condition") for line in lines)
        assert any(line.startswith(source) and "'rules[1].source' is missing" in line for line in lines)


def test_ids_must_not_collide_and_the_error_says_where(tmp_path: Path) -> None:
    text = (CUSTOM / "heuvelland.yaml").read_text(encoding="utf-8").replace("id: HVL01", "id: V01")
    pack = _pack(tmp_path, text)
    result = run("assess", str(BROKER), "--rules", str(pack), "--lang", "en")
    assert result.exit_code == 2
    assert f"{pack / 'rules.yaml'}:14: rule id 'V01' is already used in rules/vision.yaml:5" in result.stderr


def test_a_missing_rules_folder_is_an_input_error(tmp_path: Path) -> None:
    result = run("assess", str(BROKER), "--rules", str(tmp_path / "nowhere"), "--lang", "en")
    assert result.exit_code == 2
    assert f"{tmp_path / 'nowhere'}: file not found" in result.stderr


def test_rules_test_runs_the_shipped_cases_green() -> None:
    result = run("rules", "test", "--lang", "en")
    assert result.exit_code == 0
    count = len(load_rules(extension=True))
    assert result.stdout.startswith(f"{count} rules, ") and result.stdout.endswith(": all pass\n")


def test_rules_test_reports_each_failing_case_with_its_location_and_exits_1(tmp_path: Path) -> None:
    pack = tmp_path / "copy"
    shutil.copytree(CUSTOM, pack)
    path = pack / "heuvelland.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("      - expect: unmet", "      - expect: met"), encoding="utf-8")
    line = text.splitlines().index("      - expect: unmet") + 1
    result = run("rules", "test", str(pack), "--lang", "en")
    assert result.exit_code == 1
    assert f"{path}:{line}:9: rule HVL01, case 2: expected met, got unmet" in result.stdout
    assert "HVL01 has no case that expects 'unmet'" in result.stdout
    assert result.stdout.endswith("1 rule, 3 cases: 2 problems\n")


def test_the_extension_flag_adds_the_extension_pack_to_an_assessment() -> None:
    plain = json.loads(run("assess", str(BROKER), "--format", "json").stdout)
    extended = json.loads(run("assess", str(BROKER), "--format", "json", "--extension").stdout)
    extra = {f["rule_id"] for f in extended["findings"]} - {f["rule_id"] for f in plain["findings"]}
    assert extra and all(rule_id.startswith("X") for rule_id in extra)


def test_a_partnership_file_given_as_a_rule_pack_is_named_as_such() -> None:
    result = run("assess", str(BROKER), "--rules", str(BROKER), "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == f"{BROKER}:1:1: not a rule file: it has no list of 'rules' (is this a partnership file?)\n"
