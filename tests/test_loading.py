"""The loader: safe YAML, positions, and one clear located message per mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from tango_check.errors import InputError, Problem
from tango_check.loading import load_document, parse_yaml, validate
from tango_check.model import Partnership


def problems_for(tmp_path: Path, text: str | bytes, name: str = "partner.yaml") -> list[Problem]:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        validate(load_document(path), Partnership)
    return caught.value.problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [p.render("en") for p in problems]
    return problems[0]


def test_valid_file_keeps_positions_of_values_and_keys(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("ambition: broker\nvision:\n  shared: yes\n", encoding="utf-8")
    document = load_document(path)
    assert document.data == {"ambition": "broker", "vision": {"shared": "yes"}}
    assert document.key_marks[("vision", "shared")] == (3, 3)
    assert document.value_marks[("vision", "shared")] == (3, 11)


def test_yes_no_on_and_names_stay_text_only_true_false_are_booleans() -> None:
    document = parse_yaml("a: yes\nb: NO\nc: on\nd: true\ne: False\n", "x.yaml")
    assert document.data == {"a": "yes", "b": "NO", "c": "on", "d": True, "e": False}


def test_true_and_false_answer_yes_no_questions(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("vision: {shared: true}\nworkforce: {staff_informed: false}\n", encoding="utf-8")
    partnership = validate(load_document(path), Partnership)
    assert partnership.vision.shared == "yes"
    assert partnership.workforce.staff_informed == "no"


def test_a_cooperative_named_NO_is_a_name(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("partners:\n  cooperative:\n    name: NO\n", encoding="utf-8")
    assert validate(load_document(path), Partnership).partners.cooperative.name == "NO"


def test_invalid_yaml_is_located(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "vision:\n  shared: [yes\n"))
    assert problem.message_key == "yaml.syntax"
    assert problem.line is not None and problem.line >= 2
    assert problem.render("en").startswith(f"{tmp_path / 'partner.yaml'}:{problem.line}:{problem.column}: invalid YAML")


def test_tab_indentation_gets_a_hint(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "vision:\n\tshared: yes\n"))
    assert (problem.line, problem.column) == (2, 1)
    assert "tabs" in problem.message("en")


def test_unknown_key_suggests_the_closest_field(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "ambition: broker\nvison:\n  shared: yes\n"))
    assert (problem.line, problem.column) == (2, 1)
    assert problem.message("en") == "unknown field 'vison'; did you mean 'vision'?"
    assert problem.message("nl") == "onbekend veld 'vison'; bedoelt u 'vision'?"


def test_unknown_nested_key_without_close_match_lists_allowed_fields(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "vision:\n  zzz: yes\n"))
    assert (problem.line, problem.column) == (2, 3)
    assert "allowed here: shared, elements" in problem.message("en")


def test_wrong_choice_lists_allowed_answers_at_the_value(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "agreements:\n  mission: signed\n"))
    assert (problem.line, problem.column) == (2, 12)
    message = problem.message("en")
    assert "'signed' is not an allowed answer for 'agreements.mission'" in message
    assert "'agreed'" in message and "'not_agreed'" in message


def test_number_where_text_is_expected(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "name: 1860\n"))
    assert (problem.line, problem.column) == (1, 7)
    assert problem.message("en") == "'name' must be text; put the value in quotes"


def test_all_field_errors_are_reported_at_once_in_file_order(tmp_path: Path) -> None:
    problems = problems_for(tmp_path, "ambition: maybe\nvison: {}\nagreements:\n  finances: lots\n")
    assert [p.line for p in problems] == [1, 2, 4]


def test_duplicate_key_is_rejected_with_both_lines(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "ambition: broker\nvision: {shared: yes}\nambition: provider\n"))
    assert (problem.line, problem.column) == (3, 1)
    assert "'ambition' appears twice" in problem.message("en") and "line 1" in problem.message("en")


def test_anchors_and_aliases_are_rejected(tmp_path: Path) -> None:
    text = "benefits:\n  cooperative_seeks: &b [funding]\n  care_organisation_seeks: *b\n"
    problem = only(problems_for(tmp_path, text))
    assert problem.message_key == "yaml.alias"
    assert problem.line == 3


def test_alias_bomb_is_rejected_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for index in range(1, 9):
        previous = chr(ord("a") + index - 1)
        name = chr(ord("a") + index)
        lines.append(f"{name}: &{name} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]")
    problem = only(problems_for(tmp_path, "\n".join(lines) + "\n"))
    assert problem.message_key == "yaml.alias"


@pytest.mark.parametrize(
    ("text", "found"),
    [("- a\n- b\n", "list"), ("just words\n", "single value")],
)
def test_root_must_be_a_mapping(tmp_path: Path, text: str, found: str) -> None:
    problem = only(problems_for(tmp_path, text))
    assert problem.message_key == "yaml.root_not_mapping"
    assert problem.message("en").endswith(f"not a {found}")


@pytest.mark.parametrize("text", ["", "   \n\n", "# only a comment\n", "---\n"])
def test_empty_files_say_how_to_start(tmp_path: Path, text: str) -> None:
    problem = only(problems_for(tmp_path, text))
    assert problem.message_key == "file.empty"
    assert "tango-check init" in problem.message("en")


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_document(tmp_path / "nope.yaml")
    assert only(caught.value.problems).message_key == "file.missing"


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_document(tmp_path)
    assert only(caught.value.problems).message_key == "file.not_a_file"


def test_latin1_bytes_are_located(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "name: ok\nplace: Zorgco\xf6peratie\n".encode("latin-1")))
    assert problem.message_key == "file.not_utf8"
    assert (problem.line, problem.column) == (2, 14)
    assert "0xf6" in problem.message("en")


def test_utf16_gets_its_own_message(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "name: x\n".encode("utf-16")))
    assert problem.message_key == "file.utf16"


def test_binary_data_is_refused(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, b"name: x\n\x00\x01\x02"))
    assert problem.message_key == "file.binary"
    assert problem.line == 2


def test_utf8_bom_and_crlf_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes("\ufeffambition: broker\r\nvision:\r\n  shared: yes\r\n".encode())
    document = load_document(path)
    assert validate(document, Partnership).vision.shared == "yes"
    assert document.key_marks[("vision", "shared")] == (3, 3)


def test_file_over_the_size_cap_is_refused_before_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tango_check.loading.MAX_FILE_BYTES", 100)
    problem = only(problems_for(tmp_path, "name: " + "x" * 200 + "\n"))
    assert problem.message_key == "file.too_large"


def test_python_tags_never_build_objects(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "name: !!python/object/apply:os.system ['echo hi']\n"))
    assert problem.message_key == "yaml.bad_tag"
    assert problem.line == 1


def test_unsupported_schema_version(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "schema_version: 2\n"))
    assert problem.message("en") == (
        "schema_version 2 is not supported; this version of tango-check reads schema_version 1"
    )


def test_several_documents_in_one_file(tmp_path: Path) -> None:
    problem = only(problems_for(tmp_path, "name: a\n---\nname: b\n"))
    assert problem.message_key == "yaml.multiple_documents"


def test_odd_user_keys_keep_their_place_in_the_message(tmp_path: Path) -> None:
    # Found by the property tests: a key with a bracket was taken for a pydantic marker.
    problem = only(problems_for(tmp_path, "ambition: broker\npartne[s:\n  cooperative: {name: x}\n"))
    assert (problem.line, problem.column) == (2, 1)
    assert problem.message("en").startswith("unknown field 'partne[s'; did you mean 'partners'?")


def test_union_tag_in_a_rule_condition_points_at_the_field(tmp_path: Path) -> None:
    from tango_check.rule_file import load_rule_file

    path = tmp_path / "rules.yaml"
    path.write_text(
        "rules:\n  - id: Z01\n    kind: obstacle\n    theme: vision\n    weight: 1\n"
        "    met_when:\n      all:\n        - {field: vision.shard, equals: 'yes'}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        load_rule_file(path)
    by_key = {p.message_key: p for p in caught.value.problems}
    assert (by_key["rules.unknown_field"].line, by_key["rules.unknown_field"].column) == (8, 19)
    assert by_key["field.missing"].line == 2  # the rule itself, not 'rules:'
