"""Two partners, two views: joint answers from both views, differences, what bridges them, two files."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from tango_check.api import assess_data, assess_file, assess_together
from tango_check.cli import app
from tango_check.errors import InputError
from tango_check.loading import load_document
from tango_check.model import Partnership
from tango_check.rules import load_rules
from tango_check.scoring import Assessment
from tango_check.views import builtin_checks, load_checks, reconcile

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BRIDGED = EXAMPLES / "two-views-bridged.yaml"
ONE_SIDED = EXAMPLES / "two-views-vision-one-sided.yaml"
COOPERATIVE = EXAMPLES / "two-files" / "cooperative.yaml"
CARE_ORGANISATION = EXAMPLES / "two-files" / "care-organisation.yaml"
PLAIN_ENV = {"COLUMNS": "120", "NO_COLOR": "1", "FORCE_COLOR": None, "LANG": "en_GB.UTF-8", "LC_ALL": None}


def with_views(data: dict[str, Any], cooperative: dict[str, Any] | None, care_organisation: dict[str, Any] | None):
    changed = copy.deepcopy(data)
    changed["views"] = {"cooperative": cooperative, "care_organisation": care_organisation}
    return changed


def statuses(result: Assessment) -> dict[str, str]:
    return {divergence.check.id: divergence.status for divergence in result.divergences}


def finding(result: Assessment, rule_id: str) -> str:
    return next(f.status for f in result.findings if f.rule.id == rule_id)


def invoke(*args: str, **env: str | None):
    return CliRunner().invoke(app, list(args), env={**PLAIN_ENV, **env})


# --- the table of view checks ----------------------------------------------------


def test_the_view_checks_are_traceable_bilingual_and_apart_from_the_rules(rules) -> None:
    checks = builtin_checks().all()
    assert [check.id for check in checks][:2] == ["DV01", "DV02"] and checks[-1].id == "DV90"
    extension = {rule.id for rule in load_rules(extension=True)}
    assert not {check.id for check in checks} & ({rule.id for rule in rules} | extension)
    for check in checks:
        assert check.weight == 0 and check.kind == "obstacle"
        assert check.source.section in ("Conclusies en aanbevelingen", "Organisatie van samenwerking")
        for text in (check.title, check.finding, check.question, check.problem, check.recommendation):
            assert text.en.strip() and text.nl.strip() and text.en != text.nl
        assert (check.bridge is None) == (check.met_when is None)


def test_every_view_question_of_the_model_is_compared() -> None:
    from tango_check.outline import field_catalog

    prefix = "views.cooperative."
    questions = {path[len(prefix):] for path in field_catalog() if path.startswith(prefix)}
    assert questions == {check.view for check in builtin_checks().checks}


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"view": "vision.shard"}, "views.check_unknown_view"),
        ({"joint": "vision.sharde"}, "views.check_unknown_joint"),
        ({"order": None}, "views.check_order"),
        ({"order": ["yes", "no"]}, "views.check_order_values"),
        ({"bridge": {"en": "x", "nl": "y"}}, "views.check_bridge"),
        ({"combine": "own"}, "views.check_combine"),
    ],
)
def test_a_broken_check_table_is_a_located_error(tmp_path: Path, change: dict[str, Any], key: str) -> None:
    table = load_document(Path(__file__).resolve().parents[1] / "src" / "tango_check" / "view_checks.yaml").data
    table["checks"][0].update(change)
    path = tmp_path / "checks.yaml"
    path.write_text(json.dumps(table), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_checks(path)
    problem = caught.value.problems[0]
    assert problem.message_key == key and problem.line is not None


# --- joint answers from two views -------------------------------------------------


def test_without_views_nothing_changes(ready_data, rules) -> None:
    partnership = Partnership.model_validate(ready_data)
    assert reconcile(partnership) == (partnership, ())
    assert not any(f.rule.id.startswith("DV") for f in assess_data(ready_data, rules).findings)


def test_a_vision_only_one_side_endorses_is_not_shared(ready_data, rules) -> None:
    data = with_views(ready_data, {"vision": {"shared": "yes"}}, {"vision": {"shared": "no"}})
    assert ready_data["vision"]["shared"] == "yes"  # the joint answer says shared
    result = assess_data(data, rules)
    assert result.partnership.vision.shared == "no"
    assert finding(result, "V01") == "unmet" and result.verdict == "not_ready"
    assert statuses(result)["DV01"] == "unbridged"
    assert [f.rule.id for f in result.obstacles][:2] == ["V01", "DV01"]


@pytest.mark.parametrize(
    ("cooperative", "care_organisation", "joint"),
    [
        ("yes", None, None),  # one partner's yes is not both partners' yes
        ("no", None, "no"),  # one partner's no is enough to know
        ("yes", "partly", "partly"),
        ("yes", "yes", "yes"),
    ],
)
def test_the_joint_vision_is_the_weakest_view(ready_data, cooperative, care_organisation, joint) -> None:
    data = copy.deepcopy(ready_data)
    del data["vision"]["shared"]
    views = {side: {"vision": {"shared": answer}} if answer else None for side, answer in
             (("cooperative", cooperative), ("care_organisation", care_organisation))}
    effective, _ = reconcile(Partnership.model_validate(with_views(data, **views)))
    assert effective.vision.shared == joint


def test_same_answers_fill_a_missing_joint_answer_and_different_ones_do_not(ready_data) -> None:
    data = copy.deepcopy(ready_data)
    del data["consultation"]["frequency"]
    agreeing = with_views(data, {"consultation": {"frequency": "weekly"}}, {"consultation": {"frequency": "weekly"}})
    differing = with_views(data, {"consultation": {"frequency": "weekly"}}, {"consultation": {"frequency": "yearly"}})
    assert reconcile(Partnership.model_validate(agreeing))[0].consultation.frequency == "weekly"
    assert reconcile(Partnership.model_validate(differing))[0].consultation.frequency is None


@pytest.mark.parametrize(("rhythm", "status", "finding_status"), [("yes", "bridged", "met"), ("no", "unbridged", "unmet"), (None, "unknown", "unknown")])
def test_an_agreed_rhythm_bridges_different_wishes_on_meeting(ready_data, rules, rhythm, status, finding_status) -> None:
    data = with_views(ready_data, {"consultation": {"frequency": "ad_hoc"}}, {"consultation": {"frequency": "monthly"}})
    if rhythm is None:
        del data["consultation"]["rhythm_agreed"]
    else:
        data["consultation"]["rhythm_agreed"] = rhythm
    result = assess_data(data, rules)
    assert statuses(result) == {"DV06": status, "DV10": "bridged"}
    assert finding(result, "DV06") == finding_status
    divergence = result.divergences[0]
    assert divergence.bridged_by("en") == ("the agreed meeting rhythm" if status == "bridged" else None)


def test_an_unbridged_difference_keeps_the_verdict_from_ready_with_its_reason(ready_data, rules) -> None:
    data = with_views(ready_data, {"satisfaction": "high"}, {"satisfaction": "low"})
    assert assess_data(data, rules).verdict == "ready"  # evaluated regularly: bridged
    data["bridging"]["regular_evaluation"] = "no"
    result = assess_data(data, rules)
    assert result.verdict == "ready_with_conditions"
    reasons = [reason.text("en") for reason in result.reasons]
    assert "A difference between the partners is not bridged: The partners are not equally satisfied" in " ".join(reasons)
    dutch = " ".join(reason.text("nl") for reason in result.reasons)
    assert "Een verschil tussen de partners is niet overbrugd: De partners zijn niet even tevreden" in dutch


def test_lists_are_compared_as_sets_and_an_empty_list_is_an_answer(ready_data, rules) -> None:
    data = with_views(
        ready_data,
        {"documentation": {"what_needs_agreement": ["mission", "finances"]}, "benefits_sought": []},
        {"documentation": {"what_needs_agreement": ["finances", "mission"]}, "benefits_sought": []},
    )
    result = assess_data(data, rules)
    assert statuses(result) == {"DV09": "agree", "DV10": "agree"}
    assert result.partnership.benefits.cooperative_seeks == []
    assert finding(result, "B01") == "unmet"


def test_each_partner_speaks_for_the_benefits_it_seeks(ready_data, rules) -> None:
    data = with_views(ready_data, {"benefits_sought": ["funding"]}, None)
    result = assess_data(data, rules)
    assert result.partnership.benefits.cooperative_seeks == ["funding"]  # overrides the joint answer
    assert result.partnership.benefits.care_organisation_seeks == ["volunteers", "legitimacy"]
    row = result.divergences[0]
    assert (row.check.id, row.cooperative, row.care_organisation) == ("DV10", ["funding"], ["volunteers", "legitimacy"])


# --- the examples ------------------------------------------------------------------


def test_the_bridged_example_is_ready_with_its_differences_bridged(rules) -> None:
    result = assess_file(BRIDGED, rules)
    assert result.verdict == "ready"
    assert statuses(result) == {
        "DV01": "agree", "DV06": "bridged", "DV07": "bridged", "DV08": "bridged",
        "DV09": "bridged", "DV10": "bridged", "DV11": "agree",
    }
    assert {f.rule.id for f in result.strengths} >= {"DV06", "DV07", "DV08", "DV09", "DV10"}


def test_the_one_sided_vision_example_is_not_ready(rules) -> None:
    result = assess_file(ONE_SIDED, rules)
    assert result.verdict == "not_ready"
    unbridged = {key for key, value in statuses(result).items() if value == "unbridged"}
    assert unbridged == {"DV01", "DV02", "DV05"}
    assert {"V01", "V02", "DV01", "DV02", "DV05"} <= {f.rule.id for f in result.obstacles}


def test_two_files_make_one_partnership_with_two_views(rules) -> None:
    result = assess_together(COOPERATIVE, CARE_ORGANISATION, rules)
    assert result.verdict == "ready_with_conditions"
    # The report names the folder the responses share; the files only under the panel's sources.
    assert Path(result.source).resolve() == COOPERATIVE.parent
    assert result.panel.sources == (str(COOPERATIVE), str(CARE_ORGANISATION))
    views = result.partnership.views
    assert views.cooperative.consultation.frequency == "ad_hoc" and views.care_organisation.consultation.frequency == "monthly"
    assert views.cooperative.satisfaction == "high"  # from the file's own views section
    rows = {(d.check.id, d.path): (d.cooperative, d.care_organisation, d.status) for d in result.divergences}
    assert rows[("DV90", "responsibility.risks_agreed")] == ("yes", "partly", "unbridged")
    assert rows[("DV06", "consultation.frequency")] == ("ad_hoc", "monthly", "bridged")
    assert result.partnership.responsibility.risks_agreed is None and finding(result, "O10") == "unknown"
    assert result.partnership.benefits.cooperative_seeks == ["knowledge_exchange", "facilities"]
    assert result.partnership.benefits.care_organisation_seeks == ["volunteers", "legitimacy"]
    # The order of the files does not matter.
    swapped = assess_together(CARE_ORGANISATION, COOPERATIVE, rules)
    assert (swapped.verdict, swapped.score, statuses(swapped)) == (result.verdict, result.score, statuses(result))


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("first", "second", "key", "where"),
    [
        ("name: A\n", "perspective: care_organisation\n", "views.perspective_missing", "a.yaml:1:1"),
        ("perspective: cooperative\n", "name: B\nperspective: cooperative\n", "respondents.no_care_organisation", "b.yaml"),
        (
            "perspective: cooperative\nviews:\n  care_organisation: {satisfaction: low}\n",
            "perspective: care_organisation\n",
            "views.other_side",
            "a.yaml:3:3",
        ),
    ],
)
def test_two_files_must_each_say_whose_view_they_give(tmp_path, rules, first, second, key, where) -> None:
    a, b = write(tmp_path, "a.yaml", first), write(tmp_path, "b.yaml", second)
    with pytest.raises(InputError) as caught:
        assess_together(a, b, rules)
    [problem] = caught.value.problems
    assert problem.message_key == key and problem.location().endswith(where)


# --- the command line ------------------------------------------------------------------


def test_the_report_shows_both_views_side_by_side_in_english_and_dutch() -> None:
    english = invoke("assess", str(ONE_SIDED), "--lang", "en", COLUMNS="200")  # a question on one line
    assert english.exit_code == 1
    assert "Two views" in english.stdout and "Care cooperative" in english.stdout
    assert "Does each partner find the vision on good care truly shared?" in english.stdout
    assert "not bridged" in english.stdout and "4 agreed, 2 bridged, 3 not bridged, 0 open" in english.stdout
    dutch = invoke("assess", str(BRIDGED), "--lang", "nl", COLUMNS="200")
    assert dutch.exit_code == 0
    assert "Hoe de partners het zien" in dutch.stdout and "overbrugd door het afgesproken overlegritme" in dutch.stdout
    assert "alleen als het nodig is" in dutch.stdout and "maandelijks" in dutch.stdout


def test_a_single_view_report_has_no_two_views_section() -> None:
    result = invoke("assess", str(EXAMPLES / "broker-ready.yaml"))
    assert result.exit_code == 0 and "Two views" not in result.stdout


def test_the_json_carries_the_divergences() -> None:
    result = invoke("assess", str(ONE_SIDED), "--format", "json", "--lang", "nl")
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1 and data["verdict"] == "not_ready"
    first = data["divergences"][0]
    assert first == {
        "check_id": "DV01",
        "question": "Vindt elke partner de visie op goede zorg echt gedeeld?",
        "field": "vision.shared",
        "cooperative": "yes",
        "care_organisation": "no",
        "status": "unbridged",
        "status_text": "niet overbrugd",
        "bridged_by": None,
        "theme": "vision",
    }
    unmet = {f["rule_id"] for f in data["findings"] if f["status"] == "unmet"}
    assert {"DV01", "DV02", "DV05"} <= unmet
    plain = json.loads(invoke("assess", str(EXAMPLES / "broker-ready.yaml"), "--format", "json").stdout)
    assert plain["divergences"] == []


def test_assess_with_the_other_partners_file() -> None:
    result = invoke("assess", str(COOPERATIVE), "--with", str(CARE_ORGANISATION), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert "READY WITH CONDITIONS" in result.stdout
    assert "Have the partners agreed how risks are covered?" in result.stdout
    assert "DV90 The two partners' files answer some of the same questions differently." in result.stdout


def test_with_takes_exactly_one_file_to_assess() -> None:
    result = invoke("assess", str(COOPERATIVE), str(BRIDGED), "--with", str(CARE_ORGANISATION), "--lang", "en")
    assert result.exit_code == 2
    assert "--with assesses one partner's file" in result.stderr and result.stdout == ""


def test_with_reports_problems_of_both_files_located(tmp_path) -> None:
    broken = write(tmp_path, "broken.yaml", "perspective: cooperativ\n")
    result = invoke("assess", str(broken), "--with", str(tmp_path / "missing.yaml"), "--lang", "en")
    assert result.exit_code == 2
    assert f"{broken}:1:14: 'cooperativ' is not an allowed answer" in result.stderr
    assert f"{tmp_path / 'missing.yaml'}: file not found" in result.stderr


@pytest.mark.parametrize("output_format", ["text", "json", "markdown", "html"])
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_format_shows_both_views_and_the_unbridged_difference(output_format: str, lang: str) -> None:
    from tango_check.render.views import view_rows

    path = EXAMPLES / "two-views-vision-one-sided.yaml"
    rows = view_rows(assess_file(path), lang)
    unbridged = [row for row in rows if row[4] == "unbridged"]
    assert unbridged, "the example must hold a difference no agreement bridges"
    result = CliRunner().invoke(
        app, ["assess", str(path), "-f", output_format, "--lang", lang], env={"COLUMNS": "400", "NO_COLOR": "1"}
    )
    assert result.exit_code == 1
    out = result.stdout
    if output_format == "json":
        statuses = {d["question"]: d["status"] for d in json.loads(out)["divergences"]}
        assert all(statuses[question] == status for question, *_, status in rows)
        return
    if output_format == "html":
        import html

        out = html.unescape(out)
    elif output_format == "markdown":
        out = out.replace("\\", "")
    for question, mine, theirs, status_words, _ in unbridged:
        assert question in out and mine in out and theirs in out and status_words in out
