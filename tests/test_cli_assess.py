"""`tango-check assess` through the command line: output, colour, exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check import __version__
from tango_check.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
READY = str(EXAMPLES / "broker-ready.yaml")
NOT_READY = str(EXAMPLES / "no-shared-vision.yaml")
ANSI = re.compile(r"\x1b\[")
PLAIN_ENV = {"COLUMNS": "100", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm", "LANG": "en_GB.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}


def invoke(*args: str, **env: str | None):
    return CliRunner().invoke(app, list(args), env={**PLAIN_ENV, **env})


def test_text_report_has_verdict_themes_and_sources() -> None:
    result = invoke("assess", READY)
    assert result.exit_code == 0
    out = result.stdout
    assert "Verdict: READY" in out
    assert "Zorgcoöperatie Eikenhorst" in out and "Zorggroep De Linde" in out
    assert "Shared vision" in out and "strength" in out
    assert "What already goes well (26)" in out
    assert "Source: Conclusies en aanbevelingen ›" in out
    assert result.stderr == ""


def test_not_ready_exits_1_and_names_the_gate() -> None:
    result = invoke("assess", NOT_READY)
    assert result.exit_code == 1
    assert "NOT READY" in result.stdout
    assert "A precondition is not met: The partners share a vision on good care." in result.stdout


def test_dutch_report() -> None:
    result = invoke("assess", NOT_READY, "--lang", "nl")
    assert "Oordeel: NOG NIET KLAAR" in result.stdout
    assert "Te bespreken obstakels, belangrijkste eerst" in result.stdout
    assert "De partners delen (nog) geen volledige visie op goede zorg." in result.stdout


def test_language_follows_the_locale() -> None:
    assert "Oordeel:" in invoke("assess", READY, LANG="nl_NL.UTF-8").stdout
    assert "Verdict:" in invoke("assess", READY, LANG="en_US.UTF-8").stdout


def test_no_ansi_when_output_is_not_a_terminal() -> None:
    assert not ANSI.search(invoke("assess", READY).stdout)


def test_no_color_wins_over_force_color() -> None:
    assert not ANSI.search(invoke("assess", READY, NO_COLOR="1", FORCE_COLOR="1").stdout)


def test_force_color_and_color_always_colour_the_report() -> None:
    assert ANSI.search(invoke("assess", READY, FORCE_COLOR="1").stdout)
    assert ANSI.search(invoke("assess", READY, "--color", "always", NO_COLOR="1").stdout)


def test_color_never_beats_force_color() -> None:
    assert not ANSI.search(invoke("assess", READY, "--color", "never", FORCE_COLOR="1").stdout)


def test_json_output_is_versioned_and_complete() -> None:
    result = invoke("assess", NOT_READY, "--format", "json", FORCE_COLOR="1")
    assert result.exit_code == 1
    assert not ANSI.search(result.stdout)
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1
    assert data["verdict"] == "not_ready"
    assert isinstance(data["score"], float)
    assert [t["theme"] for t in data["themes"]] == ["vision", "workforce", "organisation", "context", "benefits"]
    v01 = next(f for f in data["findings"] if f["rule_id"] == "V01")
    assert v01["status"] == "unmet" and v01["kind"] == "success_factor" and v01["theme"] == "vision"
    assert v01["source"]["citation"].startswith("Conclusies en aanbevelingen › Belangrijkste ingrediënt")
    assert v01["title"] and v01["recommendation"]
    assert data["next_steps"][0]["rule_id"] == "V01"


def test_json_in_dutch() -> None:
    data = json.loads(invoke("assess", READY, "-f", "json", "--lang", "nl").stdout)
    assert data["lang"] == "nl"
    assert data["verdict"] == "ready" and data["verdict_text"] == "klaar om samen te werken"


def test_fail_under_judges_the_score_the_report_shows(tmp_path: Path) -> None:
    path = tmp_path / "partner.yaml"
    path.write_text("vision: {shared: yes}\nworkforce: {staff_informed: no}\n", encoding="utf-8")  # 5 of 9 weight met
    shown = invoke("assess", str(path), "--fail-under", "55.6")
    assert "Score: 55.6/100" in shown.stdout and "fail-under" not in shown.stderr  # 55.555... shows, and counts, as 55.6
    result = invoke("assess", str(path), "--fail-under", "55.65")
    assert result.exit_code == 1
    assert "score 55.6 is below the required 55.65 (--fail-under)" in result.stderr


def test_fail_under_passes_a_ready_partnership_above_it() -> None:
    assert invoke("assess", READY, "--fail-under", "90").exit_code == 0
    assert invoke("assess", READY, "--fail-under", "97").exit_code == 1


def test_broken_file_gives_one_located_error_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "partner.yaml"
    path.write_text("ambition: broker\nvision:\n  shared: yes\n  sharred: no\n", encoding="utf-8")
    result = invoke("assess", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"{path}:4:3: unknown field 'sharred'; did you mean 'shared'?\n"


def test_missing_file_exit_2_in_dutch(tmp_path: Path) -> None:
    result = invoke("assess", str(tmp_path / "nope.yaml"), "--lang", "nl")
    assert result.exit_code == 2
    assert "bestand niet gevonden" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def broken_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the library fail as a bug would."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr("tango_check.api.assess_file", broken)


@pytest.mark.usefixtures("broken_engine")
def test_internal_error_exit_3_without_traceback() -> None:
    result = invoke("assess", READY)
    assert result.exit_code == 3
    assert "internal error: RuntimeError: boom" in result.stderr
    assert "TANGO_CHECK_DEBUG" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.usefixtures("broken_engine")
def test_internal_error_shows_traceback_when_asked() -> None:
    result = invoke("assess", READY, TANGO_CHECK_DEBUG="1")
    assert result.exit_code == 3
    assert "Traceback" in result.stderr


def test_usage_error_exits_2() -> None:
    result = invoke("assess", READY, "--format", "xml")
    assert result.exit_code == 2


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"tango-check {__version__}"


def test_version_matches_pyproject() -> None:
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{__version__}"' in pyproject


def test_every_command_has_help() -> None:
    top = invoke("--help")
    assert top.exit_code == 0
    commands = re.findall(r"^│ (\w[\w-]*) ", top.stdout, flags=re.MULTILINE)
    assert "assess" in commands
    for command in commands:
        result = invoke(command, "--help")
        assert result.exit_code == 0, command
        assert "Usage" in result.stdout


def test_a_closed_output_is_not_mistaken_for_a_verdict() -> None:
    # `tango-check assess x | head -1`: Rich would exit 1 (our "not ready"); we exit 141 as for SIGPIPE.
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "tango_check", "assess", READY, "--color", "never"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader goes away before the report is written
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 141
    assert b"Traceback" not in stderr
