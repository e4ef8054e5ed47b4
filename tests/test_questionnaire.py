"""`tango-check init --interactive`: the questionnaire, driven without a terminal."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check import questionnaire, template
from tango_check.api import load_partnership
from tango_check.cli import app
from tango_check.commands import authoring
from tango_check.i18n import MESSAGES
from tango_check.model import OPTIONAL_SECTIONS
from tango_check.outline import FieldSpec, field_catalog, outline

runner = CliRunner()
QUESTIONS = questionnaire.questions()
PATHS = [spec.path for spec in QUESTIONS]


class Script:
    """A reader that replays typed lines and remembers the prompts; EOF when they run out."""

    def __init__(self, replies: list[str]):
        self.replies = list(replies)
        self.prompts: list[str] = []

    def __call__(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if not self.replies:
            raise EOFError
        return self.replies.pop(0)


def replies_for(answers: dict[str, str]) -> list[str]:
    """One typed line per question: the given reply, or Enter."""
    return [answers.get(path, "") for path in PATHS]


def run(replies: list[str], lang: str = "en") -> tuple[dict, str, Script]:
    script = Script(replies)
    shown: list[str] = []
    answers = questionnaire.run(lang, script, shown.append)
    return answers, "".join(shown), script


def test_the_questions_follow_the_model() -> None:
    assert "schema_version" not in PATHS  # fixed, not a question
    every = [spec.path for spec in questionnaire.questions(everything=True)]
    choice_fields = [spec.path for spec in field_catalog().values() if spec.kind == "choice"]
    assert set(choice_fields) <= set(every)
    assert every == [path for path in field_catalog() if path in every]  # file order


def test_optional_sections_are_asked_only_with_all() -> None:
    optional = [path for path in field_catalog() if path.split(".")[0] in OPTIONAL_SECTIONS]
    assert "views.cooperative.vision.shared" in optional and "reciprocity.power_balanced" in optional
    assert not set(optional) & set(PATHS)
    assert set(optional) <= {spec.path for spec in questionnaire.questions(everything=True)}


def test_init_interactive_all_asks_the_optional_sections_too(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    target = tmp_path / "partner.yaml"
    everything = len(questionnaire.questions(everything=True))
    result = CliRunner().invoke(
        app, ["init", str(target), "-i", "--all", "--lang", "en", "--no-schema"], input="\n" * everything
    )
    assert result.exit_code == 0, result.stderr
    assert f"asks {everything} questions" in result.stderr
    assert f"0 of {everything} questions answered." in result.stderr
    load_partnership(target)  # valid as written


def test_dont_know_everywhere_gives_exactly_the_template() -> None:
    answers, _, script = run(replies_for({}))
    assert len(script.prompts) == len(QUESTIONS)
    assert all(value in (None, "unknown") for value in answers.values())
    assert template.render("en", answers) == template.render("en")


def test_answers_by_number_value_or_label_end_up_in_the_file(tmp_path: Path) -> None:
    benefits = field_catalog()["benefits.cooperative_seeks"].allowed
    replies = replies_for(
        {
            "name": "Eikenhorst samen",
            "ambition": "1",
            "vision.shared": "ja",
            "agreements.mission": "agreed",
            "benefits.cooperative_seeks": "1, 3 1",
            "benefits.care_organisation_seeks": "0",
        }
    )
    answers, _, _ = run(replies, lang="nl")
    assert answers["name"] == "Eikenhorst samen"
    assert answers["ambition"] == "broker"
    assert answers["vision.shared"] == "yes"
    assert answers["agreements.mission"] == "agreed"
    assert answers["benefits.cooperative_seeks"] == [benefits[0], benefits[2]]
    assert answers["benefits.care_organisation_seeks"] == []
    assert answers["vision.elements.few_faces"] == "unknown"
    assert questionnaire.answered(answers) == 6


def test_a_wrong_answer_is_explained_and_asked_again() -> None:
    index = PATHS.index("ambition")
    replies = replies_for({})
    replies[index : index + 1] = ["9", "2"]
    answers, shown, script = run(replies)
    assert answers["ambition"] == "provider"
    assert "'9' is not one of the answers; type a number from 1 to 4" in shown
    assert len(script.prompts) == len(QUESTIONS) + 1


def test_an_answer_the_model_refuses_is_asked_again_with_its_message() -> None:
    assert PATHS[0] == "name"
    answers, shown, _ = run(["x" * 201, "Short"] + replies_for({})[1:], lang="nl")
    assert answers["name"] == "Short"
    assert "langer dan 200 tekens" in shown


def test_back_returns_to_the_previous_question() -> None:
    assert PATHS[0] == "name"
    answers, _, script = run(["First", "b", "Second"] + replies_for({})[1:])
    assert answers["name"] == "Second"
    assert len(script.prompts) == len(QUESTIONS) + 2


def test_skip_leaves_the_rest_of_the_part_unknown() -> None:
    partners = [path for path in PATHS if path.startswith("partners.")]
    first = PATHS.index(partners[0])
    replies = replies_for({})
    replies[first : first + len(partners)] = ["s"]
    answers, shown, script = run(replies, lang="nl")
    assert all(answers[path] is None for path in partners)
    assert len(script.prompts) == len(QUESTIONS) - len(partners) + 1
    total = len(QUESTIONS)
    assert f"[{first + 2}/{total}]" not in shown  # the second partners question is never asked
    assert f"[{first + len(partners) + 1}/{total}]" in shown  # the next part is


def test_skip_at_the_top_level_skips_only_that_question() -> None:
    index = PATHS.index("ambition")
    replies = replies_for({})
    replies[index] = "s"
    answers, _, script = run(replies)
    assert answers["ambition"] is None
    assert len(script.prompts) == len(QUESTIONS)


def test_choices_offer_dont_know_last_in_the_chosen_language() -> None:
    labels = [option.label for option in questionnaire.options(field_catalog()["vision.shared"], "nl")]
    assert labels == ["ja", "deels", "nee", "weet ik niet"]
    no_unknown = FieldSpec("x", "choice", ("a", "b"), "?", "?")
    assert [option.value for option in questionnaire.options(no_unknown, "en")] == ["a", "b", None]


def test_every_answer_has_a_label_in_english_and_dutch() -> None:
    values = {value for entry in outline() if isinstance(entry, FieldSpec) for value in entry.allowed}
    missing = sorted(value for value in values if f"answer.{value}" not in MESSAGES)
    assert not missing, f"add answer.<value> labels to i18n.MESSAGES for: {missing}"
    assert all(MESSAGES[f"answer.{value}"].keys() >= {"en", "nl"} for value in values)


# --- through the command line -----------------------------------------------------


def typed(answers: dict[str, str]) -> str:
    return "\n".join(replies_for(answers)) + "\n"


def test_the_questionnaire_writes_a_valid_file(tmp_path: Path) -> None:
    target = tmp_path / "partner.yaml"
    result = runner.invoke(
        app,
        ["init", str(target), "--interactive", "--lang", "en"],
        input=typed({"name": "Eikenhorst", "ambition": "1", "vision.shared": "1"}),
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""  # questions and status go to stderr
    assert "[1/" in result.stderr and "3 of" in result.stderr
    partnership = load_partnership(target)
    assert (partnership.name, partnership.ambition, partnership.vision.shared) == ("Eikenhorst", "broker", "yes")
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server:")


def test_the_questionnaire_can_print_the_file_instead(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["init", "-", "-i", "--lang", "en"], input=typed({"ambition": "2"}))
    assert result.exit_code == 0
    assert result.stdout == template.render("en", {"ambition": "provider"})
    assert list(tmp_path.iterdir()) == []


def test_ctrl_c_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lines = iter(["Eikenhorst", "", ""])

    def read(prompt: str) -> str:
        line = next(lines, None)
        if line is None:
            raise KeyboardInterrupt
        return line

    monkeypatch.setattr(authoring, "_read_line", read)
    result = runner.invoke(app, ["init", str(tmp_path / "partner.yaml"), "-i", "--lang", "en"])
    assert result.exit_code == 130
    assert "Stopped; nothing written." in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_input_that_ends_early_leaves_nothing_behind(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "partner.yaml"), "-i", "--lang", "en"], input="Eikenhorst\n")
    assert result.exit_code == 2
    assert "<stdin>: the input ended before the questionnaire was finished; nothing written" in result.stderr
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_kept_when_the_user_says_no(tmp_path: Path) -> None:
    target = tmp_path / "partner.yaml"
    target.write_text("name: mine\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(target), "-i", "--lang", "nl"], input="n\n")
    assert result.exit_code == 0
    assert "Niets geschreven" in result.stderr
    assert "[1/" not in result.stderr  # asked before the questions, not after
    assert target.read_text(encoding="utf-8") == "name: mine\n"


def test_an_existing_file_is_replaced_after_a_yes(tmp_path: Path) -> None:
    target = tmp_path / "partner.yaml"
    target.write_text("name: mine\n", encoding="utf-8")
    result = runner.invoke(
        app, ["init", str(target), "-i", "--lang", "nl", "--no-schema"], input="j\n" + typed({"name": "Nieuw"})
    )
    assert result.exit_code == 0, result.stderr
    assert "bestaat al" in result.stderr
    assert load_partnership(target).name == "Nieuw"


def test_force_replaces_without_asking(tmp_path: Path) -> None:
    target = tmp_path / "partner.yaml"
    target.write_text("name: mine\n", encoding="utf-8")
    result = runner.invoke(app, ["init", str(target), "-i", "--force", "--lang", "en"], input=typed({"name": "New"}))
    assert result.exit_code == 0
    assert "already exists" not in result.stderr
    assert load_partnership(target).name == "New"
