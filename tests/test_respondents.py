"""Many respondents per side: the side's answer, the split rule, the anonymity threshold, the reports, bad input."""

from __future__ import annotations

import copy
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from tango_check.api import assess_panel, assess_responses
from tango_check.cli import app
from tango_check.errors import InputError
from tango_check.loading import Document, load_document
from tango_check.model import Partnership
from tango_check.outline import field_catalog
from tango_check.respondents import (
    RespondentRules,
    SplitRule,
    builtin_respondent_rules,
    load_respondent_rules,
    tally,
)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
RESPONSES = EXAMPLES / "respondents"
PLAIN_ENV = {"COLUMNS": "200", "NO_COLOR": "1", "FORCE_COLOR": None, "LANG": "en_GB.UTF-8", "LC_ALL": None}
CATALOG = field_catalog()
SHARED = CATALOG["vision.shared"]  # ordered: yes, partly, no
AMBITION = CATALOG["ambition"]  # a choice without order
SEEKS = CATALOG["benefits.care_organisation_seeks"]  # a list
NAMES = ("Anna Bakker", "Jeroen Smit", "Fatima el Amrani", "Kees Mulder", "Marieke Visser", "Ruud de Boer", "Sanne Kok", "Youssef Haddad")


def invoke(*args: str, **env: str | None):
    return CliRunner().invoke(app, list(args), env={**PLAIN_ENV, **env})


def response_files() -> list[Path]:
    return sorted(RESPONSES.glob("*.yaml"))


def in_memory(datas: list[dict[str, Any]]) -> list[tuple[Document, Partnership]]:
    return [(Document(f"r{index}.yaml", data), Partnership.model_validate(data)) for index, data in enumerate(datas)]


@pytest.fixture(scope="module")
def example_data() -> list[dict[str, Any]]:
    return [load_document(path).data for path in response_files()]


# --- one side, one question ---------------------------------------------------------------


def test_ordered_answers_take_the_median_and_a_tie_the_more_cautious_answer() -> None:
    three = tally(["yes", "partly", "yes"], SHARED)
    assert (three.answer, three.counts, three.answered, three.split) == ("yes", (("yes", 2), ("partly", 1)), 3, False)
    assert tally(["yes", "partly"], SHARED).answer == "partly"  # between two middle answers: the later
    assert tally(["yes", "no"], SHARED).answer == "no"  # one voice against one: no split yet
    assert tally(["yes", "yes", "yes", "partly"], SHARED).answer == "yes"


def test_choices_take_the_most_frequent_answer_and_a_tie_none() -> None:
    assert tally(["broker", "provider", "broker"], AMBITION).answer == "broker"
    tie = tally(["broker", "provider"], AMBITION)
    assert tie.answer is None and not tie.split and not tie.unanimous


def test_a_list_takes_each_item_at_least_half_name() -> None:
    result = tally([["volunteers", "legitimacy"]] * 5 + [["volunteers"], ["facilities"]], SEEKS)
    assert (result.answer, result.split) == (["volunteers", "legitimacy"], False)
    assert dict(result.counts) == {"volunteers": 6, "legitimacy": 5, "facilities": 1}
    assert tally([["volunteers", "legitimacy"]] * 2 + [["volunteers"]] * 2, SEEKS).split  # half against half on one item
    assert tally([["volunteers"], ["volunteers", "legitimacy"]], SEEKS).answer == ["volunteers", "legitimacy"]


def test_unknown_answers_are_not_counted() -> None:
    result = tally(["yes", "unknown", None], SHARED)
    assert (result.answer, result.answered) == ("yes", 1)
    assert tally([None, "unknown"], SHARED).answered == 0


@pytest.mark.parametrize(
    ("answers", "split"),
    [
        (["yes", "yes", "no", "no"], True),  # half against half
        (["yes", "yes", "yes", "no"], False),  # one voice outside is not a split
        (["yes", "yes", "partly", "partly"], True),  # band 0: another answer is outside
        (["yes"] * 4 + ["no", "no"], True),  # 2 of 6: a third
        (["yes"] * 6 + ["no", "no"], False),  # 2 of 8: less than a third
        (["yes", "partly", "no"], True),  # both ends
    ],
)
def test_the_split_rule(answers: list[str], split: bool) -> None:
    result = tally(answers, SHARED)
    assert result.split is split
    assert (result.answer is None) is split  # a split question is no answer


def test_the_split_rule_is_data() -> None:
    wider = RespondentRules(
        scales=builtin_respondent_rules().scales, split=SplitRule(band=1, min_outside=2, min_share=0.33), show_counts_from=3
    )
    assert tally(["yes", "yes", "partly", "partly"], SHARED).split
    assert not tally(["yes", "yes", "partly", "partly"], SHARED, wider).split  # a step away is inside a band of 1
    assert tally(["yes", "yes", "no", "no"], SHARED, wider).split


def test_counts_are_shown_only_from_three_respondents() -> None:
    assert tally(["yes", "no"], SHARED).distribution() is None
    assert tally(["yes", "no", "no"], SHARED).distribution() == {"yes": 1, "no": 2}


def test_a_broken_rule_file_is_located(tmp_path: Path) -> None:
    path = tmp_path / "respondents.yaml"
    text = "schema_version: 1\nscales:\n  - [yes, no]\nsplit: {band: 0, min_outside: 0, min_share: 0.25}\nshow_counts_from: 3\n"
    path.write_text(text)
    with pytest.raises(InputError) as caught:
        load_respondent_rules(path)
    assert [problem.location() for problem in caught.value.problems] == [f"{path}:4:31"]  # min_outside: at least 1
    path.write_text(text.replace("[yes, no]", "[yes, yes]").replace("min_outside: 0", "min_outside: 2"))
    with pytest.raises(InputError) as caught:
        load_respondent_rules(path)
    assert "a scale needs at least two different answers" in caught.value.problems[0].message("en")
    path.write_text(text.replace("min_outside: 0", "min_outside: 2") + "side_roles: {cooperative: [member], care_organisation: [member]}\n")
    with pytest.raises(InputError) as caught:
        load_respondent_rules(path)
    assert "the role 'member' is listed for both sides" in caught.value.problems[0].message("en")


@given(
    spec=st.sampled_from([spec for spec in CATALOG.values() if spec.kind in ("choice", "choices") and spec.allowed]),
    data=st.data(),
)
def test_adding_a_respondent_who_agrees_never_creates_a_split(spec, data) -> None:
    allowed = [value for value in spec.allowed if value != "unknown"]
    one = st.lists(st.sampled_from(allowed), unique=True) if spec.kind == "choices" else st.sampled_from(allowed)
    answers = data.draw(st.lists(one, min_size=1, max_size=12))
    before = tally(answers, spec)
    if before.answer is None:  # split, or a tie: there is no side's answer to agree with
        return
    after = tally([*answers, before.answer], spec)
    assert not after.split
    assert after.answer == before.answer


# --- the example: one partnership, four respondents a side --------------------------------


def test_the_example_gives_its_expected_outcome(rules) -> None:
    result = assess_responses(response_files(), rules)
    assert result.verdict == "ready_with_conditions"
    assert [(d.path, d.split_on("cooperative"), d.split_on("care_organisation")) for d in result.splits] == [
        ("responsibility.room_in_protocols", False, True)
    ]
    assert result.partnership.responsibility.room_in_protocols is None  # no answer until discussed
    assert {f.rule.id: f.status for f in result.findings}["V01"] == "met"
    assert result.reasons[0].key == "reason.split"
    panel = result.panel
    assert (panel.sides["cooperative"].count, panel.sides["care_organisation"].count) == (4, 4)
    assert panel.sides["care_organisation"].roles == (("director", 1), ("manager", 1), ("care_staff", 2))
    rows = {d.path: d for d in result.divergences}
    assert rows["consultation.frequency"].status == "bridged"
    assert dict(rows["vision.shared"].answers["cooperative"].counts) == {"yes": 3, "partly": 1}
    assert rows["workforce.room_for_informal_care"].status == "unbridged"
    assert panel.side_themes["cooperative"][1].score < panel.side_themes["care_organisation"][1].score  # workforce


def test_a_side_split_on_the_shared_vision_is_not_ready(rules, example_data) -> None:
    datas = copy.deepcopy(example_data)
    cooperative = [data for data in datas if data["perspective"] == "cooperative"]
    for data in cooperative[:2]:
        data["vision"]["shared"] = "no"
    result = assess_panel(in_memory(datas), rules)
    assert result.verdict == "not_ready"
    assert {f.rule.id: f.status for f in result.findings}["V01"] == "unmet"
    assert "vision.shared" in [d.path for d in result.splits]


def test_one_respondent_a_side_is_the_two_file_case(rules) -> None:
    pair = [EXAMPLES / "two-files" / "cooperative.yaml", EXAMPLES / "two-files" / "care-organisation.yaml"]
    result = assess_responses(pair, rules)
    assert result.verdict == "ready_with_conditions" and not result.splits
    assert all(tally.distribution() is None for d in result.divergences for tally in d.answers.values())


# --- bad input --------------------------------------------------------------------------------


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(folder: Path, *texts: str) -> list[Any]:
    """The problems assessing these responses (a.yaml, b.yaml, ...) together raises."""
    paths = [write(folder, f"{chr(ord('a') + index)}.yaml", text) for index, text in enumerate(texts)]
    with pytest.raises(InputError) as caught:
        assess_responses(paths)
    return caught.value.problems


def test_a_response_without_perspective_is_located(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, "perspective: cooperative\n", "name: X\n", "perspective: care_organisation\n")
    assert problem.message_key == "views.perspective_missing" and problem.location() == f"{tmp_path / 'b.yaml'}:1:1"


def test_two_partnerships_mixed_are_located(tmp_path: Path) -> None:
    problems = problems_of(
        tmp_path,
        "perspective: cooperative\nname: Beekdal\npartners: {cooperative: {name: Beekdal}}\n",
        "perspective: care_organisation\nname: '  beekdal'\n",  # the same name, written differently
        "perspective: care_organisation\nname: Eikenhorst\npartners: {cooperative: {name: Eik}}\n",
    )
    c = tmp_path / "c.yaml"
    assert [(p.location(), p.params["field"]) for p in problems] == [(f"{c}:2:7", "name"), (f"{c}:3:32", "partners.cooperative.name")]
    assert "another partnership" in problems[0].message("en")


def test_a_side_without_respondents(tmp_path: Path) -> None:
    [problem] = problems_of(tmp_path, *["perspective: cooperative\n"] * 3)
    assert problem.message_key == "respondents.no_care_organisation" and problem.source == str(tmp_path)
    assert "geen antwoord van de zorgorganisatie" in problem.message("nl")


def test_the_command_line_reports_bad_responses_located(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", "perspective: cooperative\n")
    write(tmp_path, "b.yaml", "perspective: cooperative\nvision: {shared: maybe}\n")
    result = invoke("assess", str(tmp_path), "--together")
    assert result.exit_code == 2 and result.stdout == ""
    assert f"{tmp_path / 'b.yaml'}:2:18: 'maybe' is not an allowed answer" in result.stderr
    assert "Traceback" not in result.stderr


def test_warnings_for_a_role_of_the_other_side_and_a_response_that_answers_nothing(tmp_path: Path) -> None:
    for path in response_files():
        text = path.read_text(encoding="utf-8")
        write(tmp_path, path.name, text.replace("role: volunteer, name: Kees", "role: care_staff, name: Kees"))
    write(tmp_path, "empty.yaml", "perspective: care_organisation\n")
    result = invoke("assess", str(tmp_path), "--together", "--lang", "nl")
    assert result.exit_code == 0  # warnings, not errors
    role = f"{tmp_path / 'cooperative-4.yaml'}:3:20: waarschuwing: de rol 'care_staff' hoort bij de zorgorganisatie"
    assert role in result.stderr and "Kees" not in result.stderr
    assert f"{tmp_path / 'empty.yaml'}:1:1: waarschuwing: dit antwoordbestand beantwoordt geen enkele vraag" in result.stderr
    assert "Zorgorganisatie: 5 (directeur 1, leidinggevende 1, zorgmedewerker 2, rol niet opgegeven 1)" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--show-names"], "--show-names belongs with --together or --with"),
        (["-", "--together"], "--together reads response files and folders, not standard input"),
    ],
)
def test_options_that_do_not_go_together(args: list[str], message: str) -> None:
    result = invoke("assess", str(RESPONSES / "cooperative-1.yaml"), *args)
    assert result.exit_code == 2 and message in result.stderr


# --- reports ------------------------------------------------------------------------------------


def test_the_text_report_shows_each_sides_answer_spread_and_split() -> None:
    result = invoke("assess", str(RESPONSES), "--together")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Respondents" in out and "4 (board member 1, coordinator 1, volunteer 2)" in out
    assert "split (yes 2, no 2)" in out and "split within a side: discuss first" in out
    assert "yes (yes 3, partly 1)" in out and "yes (all 4)" in out
    assert "Questions on which a side is split within itself: 1" in out


def test_markdown_puts_the_splits_first_and_names_no_file() -> None:
    out = invoke("assess", str(RESPONSES), "--together", "-f", "markdown", "--lang", "nl").stdout
    headings = re.findall(r"^## \d+\. (.*)$", out, flags=re.MULTILINE)
    assert headings[:2] == ["Oordeel: klaar, onder voorwaarden", "Verdeeld binnen een kant: bespreek deze eerst"]
    assert "| Laat de zorgorganisatie ruimte om af te wijken" in out and "verdeeld (ja 2, nee 2)" in out
    assert ".yaml" not in out


def test_html_has_a_radar_with_an_outline_per_side_and_names_no_file() -> None:
    out = invoke("assess", str(RESPONSES), "--together", "-f", "html").stdout
    assert "<script" not in out and ".yaml" not in out
    radar = out[out.index('<svg class="radar"'):]
    radar = radar[: radar.index("</svg>")]
    assert 'class="side-cooperative"' in radar and 'class="side-care_organisation"' in radar
    assert "Made with tango-check" in out and "from 8 responses." in out
    assert out.index("Split within a side: discuss these first") < out.index("Obstacles to discuss")


def test_json_has_respondents_sources_and_per_side_answers() -> None:
    data = json.loads(invoke("assess", str(RESPONSES), "--together", "-f", "json").stdout)
    assert data["respondents"]["cooperative"] == {
        "count": 4,
        "roles": {"board": 1, "coordinator": 1, "volunteer": 2},
        "themes": {"vision": 100.0, "workforce": 85.0, "organisation": 100.0, "context": 100.0, "benefits": 100.0},
    }
    assert [Path(source).name for source in data["sources"]] == [path.name for path in response_files()]
    assert ".yaml" not in data["source"]
    split = next(row for row in data["divergences"] if row["status"] == "split")
    assert split["split"] == {"cooperative": False, "care_organisation": True}
    assert split["answers"]["care_organisation"] == {"answer": None, "answered": 4, "counts": {"yes": 2, "no": 2}, "differ": True}


def test_below_three_respondents_no_counts(tmp_path: Path) -> None:
    base = "name: P\nvision: {shared: %s}\n"
    write(tmp_path, "a.yaml", "perspective: cooperative\n" + base % "yes")
    write(tmp_path, "b.yaml", "perspective: cooperative\n" + base % "no")
    write(tmp_path, "c.yaml", "perspective: care_organisation\n" + base % "yes")
    result = invoke("assess", str(tmp_path), "--together", "-f", "json")
    row = json.loads(result.stdout)["divergences"][0]
    assert row["answers"]["cooperative"]["counts"] is None and row["answers"]["cooperative"]["differ"] is True
    text = invoke("assess", str(tmp_path), "--together").stdout
    assert "no (answers differ)" in text and "yes 1" not in text


def test_names_only_with_show_names() -> None:
    for output_format in ("text", "json", "markdown", "html"):
        result = invoke("assess", str(RESPONSES), "--together", "-f", output_format)
        assert not [name for name in NAMES if name in result.stdout + result.stderr], output_format
    shown = invoke("assess", str(RESPONSES), "--together", "--show-names", "-f", "json")
    assert json.loads(shown.stdout)["respondents"]["care_organisation"]["names"] == sorted(NAMES[4:])
    text = invoke("assess", str(RESPONSES), "--together", "--show-names").stdout
    assert "Anna Bakker, Fatima el Amrani, Jeroen Smit, Kees Mulder" in text


@given(names=st.lists(st.from_regex(r"Q[a-z]{7} [A-Z][a-z]{5}", fullmatch=True), min_size=8, max_size=8, unique=True))
def test_no_name_appears_in_any_output_without_show_names(rules, names: list[str]) -> None:
    from tango_check.render.html import render_html
    from tango_check.render.json_report import render_json
    from tango_check.render.markdown import render_markdown
    from tango_check.render.terminal import make_console, render_terminal

    datas = [load_document(path).data for path in response_files()]
    for data, name in zip(datas, names, strict=True):
        data["respondent"] = {**data["respondent"], "name": name}
    result = assess_panel(in_memory(datas), rules)
    stream = io.StringIO()
    render_terminal(result, make_console("never", stream), "en")
    outputs = [stream.getvalue(), render_json(result, "nl"), render_markdown(result, "en", 1), render_html(result, "nl")]
    assert not [name for name in names for output in outputs if name in output]

