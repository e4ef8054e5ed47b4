"""--format sarif, junit and github: findings located in the partnership file, for CI.

tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 JSON Schema
(the final "rtm.5" text, as shipped in the npm package @microsoft/jest-sarif,
MIT), kept here because it cannot be fetched at test time.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from tango_check.cli import app
from tango_check.render.github import command, escape_property
from tango_check.locations import Location

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCHEMA = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "LANG": "en_GB.UTF-8", "LC_ALL": None}
ONE = EXAMPLES / "provider-unsorted.yaml"
GITHUB_LINE = re.compile(r"^::(error|warning|notice) ((?:[a-z]+=[^,:]*)(?:,[a-z]+=[^,:]*)*)::(.*)$")


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env=ENV)


def json_results(*args: str, lang: str) -> list[dict]:
    data = json.loads(invoke("assess", *args, "-f", "json", "--lang", lang).stdout)
    return data["results"] if "results" in data else [data]


def next_steps(result: dict) -> list[tuple[str, dict | None]]:
    """(rule id, location) of each next step, as the JSON gives them."""
    located = {finding["rule_id"]: finding["location"] for finding in result["findings"]}
    return [(step["rule_id"], located[step["rule_id"]]) for step in result["next_steps"]]


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


# --- SARIF -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("inputs", [[str(ONE)], [str(EXAMPLES)]], ids=["one-file", "examples"])
def test_sarif_is_valid_and_locates_every_next_step(sarif_validator, inputs: list[str], lang: str) -> None:
    result = invoke("assess", *inputs, "-f", "sarif", "--lang", lang)
    assert result.exit_code in (1, 2)
    log = json.loads(result.stdout)
    errors = sorted(sarif_validator.iter_errors(log), key=str)
    assert not errors, errors[0].message
    (run,) = log["runs"]
    assert run["language"] == lang and run["tool"]["driver"]["name"] == "tango-check"
    rules = run["tool"]["driver"]["rules"]
    assert all(rule["help"]["text"] and rule["properties"]["source"]["citation"] for rule in rules)
    assert all(rules[res["ruleIndex"]]["id"] == res["ruleId"] for res in run["results"])
    expected = [
        (Path(item["source"]).as_uri(), rule_id, location)  # absolute paths: file URIs
        for item in json_results(*inputs, lang=lang)
        for rule_id, location in next_steps(item)
    ]
    found = []
    for res in run["results"]:
        physical = res["locations"][0]["physicalLocation"]
        region = physical.get("region")
        location = None if region is None else {"line": region["startLine"], "column": region["startColumn"]}
        found.append((physical["artifactLocation"]["uri"], res["ruleId"], location))
    assert found == expected


def test_sarif_levels_follow_severity_and_unreadable_files_are_notifications(sarif_validator, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("vision: [\n", encoding="utf-8")
    log = json.loads(invoke("assess", str(ONE), str(broken), "-f", "sarif").stdout)
    assert not list(sarif_validator.iter_errors(log))
    (run,) = log["runs"]
    severity = {rule["id"]: rule["properties"]["severity"] for rule in run["tool"]["driver"]["rules"]}
    for res in run["results"]:
        loud = res["properties"]["status"] == "unmet" and severity[res["ruleId"]] in ("gate", "major")
        assert res["level"] == ("error" if loud else "warning")
    (invocation,) = run["invocations"]
    assert invocation["executionSuccessful"] is False
    (notification,) = invocation["toolExecutionNotifications"]
    assert notification["locations"][0]["physicalLocation"]["region"]["startLine"] == 2


def test_sarif_uris_of_relative_paths_stay_relative(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLES.parent)
    log = json.loads(invoke("assess", "examples/provider-unsorted.yaml", "-f", "sarif").stdout)
    uris = {res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for res in log["runs"][0]["results"]}
    assert uris == {"examples/provider-unsorted.yaml"}


def test_the_schema_catches_a_broken_log(sarif_validator) -> None:
    """The shipped schema is a real check: a wrong level or a missing message is refused."""
    log = json.loads(invoke("assess", str(ONE), "-f", "sarif").stdout)
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert not sarif_validator.is_valid(log)
    del log["runs"][0]["results"][0]["message"]
    log["runs"][0]["results"][0]["level"] = "error"
    assert not sarif_validator.is_valid(log)


# --- JUnit ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("inputs", [[str(ONE)], [str(EXAMPLES)]], ids=["one-file", "examples"])
def test_junit_a_suite_per_partnership_a_case_per_applicable_rule(inputs: list[str], lang: str) -> None:
    result = invoke("assess", *inputs, "-f", "junit", "--lang", lang)
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.tag == "testsuites"
    suites = [suite for suite in root if suite.get("errors") == "0"]
    items = json_results(*inputs, lang=lang)
    assert [suite.get("name") for suite in suites] == [item["source"] for item in items]
    for suite, item in zip(suites, items):
        applicable = [f for f in item["findings"] if f["status"] != "not_applicable"]
        cases = suite.findall("testcase")
        assert len(cases) == int(suite.get("tests")) == len(applicable)
        failed = [case.get("name").split()[0] for case in cases if case.find("failure") is not None]
        skipped = [case.get("name").split()[0] for case in cases if case.find("skipped") is not None]
        obstacles = [step["rule_id"] for step in item["next_steps"] if step["status"] == "unmet"]
        assert sorted(failed) == sorted(obstacles) and int(suite.get("failures")) == len(failed)
        assert sorted(skipped) == sorted(f["rule_id"] for f in applicable if f["status"] == "unknown")
        locations = {f["rule_id"]: f["location"] for f in applicable}
        for case in cases:
            location = locations[case.get("name").split()[0]]
            assert case.get("line") == (None if location is None else str(location["line"]))


def test_junit_an_unreadable_file_is_an_error_and_odd_names_stay_xml(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("vision: [\n", encoding="utf-8")
    odd = tmp_path / "odd.yaml"
    odd.write_text('name: "A \\x01 <b>&amp;\\" ]]>"\nvision: {shared: "yes"}\n', encoding="utf-8")
    root = ET.fromstring(invoke("assess", str(broken), str(odd), "-f", "junit").stdout.encode("utf-8"))
    error_suite, odd_suite = list(root)
    assert error_suite.get("errors") == "1" and error_suite.find("testcase/error") is not None
    name = odd_suite.find("properties/property[@name='partnership']").get("value")
    assert name == 'A \ufffd <b>&amp;" ]]>'


# --- GitHub -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("inputs", [[str(ONE)], [str(EXAMPLES)]], ids=["one-file", "examples"])
def test_github_commands_put_each_obstacle_at_its_line(inputs: list[str], lang: str) -> None:
    result = invoke("assess", *inputs, "-f", "github", "--lang", lang)
    commands = []
    for line in result.stdout.splitlines():
        match = GITHUB_LINE.match(line)
        assert match, line
        properties = dict(part.split("=", 1) for part in match.group(2).split(","))
        commands.append((match.group(1), properties, match.group(3)))
    items = json_results(*inputs, lang=lang)
    annotations = [(kind, props) for kind, props, _ in commands if kind != "notice" and props.get("title") != "tango-check"]
    expected = [(item, rule_id, location) for item in items for rule_id, location in next_steps(item)]
    assert len(annotations) == len(expected)
    for (kind, props), (item, rule_id, location) in zip(annotations, expected):
        assert props["file"] == item["source"] and props["title"].startswith(f"{rule_id} ")
        assert (props.get("line"), props.get("col")) == ((None, None) if location is None else (str(location["line"]), str(location["column"])))
        finding = next(f for f in item["findings"] if f["rule_id"] == rule_id)
        loud = finding["status"] == "unmet" and finding["severity"] in ("gate", "major")
        assert kind == ("error" if loud else "warning")
    assert sum(1 for kind, *_ in commands if kind == "notice") == len(items)


def test_github_escapes_what_would_break_a_command() -> None:
    line = command("error", "50% done\nnext", file="a,b:c.yaml", location=Location(3, 7), title="V01 a: b, c")
    assert line == "::error file=a%2Cb%3Ac.yaml,line=3,col=7,title=V01 a%3A b%2C c::50%25 done%0Anext\n"
    assert escape_property("100%") == "100%25"


def test_an_open_question_on_the_tools_own_reading_says_so_in_ci_annotations() -> None:
    """B01 rests on tango-check's reading, not the study: its open question carries the mark, as in every report."""
    lines = invoke("assess", str(EXAMPLES / "early-draft.yaml"), "-f", "github", "--lang", "en").stdout.splitlines()
    [b01] = [line for line in lines if "title=B01" in line]
    assert "(the tool's reading, not the study's)" in b01
