"""`tango-check init` (the template) and how files are written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tango_check import template
from tango_check.api import assess_file
from tango_check.cli import app
from tango_check.commands import authoring
from tango_check.loading import parse_yaml
from tango_check.outline import FieldSpec, field_catalog, outline
from tango_check.schema import FILE_NAME as SCHEMA_FILE_NAME
from tango_check.schema import schema_text

runner = CliRunner()


def comment_text(text: str) -> str:
    """All comment lines joined by single spaces, so wrapped sentences read whole again."""
    return " ".join(line.strip()[1:].strip() for line in text.splitlines() if line.strip().startswith("#"))


def lookup(data: dict, path: str) -> object:
    for part in path.split("."):
        assert isinstance(data, dict) and part in data, f"{path} is missing from the template"
        data = data[part]
    return data


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_init_writes_a_valid_template_that_is_not_ready_for_lack_of_answers(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "partner.yaml"
    result = runner.invoke(app, ["init", str(target), "--lang", lang])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assessment = assess_file(target)
    assert assessment.verdict == "not_ready"
    assert assessment.answered == 0
    assert any(reason.key == "reason.too_few_known" for reason in assessment.reasons)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_question_is_present_and_explained_in_the_chosen_language(lang: str) -> None:
    text = template.render(lang)
    data = parse_yaml(text, "template").data
    comments = comment_text(text)
    for entry in outline():
        value = lookup(data, entry.path)
        assert entry.question(lang) in comments, entry.path
        if isinstance(entry, FieldSpec):
            if entry.kind == "choice" and "unknown" in entry.allowed:
                assert value == "unknown", entry.path
            elif entry.default is None:
                assert value is None, entry.path
            for allowed in entry.allowed:
                assert allowed in comments, (entry.path, allowed)
    other = "nl" if lang == "en" else "en"
    assert field_catalog()["vision.shared"].question(other) not in comments


def test_dutch_template_explains_answers_in_dutch() -> None:
    text = template.render("nl")
    assert "Antwoord: yes (ja) | partly (deels) | no (nee) | unknown (onbekend)" in text
    assert "Answer:" not in text


def test_the_first_line_points_the_editor_to_the_schema_init_writes_beside_it() -> None:
    assert template.render("en").splitlines()[0] == f"# yaml-language-server: $schema={SCHEMA_FILE_NAME}"


def test_init_without_path_writes_partner_yaml_and_the_schema_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([SCHEMA_FILE_NAME, "partner.yaml"])
    assert (tmp_path / SCHEMA_FILE_NAME).read_text(encoding="utf-8") == schema_text()
    assert (tmp_path / "partner.yaml").read_text(encoding="utf-8") == template.render("en")
    assert "tango-check validate partner.yaml" in result.stderr


def test_init_dash_prints_the_template_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "-", "--lang", "nl"])
    assert result.exit_code == 0
    assert result.stdout == template.render("nl")
    assert list(tmp_path.iterdir()) == []


def test_no_schema_writes_only_the_partnership_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "a.yaml"), "--no-schema"])
    assert result.exit_code == 0
    assert [path.name for path in tmp_path.iterdir()] == ["a.yaml"]


def test_an_existing_file_is_never_overwritten_without_force(tmp_path: Path) -> None:
    target = tmp_path / "partner.yaml"
    target.write_text("name: mine\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(target), "--lang", "en"])
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "name: mine\n"
    assert f"{target}: file already exists" in result.stderr
    assert "--force" in result.stderr
    assert "Traceback" not in result.output

    forced = runner.invoke(app, ["init", str(target), "--force", "--lang", "en"])
    assert forced.exit_code == 0
    assert target.read_text(encoding="utf-8") == template.render("en", file_name="partner.yaml")


def test_an_existing_different_schema_is_kept_unless_forced(tmp_path: Path) -> None:
    schema = tmp_path / SCHEMA_FILE_NAME
    schema.write_text("{}\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(tmp_path / "a.yaml"), "--lang", "en"])
    assert result.exit_code == 0
    assert schema.read_text(encoding="utf-8") == "{}\n"
    assert "Kept" in result.stderr and "--force" in result.stderr
    forced = runner.invoke(app, ["init", str(tmp_path / "b.yaml"), "--force"])
    assert forced.exit_code == 0
    assert schema.read_text(encoding="utf-8") == schema_text()


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda base: base / "missing" / "partner.yaml", "does not exist"),
        (lambda base: base, "this is a folder"),
    ],
)
def test_an_unwritable_target_is_a_clear_input_error(tmp_path: Path, make, expected: str) -> None:
    result = runner.invoke(app, ["init", str(make(tmp_path)), "--lang", "en"])
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "Traceback" not in result.output


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "partner.yaml"
    target.write_text("name: mine\n", encoding="utf-8")

    def refuse(source: object, destination: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tango_check.files.os.replace", refuse)
    result = runner.invoke(app, ["init", str(target), "--force", "--no-schema", "--lang", "en"])
    assert result.exit_code == 2
    assert "cannot write this file (Permission denied)" in result.stderr
    assert target.read_text(encoding="utf-8") == "name: mine\n"
    assert [path.name for path in tmp_path.iterdir()] == ["partner.yaml"]


def test_an_interrupted_write_leaves_no_file_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("tango_check.files.os.fsync", interrupt)
    with pytest.raises(KeyboardInterrupt):
        authoring.write_file(tmp_path / "partner.yaml", "name: x\n")
    assert list(tmp_path.iterdir()) == []


def test_a_written_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        authoring.write_file(tmp_path / "partner.yaml", "name: x\n")
    finally:
        os.umask(previous)
    assert (tmp_path / "partner.yaml").stat().st_mode & 0o777 == 0o644


def test_answers_are_written_into_the_template_and_read_back_the_same() -> None:
    answers = {
        "name": 'Zorg: "De Linde" # 2',
        "partners.cooperative.name": "Zorgcoöperatie Eikenhorst",
        "ambition": "broker",
        "vision.shared": "yes",
        "benefits.cooperative_seeks": ["funding", "volunteers"],
        "benefits.care_organisation_seeks": [],
    }
    text = template.render("en", answers)
    partnership = load_partnership_text(text)
    assert partnership.name == answers["name"]
    assert partnership.partners.cooperative.name == "Zorgcoöperatie Eikenhorst"
    assert partnership.ambition == "broker"
    assert partnership.vision.shared == "yes"
    assert partnership.benefits.cooperative_seeks == ["funding", "volunteers"]
    assert partnership.benefits.care_organisation_seeks == []
    assert partnership.agreements.mission == "unknown"


def load_partnership_text(text: str):
    from tango_check.loading import validate
    from tango_check.model import Partnership

    return validate(parse_yaml(text, "answers.yaml"), Partnership)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=200))
def test_any_name_survives_the_round_trip(name: str) -> None:
    assert load_partnership_text(template.render("en", {"name": name})).name == name
