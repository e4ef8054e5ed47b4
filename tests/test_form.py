"""`tango-check form`: the page it writes, read as text (the browser tests are in test_form_browser.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check import form, questionnaire
from tango_check.cli import app

runner = CliRunner()


class Page(HTMLParser):
    """The parts of the page the tests look at: fieldsets, inputs, scripts, styles, the CSP, every URL."""

    def __init__(self, text: str):
        super().__init__()
        self.fields: list[str] = []
        self.inputs: dict[str, list[dict[str, str]]] = {}
        self.labels_for: set[str] = set()
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.styles: list[str] = []
        self.csp = ""
        self.urls: list[str] = []
        self.actions: dict[str, str] = {}
        self._open: tuple[str, dict[str, str]] | None = None
        self._field: str | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.urls += [value for name, value in attributes.items() if name in ("src", "href", "action")]
        if tag == "fieldset" and "data-field" in attributes:
            self._field = attributes["data-field"]
            self.fields.append(self._field)
        if tag == "input" and self._field is not None:
            self.inputs.setdefault(self._field, []).append(attributes)
        if tag == "label" and "for" in attributes:
            self.labels_for.add(attributes["for"])
        if "data-action" in attributes:
            self.actions[attributes["data-action"]] = tag
        if tag == "meta" and attributes.get("http-equiv") == "Content-Security-Policy":
            self.csp = attributes["content"]
        if tag in ("script", "style"):
            self._open = (tag, attributes)

    def handle_endtag(self, tag: str) -> None:
        if tag == "fieldset":
            self._field = None
        if tag in ("script", "style"):
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is None:
            return
        tag, attributes = self._open
        if tag == "script":
            self.scripts.append((attributes, data))
        else:
            self.styles.append(data)


def page(*args: str) -> Page:
    result = runner.invoke(app, ["form", "-", *args])
    assert result.exit_code == 0, result.stderr
    return Page(result.stdout)


def sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_it_asks_the_questions_of_init_interactive_in_their_order() -> None:
    assert page("--lang", "en").fields == [spec.path for spec in questionnaire.questions()]
    assert page("--lang", "nl", "--all").fields == [spec.path for spec in questionnaire.questions(everything=True)]


def test_a_form_for_one_partner_asks_the_respondent_and_only_its_own_view() -> None:
    fields = page("--perspective", "care_organisation", "--all").fields
    assert fields[:2] == ["respondent.role", "respondent.name"]
    assert "perspective" not in fields
    assert "views.care_organisation.satisfaction" in fields
    assert not [field for field in fields if field.startswith("views.cooperative.")]
    core = page("--perspective", "cooperative").fields
    assert core == ["respondent.role", "respondent.name", *[spec.path for spec in questionnaire.questions()]]


def test_each_choice_is_an_input_whose_value_is_the_answer_in_the_file() -> None:
    shown = page("--lang", "nl", "--perspective", "cooperative")
    specs = {spec.path: spec for spec in form.form_questions(perspective="cooperative")}
    for field, inputs in shown.inputs.items():
        spec = specs[field]
        values = [attributes.get("value") for attributes in inputs]
        if spec.kind == "choice":
            assert {attributes["type"] for attributes in inputs} == {"radio"}
            # every allowed answer, with "don't know" last: `unknown`, or nothing where the field has no unknown
            assert values == [*[value for value in spec.allowed if value != "unknown"], "unknown" if "unknown" in spec.allowed else ""]
        elif spec.kind == "choices":
            assert {attributes["type"] for attributes in inputs} == {"checkbox"}
            assert values == [*spec.allowed, "[]"]
        else:
            assert [attributes["type"] for attributes in inputs] == ["text"]
            assert inputs[0]["id"] in shown.labels_for  # a text field has its label
            assert inputs[0].get("maxlength") == "200"
    assert set(shown.inputs) == set(specs)
    assert shown.actions == {"save": "button", "open": "input", "skip": "button"}


def test_the_page_loads_nothing_and_allows_only_its_own_script_and_style() -> None:
    shown = page("--lang", "en", "--all")
    assert shown.urls == []  # no src, href or action at all: nothing to load or send
    running = [text for attributes, text in shown.scripts if attributes.get("type") != "application/json"]
    assert len(running) == 1 and len(shown.styles) == 1
    policy = dict(part.strip().split(" ", 1) for part in shown.csp.split(";"))
    assert policy["default-src"] == "'none'" and policy["connect-src"] == "'none'" and policy["form-action"] == "'none'"
    assert policy["script-src"] == f"'{sha256(running[0])}'"
    assert policy["style-src"] == f"'{sha256(shown.styles[0])}'"


def test_the_page_data_cannot_close_its_script_element() -> None:
    data = form._json_for_script({"text": "</script><!-- & more"})
    assert "<" not in data and ">" not in data and "&" not in data
    assert json.loads(data) == {"text": "</script><!-- & more"}


def test_the_page_knows_what_true_and_false_mean_per_field() -> None:
    fields = form._page_data("en", None)["fields"]
    assert fields["vision.shared"]["booleans"] == ["yes", "no"]
    assert fields["agreements.mission"]["booleans"] == ["agreed", "not_agreed"]
    assert fields["ambition"]["booleans"] is None
    assert fields["schema_version"]["fixed"] == 1


def test_both_languages_read_as_their_own() -> None:
    dutch = runner.invoke(app, ["form", "-", "--lang", "nl"]).stdout
    english = runner.invoke(app, ["form", "-", "--lang", "en"]).stdout
    assert '<html lang="nl">' in dutch and "Mijn antwoorden opslaan" in dutch and "weet ik niet" in dutch
    assert '<html lang="en">' in english and "Save my answers" in english and "don&#x27;t know" in english
    assert "Save my answers" not in dutch and "Mijn antwoorden" not in english


def test_it_writes_the_file_and_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "vragenlijst.html"
    result = runner.invoke(app, ["form", str(target), "--lang", "nl"])
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "geschreven" in result.stderr and result.stdout == ""
    target.write_text("my own notes", encoding="utf-8")
    result = runner.invoke(app, ["form", str(target), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{target}: file already exists; nothing written")
    assert target.read_text(encoding="utf-8") == "my own notes"
    assert runner.invoke(app, ["form", str(target), "--force"]).exit_code == 0
    assert "<!DOCTYPE html>" in target.read_text(encoding="utf-8")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["vragenlijst.html"]  # no temporary file left


def test_the_default_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["form"]).exit_code == 0
    assert (tmp_path / form.DEFAULT_FILE_NAME).is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["form", "{tmp}/missing/form.html"], "folder '{tmp}/missing' does not exist"),
        (["form", "{tmp}"], "this is a folder"),
        (["form", "-", "--perspective", "municipality"], "'municipality' is not a possible value for --perspective"),
        (["form", "-", "--lang", "de"], "'de' is not a possible value for --lang; choose one of: nl, en"),
    ],
)
def test_bad_options_and_places_are_one_message_and_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, [arg.replace("{tmp}", str(tmp_path)) for arg in args])
    assert result.exit_code == 2
    assert message.replace("{tmp}", str(tmp_path)) in re.sub(r"\s*│\s*", " ", result.stderr)
    assert "Traceback" not in result.stderr and result.stdout == ""
