"""`tango-check validate`: every problem of every file, located, without assessing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))

THREE_MISTAKES = """\
schema_version: 1
name: Eikenhorst
vison:
  shared: yes
ambition: brokr
agreements: yes
"""
LOCATION = re.compile(r"^(?P<file>.+):(?P<line>\d+):(?P<column>\d+): (?P<message>.+)$")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(stderr: str) -> list[dict[str, str]]:
    found = [LOCATION.match(line) for line in stderr.splitlines()]
    assert all(found), stderr
    return [match.groupdict() for match in found if match]


def test_three_mistakes_are_reported_together_each_with_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "three.yaml", THREE_MISTAKES)
    result = runner.invoke(app, ["validate", str(path), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stdout == ""
    reported = problems(result.stderr)
    assert [(p["file"], p["line"], p["column"]) for p in reported] == [
        (str(path), "3", "1"),
        (str(path), "5", "11"),
        (str(path), "6", "13"),
    ]
    assert reported[0]["message"] == "unknown field 'vison'; did you mean 'vision'?"
    assert reported[1]["message"] == (
        "'brokr' is not an allowed answer for 'ambition'; choose one of: 'broker', 'provider', 'undecided', 'unknown';"
        " did you mean 'broker'?"
    )
    assert reported[2]["message"] == "'agreements' must hold fields (key: value), not a single value"


def test_the_same_mistakes_in_dutch(tmp_path: Path) -> None:
    path = write(tmp_path, "drie.yaml", THREE_MISTAKES)
    result = runner.invoke(app, ["validate", str(path), "--lang", "nl"])
    assert result.exit_code == 2
    messages = [p["message"] for p in problems(result.stderr)]
    assert messages == [
        "onbekend veld 'vison'; bedoelt u 'vision'?",
        "'brokr' is geen toegestaan antwoord voor 'ambition'; kies uit: 'broker', 'provider', 'undecided', 'unknown';"
        " bedoelt u 'broker'?",
        "'agreements' moet velden bevatten (sleutel: waarde), geen losse waarde",
    ]


def test_a_wrong_choice_in_a_list_names_the_allowed_values(tmp_path: Path) -> None:
    path = write(tmp_path, "list.yaml", "benefits:\n  cooperative_seeks: [funding, money]\n")
    result = runner.invoke(app, ["validate", str(path), "--lang", "en"])
    [problem] = problems(result.stderr)
    assert (problem["line"], problem["column"]) == ("2", "32")
    assert "'money' is not an allowed answer for 'benefits.cooperative_seeks[1]'" in problem["message"]
    allowed = "'knowledge_exchange', 'volunteers', 'facilities', 'experimentation', 'funding', 'legitimacy'"
    assert allowed in problem["message"]


def test_every_file_is_checked_and_valid_ones_are_reported_ok(tmp_path: Path) -> None:
    good = write(tmp_path, "good.yaml", "vision:\n  shared: yes\n")
    bad = write(tmp_path, "bad.yaml", "vision:\n  shared: maybe\n")
    missing = tmp_path / "missing.yaml"
    result = runner.invoke(app, ["validate", str(bad), str(missing), str(good), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stdout == f"{good}: OK\n"
    assert f"{bad}:2:11: 'maybe' is not an allowed answer" in result.stderr
    assert f"{missing}: file not found" in result.stderr


def test_all_valid_files_exit_0(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", *map(str, EXAMPLES), "--lang", "nl"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [f"{path}: in orde" for path in EXAMPLES]
    assert result.stderr == ""


def test_the_init_template_validates(tmp_path: Path) -> None:
    target = tmp_path / "partner.yaml"
    assert runner.invoke(app, ["init", str(target)]).exit_code == 0
    assert runner.invoke(app, ["validate", str(target)]).exit_code == 0


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("vision:\n  shared: yes\n   elements: {}\n", "3"),  # bad indentation: YAML stops at the first error
        ("name: a\nname: b\n", "2"),
    ],
)
def test_a_yaml_error_is_one_located_problem(tmp_path: Path, text: str, line: str) -> None:
    path = write(tmp_path, "broken.yaml", text)
    result = runner.invoke(app, ["validate", str(path), "--lang", "en"])
    assert result.exit_code == 2
    [problem] = problems(result.stderr)
    assert problem["line"] == line
    assert "Traceback" not in result.output


def test_validate_needs_a_path() -> None:
    result = runner.invoke(app, ["validate"])
    assert result.exit_code == 2
