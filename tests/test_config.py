"""Configuration: found by walking up, overridden by options, and never silently wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check.cli import app
from tango_check.config import find_config, resolve
from tango_check.errors import InputError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
runner = CliRunner()


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with a partnership file two levels down, as the current folder."""
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "partner.yaml").write_text(
        (EXAMPLES / "broker-ready.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


PARTNER = Path("sub/deeper/partner.yaml")


def test_pyproject_table_is_found_by_walking_up(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.tango-check]\nlang = "nl"\nselect = ["V", "context"]\nignore = ["C07"]\n'
        "fail-under = 75.5\nextension = true\n",
        encoding="utf-8",
    )
    settings = resolve(PARTNER)
    assert settings.config_file == Path("pyproject.toml")
    assert (settings.lang, settings.select, settings.ignore) == ("nl", ("V", "context"), ("C07",))
    assert (settings.fail_under, settings.extension) == (75.5, True)
    assert settings.origins["ignore"] == ("pyproject.toml", 7)


def test_a_pyproject_without_our_table_is_passed_over(project: Path) -> None:
    (project / "sub" / "pyproject.toml").write_text('[project]\nname = "tango-check"\n', encoding="utf-8")
    (project / ".tango-check.yaml").write_text("lang: en\n", encoding="utf-8")
    assert find_config(PARTNER) == Path(".tango-check.yaml")


def test_the_dotfile_wins_over_pyproject_in_the_same_folder_and_the_nearest_folder_wins(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.tango-check]\nlang = "nl"\n', encoding="utf-8")
    (project / ".tango-check.yaml").write_text("lang: en\n", encoding="utf-8")
    assert find_config(PARTNER) == Path(".tango-check.yaml")
    (project / "sub" / "pyproject.toml").write_text('[tool.tango-check]\nlang = "nl"\n', encoding="utf-8")
    assert find_config(PARTNER) == Path("sub/pyproject.toml")


def test_options_win_and_rule_folders_add_up(project: Path) -> None:
    (project / "packs" / "a").mkdir(parents=True)
    (project / "sub" / ".tango-check.yaml").write_text(
        "lang: nl\nselect: [V]\nrules: [../packs/a]\nfail-under: 50\nextension: true\n", encoding="utf-8"
    )
    settings = resolve(
        PARTNER, lang="en", select=["O"], rule_folders=[Path("packs/b")], extension=False, fail_under=90
    )
    assert (settings.lang, settings.select, settings.fail_under, settings.extension) == ("en", ("O",), 90, False)
    assert settings.rule_folders == (Path("sub/../packs/a"), Path("packs/b"))
    assert settings.origins["select"] == ("--select", None)


def test_isolated_ignores_configuration_and_config_names_one(project: Path) -> None:
    (project / ".tango-check.yaml").write_text("lang: nl\n", encoding="utf-8")
    (project / "other.yaml").write_text("lang: en\nignore: [B]\n", encoding="utf-8")
    assert resolve(PARTNER, isolated=True).lang is None
    assert resolve(PARTNER, config_file=Path("other.yaml")).ignore == ("B",)
    with pytest.raises(InputError):
        resolve(PARTNER, config_file=Path("other.yaml"), isolated=True)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (".tango-check.yaml", "lang: nl\nfail_under: 70\n", ".tango-check.yaml:2:1: unknown field 'fail_under'; did you mean 'fail-under'?"),
        (".tango-check.yaml", "extension: maybe\n", ".tango-check.yaml:1:12: 'extension' must be true or false, not 'maybe'"),
        (".tango-check.yaml", "rules: [nowhere]\n", ".tango-check.yaml:1:9: rule folder 'nowhere' does not exist"),
        ("pyproject.toml", '[tool.tango-check]\nlang = "nl"\nfail-under = 150\n', "pyproject.toml:3:1: 'fail-under' must be a score from 0 to 100"),
        ("pyproject.toml", '[tool.tango-check]\nlang = "fr"\n', "pyproject.toml:2:1: 'fr' is not an allowed answer for 'lang'"),
        ("pyproject.toml", "[tool.tango-check]\nlang = \n", "pyproject.toml:2:8: invalid TOML: Invalid value"),
    ],
)
def test_invalid_configuration_is_a_located_error_and_exit_2(project: Path, name: str, text: str, expected: str) -> None:
    (project / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["assess", str(PARTNER), "--lang", "en"])
    assert result.exit_code == 2
    assert expected in result.stderr
    assert result.stdout == ""


def test_an_explicit_pyproject_without_the_table_is_an_error(project: Path) -> None:
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    result = runner.invoke(app, ["assess", str(PARTNER), "--config", "pyproject.toml", "--lang", "en"])
    assert result.exit_code == 2
    assert "pyproject.toml: this file has no [tool.tango-check] table" in result.stderr


def test_assess_follows_the_configuration(project: Path) -> None:
    (project / ".tango-check.yaml").write_text(
        "lang: nl\nselect: [vision, W06]\nfail-under: 99.5\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["assess", str(PARTNER), "--format", "json"])
    report = json.loads(result.stdout)
    assert report["lang"] == "nl"
    assert [finding["rule_id"] for finding in report["findings"]] == ["V01", "V02", "V03", "V04", "W06"]
    assert result.exit_code == 1  # below fail-under from the configuration
    assert "99,5" in result.stderr

    isolated = runner.invoke(app, ["assess", str(PARTNER), "--format", "json", "--isolated", "--lang", "en"])
    assert isolated.exit_code == 0
    assert json.loads(isolated.stdout)["lang"] == "en"
    assert len(json.loads(isolated.stdout)["findings"]) > 5


def test_a_selector_from_the_configuration_that_matches_nothing_points_at_its_line(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.tango-check]\n\nignore = ["vison"]\n', encoding="utf-8")
    result = runner.invoke(app, ["assess", str(PARTNER), "--lang", "en"])
    assert result.exit_code == 2
    assert "pyproject.toml:3: 'vison' matches no rule id, id prefix or theme" in result.stderr
    assert "did you mean 'vision'?" in result.stderr
