"""The Dutch texts follow docs/dutch-style.md wherever a pattern can tell: the register u/uw, no comma before "en"."""

from __future__ import annotations

import pytest

from tango_check.i18n import MESSAGES
from tango_check.outline import field_catalog
from tango_check.rule_file import DUTCH_STYLE, Text


def _violations(text: str) -> list[str]:
    return [key for key, pattern in DUTCH_STYLE.items() if pattern.search(text)]


@pytest.mark.parametrize(
    ("text", "violations"),
    [
        ("Spreek af wat jullie samen willen.", ["style.informal_register"]),
        ("Weet je wie de contactpersoon is?", ["style.informal_register"]),
        ("Leg vast wie wat doet, en hoe u overdraagt.", ["style.comma_before_en"]),
        ("Spreek af wat u samen wilt en leg dat vast.", []),
        ("Jeugdzorg en jeugdhulp: uw gemeente beslist.", []),  # 'je' only as a whole word
    ],
)
def test_the_patterns_find_what_the_guide_forbids_and_nothing_else(text: str, violations: list[str]) -> None:
    assert _violations(text) == violations


def test_a_rule_text_in_the_informal_register_is_refused() -> None:
    with pytest.raises(ValueError, match="dutch_style|informally"):
        Text.model_validate({"en": "Agree what you want.", "nl": "Spreek af wat jullie willen."})


def test_the_program_texts_follow_the_guide() -> None:
    offending = {key: entry["nl"] for key, entry in MESSAGES.items() if "nl" in entry and _violations(entry["nl"])}
    assert offending == {}


def test_the_questions_of_the_partnership_file_follow_the_guide() -> None:
    offending = {path: spec.question("nl") for path, spec in field_catalog().items() if _violations(spec.question("nl"))}
    assert offending == {}
