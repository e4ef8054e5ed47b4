"""Properties of the loader, the model and the engine, checked on generated input (hypothesis).

The loader: any text, any YAML document and any mutation of the examples
ends in a result or in clean, located problems, never in another exception;
plain data written out as YAML reads back as the same data. The model: every
answer the file format allows is accepted, and one wrong answer is reported
at its own line. The engine: no shared vision is never ready, provider-only
obstacles never weigh for a broker, and forgetting an answer never makes a
rule met (or unmet).

The number of examples comes from the hypothesis profile (tests/conftest.py):
a quick run by default, 100,000 per property with the profile "thorough".
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml
from conftest import nested
from hypothesis import assume, example, given
from hypothesis import strategies as st
from pydantic import TypeAdapter

from tango_check.api import assess_document
from tango_check.conditions import Condition
from tango_check.errors import InputError
from tango_check.evaluation import EqualsTest, InTest
from tango_check.i18n import LANGUAGES
from tango_check.loading import MAX_DEPTH, decode, parse_yaml, validate
from tango_check.model import Partnership
from tango_check.outline import UNKNOWN, answer_at, field_catalog
from tango_check.render.json_report import (
    KnownObjects,
    assessment_dict,
    assessment_json,
    render_json,
)
from tango_check.rules import load_rules
from tango_check.scoring import READY_COVERAGE, STRENGTH_FROM, assess, rule_status

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = [path.read_bytes() for path in sorted((ROOT / "examples").glob("*.yaml"))]
SOURCE = "partner.yaml"
RULES = load_rules(extension=True)
CATALOG = field_catalog()
# Answers a person fills in; `views` and `perspective` belong to two-partner files (tested below as they come).
LEAVES = {path: spec for path, spec in CATALOG.items() if path != "schema_version"}


def assert_clean(error: InputError, text_lines: int) -> None:
    """Every problem names the file, points inside it (when it points), and reads as one line in both languages."""
    assert error.problems
    for problem in error.problems:
        assert problem.source == SOURCE
        if problem.line is not None:
            assert 1 <= problem.line <= text_lines + 1, problem.render("en")
        if problem.column is not None:
            assert problem.column >= 1
        for lang in LANGUAGES:
            message = problem.render(lang)
            assert "\n" not in message and "\r" not in message, message


def line_count(raw: bytes) -> int:
    """Lines as YAML counts them: CR LF, CR, LF, and (YAML 1.1) NEL, LS and PS all end a line."""
    return len(YAML_LINE_BREAK.findall(raw.decode("utf-8", "replace"))) + 1


YAML_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def run_pipeline(raw: bytes) -> Any:
    """What `tango-check assess` does with the bytes of a file, up to the JSON report."""
    try:
        result = assess_document(parse_yaml(decode(raw, SOURCE), SOURCE), RULES)
    except InputError as error:
        assert_clean(error, line_count(raw))
        return error
    for lang in LANGUAGES:
        render_json(result, lang)
    return result


# --- the loader ------------------------------------------------------------------

# Text a UTF-8 file can hold, without NEL, LS and PS: YAML 1.1 line breaks, which
# PyYAML's writer leaves raw inside quotes and every YAML reader then folds.
def yaml_text(max_size: int) -> st.SearchStrategy[str]:
    return st.text(st.characters(codec="utf-8", exclude_characters="\x85\u2028\u2029"), max_size=max_size)



@given(st.text(max_size=2_000))
@example("a: &x 1\nb: *x\n")
@example("[" * 100)
@example("? - a\n: b\n")
@example("a:\n  - b\n   c: d\n")
def test_any_text_is_read_or_refused_cleanly(text: str) -> None:
    run_pipeline(text.encode("utf-8"))


@given(st.binary(max_size=2_000))
def test_any_bytes_are_read_or_refused_cleanly(raw: bytes) -> None:
    run_pipeline(raw)


YAML_BYTES = [bytes([c]) for c in b":-[]{}&*!|>'\"%@`#,?~ \t\n\r"] + [b"\xef\xbb\xbf", b"\x00", b"\xff", b"yes", b"<<", b"---"]


@st.composite
def mutated_examples(draw: st.DrawFn) -> bytes:
    """An example file with a few random edits: YAML punctuation, bytes, lines moved or indented."""
    data = bytearray(draw(st.sampled_from(EXAMPLES)))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["delete", "insert", "replace", "duplicate", "swap", "indent"]))
        if edit == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif edit == "insert":
            data[at:at] = draw(st.sampled_from(YAML_BYTES) | st.binary(min_size=1, max_size=3))
        elif edit == "replace":
            data[at : at + 1] = draw(st.sampled_from(YAML_BYTES))
        else:
            lines = bytes(data).split(b"\n")
            index = draw(st.integers(0, len(lines) - 1))
            other = draw(st.integers(0, len(lines) - 1))
            if edit == "duplicate":
                lines.insert(index, lines[index])
            elif edit == "swap":
                lines[index], lines[other] = lines[other], lines[index]
            else:
                lines[index] = b" " * draw(st.integers(1, 3)) + lines[index]
            data = bytearray(b"\n".join(lines))
    return bytes(data)


@given(mutated_examples())
def test_mutated_examples_are_assessed_or_refused_cleanly(raw: bytes) -> None:
    run_pipeline(raw)


def plain_data(max_leaves: int = 40) -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | yaml_text(30)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(yaml_text(10), inner, max_size=4),
        max_leaves=max_leaves,
    )


def depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(depth, value), default=0)
    return 0


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    return [prefix, *(path for key, item in items for path in paths(item, (*prefix, key)))]


@given(
    plain_data(),
    st.sampled_from([False, True, None]),
    st.booleans(),
    st.sampled_from(["\n", "\r\n"]),
)
def test_plain_data_written_as_yaml_reads_back_the_same(data: Any, flow: bool | None, unicode: bool, newline: str) -> None:
    text = yaml.safe_dump(data, default_flow_style=flow, allow_unicode=unicode, line_break=newline, sort_keys=False)
    try:
        document = parse_yaml(text, SOURCE)
    except InputError as error:
        assert_clean(error, line_count(text.encode("utf-8")))
        # The only data the loader may refuse: nothing at all, or too deep a nesting.
        assert data is None or depth(data) > MAX_DEPTH, [p.render("en") for p in error.problems]
        return
    assert document.data == data
    assert set(paths(data)) <= set(document.value_marks)


# --- the model -----------------------------------------------------------------------


def answer_for(path: str) -> st.SearchStrategy[Any]:
    spec = LEAVES[path]
    if spec.kind == "choice":
        return st.sampled_from(spec.allowed)
    if spec.kind == "choices":
        return st.lists(st.sampled_from(spec.allowed), unique=True)
    if spec.kind == "number":
        return st.integers(-(10**6), 10**6)
    if spec.kind == "date":
        return st.dates()
    return yaml_text(200)


answer_sets = st.fixed_dictionaries({}, optional={path: answer_for(path) for path in LEAVES if not path.startswith("views.")})
answer_sets_with_views = st.fixed_dictionaries({}, optional={path: answer_for(path) for path in LEAVES})


def written(answers: dict[str, Any], flow: bool | None = False) -> str:
    return yaml.safe_dump(nested(answers), default_flow_style=flow, allow_unicode=True, sort_keys=False)


@given(answer_sets_with_views, st.sampled_from([False, True, None]))
def test_every_allowed_answer_is_accepted_as_written(answers: dict[str, Any], flow: bool | None) -> None:
    partnership = validate(parse_yaml(written(answers, flow) or "{}", SOURCE), Partnership)
    for path, value in answers.items():
        found: Any = partnership
        for part in path.split("."):
            found = getattr(found, part)
        assert found == value, path


def walked(section: Any, path: str) -> Any:
    """The plain reading of a dotted path, one attribute at a time, that `answer_at` must agree with."""
    for part in path.split("."):
        section = getattr(section, part, None)
        if section is None:
            return None
    return None if section == UNKNOWN else section


ODD_PATHS = ("vision", "views.cooperative", "views.cooperative.vision", "no_such", "vision.no_such", "name.upper", "views.nobody.vision.shared")


@given(answer_sets_with_views)
def test_answer_at_agrees_with_a_walk_of_the_model(answers: dict[str, Any]) -> None:
    partnership = Partnership.model_validate(nested(answers))
    for path in (*LEAVES, *ODD_PATHS):
        assert answer_at(partnership, path) == walked(partnership, path), path


def wrong_answer_for(path: str) -> st.SearchStrategy[Any]:
    spec = LEAVES[path]
    if spec.kind in ("choice", "choices"):
        wrong_text = st.text(min_size=1, max_size=30).filter(lambda text: text not in spec.allowed)
        return wrong_text if spec.kind == "choice" else st.lists(wrong_text, min_size=1, max_size=3)
    if spec.kind == "number":
        return st.text(min_size=1, max_size=10).filter(lambda text: not text.strip().lstrip("+-").isdigit())
    if spec.kind == "date":
        return st.sampled_from(["yesterday", "2026-13-01", "1 mei 2026", ""]) | st.lists(st.dates(), min_size=1, max_size=2)
    return st.integers() | st.lists(st.text(max_size=5), min_size=1, max_size=2) | st.text(min_size=201, max_size=300)


def node_line(text: str, path: tuple[str, ...]) -> int:
    """The line of the value at `path`, found by libyaml's own composer (an oracle independent of ours)."""
    node = yaml.compose(text, Loader=yaml.CSafeLoader)
    for part in path:
        node = next(value for key, value in node.value if key.value == part)
    return node.start_mark.line + 1


@given(answer_sets, st.sampled_from(sorted(path for path in LEAVES if not path.startswith("views."))), st.data())
def test_one_wrong_answer_is_reported_at_its_own_line(answers: dict[str, Any], path: str, data: st.DataObject) -> None:
    answers = {**answers, path: data.draw(wrong_answer_for(path))}
    text = written(answers)
    try:
        validate(parse_yaml(text, SOURCE), Partnership)
    except InputError as error:
        assert_clean(error, line_count(text.encode("utf-8")))
        lines = {problem.line for problem in error.problems}
        assert node_line(text, tuple(path.split("."))) in lines or _inside_a_list(text, path, lines)
        return
    raise AssertionError(f"{path}: {answers[path]!r} was accepted")


def _inside_a_list(text: str, path: str, lines: set[int | None]) -> bool:
    """A wrong item of a list is reported at the item's line, which is at or after the list's."""
    start = node_line(text, tuple(path.split(".")))
    return LEAVES[path].kind == "choices" and any(line is not None and line >= start for line in lines)


# --- the engine ------------------------------------------------------------------------


def partnership_of(answers: dict[str, Any]) -> Partnership:
    return Partnership.model_validate(nested(answers))


def answer(partnership: Partnership, path: str) -> Any:
    value: Any = partnership
    for part in path.split("."):
        value = getattr(value, part, None)
    return value


PROVIDER_ONLY = [
    rule
    for rule in RULES
    if (isinstance(rule.applies_when, EqualsTest) and (rule.applies_when.field, rule.applies_when.equals) == ("ambition", "provider"))
    or (isinstance(rule.applies_when, InTest) and rule.applies_when.field == "ambition" and rule.applies_when.in_ == ["provider"])
]
GATES = [rule for rule in RULES if rule.severity == "gate"]


def test_the_invariants_below_have_rules_to_hold_for() -> None:
    assert len(PROVIDER_ONLY) >= 4 and any(rule.id == "V01" for rule in GATES)
    assert all(rule.kind in ("obstacle", "success_factor") for rule in PROVIDER_ONLY)


@given(answer_sets_with_views)
def test_no_shared_vision_is_never_ready(answers: dict[str, Any]) -> None:
    result = assess(partnership_of(answers), RULES)
    if answer(result.partnership, "vision.shared") in ("no", "partly"):
        assert result.verdict == "not_ready"
    if answer(result.partnership, "vision.shared") != "yes":
        assert result.verdict != "ready"
    statuses = {finding.rule.id: finding.status for finding in result.findings}
    if any(statuses[rule.id] == "unmet" for rule in GATES):
        assert result.verdict == "not_ready"
    if any(statuses[rule.id] == "unknown" for rule in GATES):
        assert result.verdict != "ready"


@given(answer_sets_with_views)
def test_provider_only_obstacles_never_fire_for_a_broker(answers: dict[str, Any]) -> None:
    result = assess(partnership_of({**answers, "ambition": "broker"}), RULES)
    statuses = {finding.rule.id: finding.status for finding in result.findings}
    assert all(statuses[rule.id] == "not_applicable" for rule in PROVIDER_ONLY)
    steps = {finding.rule.id for finding in result.obstacles + result.next_steps}
    assert steps.isdisjoint(rule.id for rule in PROVIDER_ONLY)


@given(answer_sets_with_views)
def test_the_verdict_and_the_scores_keep_their_bounds(answers: dict[str, Any]) -> None:
    result = assess(partnership_of(answers), RULES)
    for score in (result.score, *(theme.score for theme in result.themes)):
        assert score is None or 0 <= score <= 100
    assert 0 <= result.answered <= result.applicable
    if result.verdict == "ready":
        assert result.score is not None and result.score >= STRENGTH_FROM
        assert result.answered >= READY_COVERAGE * result.applicable
        assert not result.obstacles or all(f.rule.severity == "minor" for f in result.obstacles)


# One memory of built objects for every example, as in a batch: an object kept from one result must fit the next.
KNOWN_OBJECTS: KnownObjects = {}


@given(answer_sets_with_views, st.sampled_from(LANGUAGES), st.integers(min_value=0, max_value=3))
def test_the_json_text_is_the_plain_encoding_of_the_result(answers: dict[str, Any], lang: str, level: int) -> None:
    # Each answer at a line of its own, as the loader would record it: located findings are encoded too.
    marks = {tuple(path.split(".")): (line, 3) for line, path in enumerate(sorted(answers), start=1)}
    result = assess(partnership_of(answers), RULES, marks=marks)
    plain = json.dumps(assessment_dict(result, lang), ensure_ascii=False, indent=2)
    assert assessment_json(result, lang, KNOWN_OBJECTS, level) == plain.replace("\n", "\n" + "  " * level)


@given(answer_sets, st.data())
def test_forgetting_an_answer_never_makes_a_rule_met_or_unmet(answers: dict[str, Any], data: st.DataObject) -> None:
    """One answer per question (no `views:`, where a partner's own answer can stand in for a joint one)."""
    assume(answers)
    path = data.draw(st.sampled_from(sorted(answers)))
    forgotten = {**answers}
    spec = LEAVES[path]
    if spec.kind == "choice" and "unknown" in spec.allowed and data.draw(st.booleans()):
        forgotten[path] = "unknown"  # said out loud, or left out: the same
    else:
        del forgotten[path]
    before = assess(partnership_of(answers), RULES)
    after = assess(partnership_of(forgotten), RULES)
    statuses = {finding.rule.id: finding.status for finding in before.findings}
    for finding in after.findings:
        if finding.status in ("met", "unmet"):
            assert statuses[finding.rule.id] == finding.status, (finding.rule.id, path)


def test_a_file_with_every_answer_unknown_meets_no_rule() -> None:
    unknown = {path: "unknown" for path, spec in LEAVES.items() if spec.kind == "choice" and "unknown" in spec.allowed}
    result = assess(partnership_of(unknown), RULES)
    assert {finding.status for finding in result.findings} <= {"unknown", "not_applicable"}
    assert result.verdict == "not_ready" and result.score is None


# --- random rule conditions: three-valued logic, whatever the rule says -----------------

CHOICE_FIELDS = sorted(path for path, spec in LEAVES.items() if spec.kind == "choice" and not path.startswith("views."))
LIST_FIELDS = sorted(path for path, spec in LEAVES.items() if spec.kind == "choices" and not path.startswith("views."))


@st.composite
def field_tests(draw: st.DrawFn) -> dict[str, Any]:
    if draw(st.booleans()):
        path = draw(st.sampled_from(CHOICE_FIELDS))
        allowed = [value for value in LEAVES[path].allowed if value != "unknown"]
        if draw(st.booleans()):
            return {"field": path, "equals": draw(st.sampled_from(allowed))}
        return {"field": path, "in": draw(st.lists(st.sampled_from(allowed), min_size=1, unique=True))}
    path = draw(st.sampled_from(LIST_FIELDS))
    if draw(st.booleans()):
        return {"field": path, "contains": draw(st.sampled_from(LEAVES[path].allowed))}
    return {"field": path, "min_items": draw(st.integers(1, 3))}


def combined(inner: st.SearchStrategy[dict[str, Any]]) -> st.SearchStrategy[dict[str, Any]]:
    parts = st.lists(inner, min_size=1, max_size=4)
    return (
        parts.map(lambda items: {"all": items})
        | parts.map(lambda items: {"any": items})
        | inner.map(lambda item: {"not": item})
        | parts.flatmap(lambda items: st.integers(1, len(items)).map(lambda least: {"min_met": least, "of": items}))
    )


conditions = st.recursive(field_tests(), combined, max_leaves=8)
CONDITION = TypeAdapter(Condition)


@given(conditions, answer_sets, st.data())
def test_any_condition_is_monotone_in_what_is_known(condition: dict[str, Any], answers: dict[str, Any], data: st.DataObject) -> None:
    """With more answers a condition may go from unknown to met or unmet, never between met and unmet."""
    parsed = CONDITION.validate_python(condition)
    known = partnership_of(answers)
    forget = data.draw(st.sets(st.sampled_from(sorted(answers)))) if answers else set()
    less = partnership_of({path: value for path, value in answers.items() if path not in forget})
    before, after = parsed.evaluate(known), parsed.evaluate(less)
    assert after is None or after == before
    rule = RULES[0].model_copy(update={"met_when": parsed, "applies_when": None})
    assert rule_status(rule, less) in ("unknown", rule_status(rule, known))


def test_an_unknown_answer_never_counts_as_met_for_any_operator() -> None:
    nothing = partnership_of({})
    for condition in ({"field": "vision.shared", "in": ["yes", "no", "partly"]}, {"not": {"field": "ambition", "equals": "broker"}}):
        assert CONDITION.validate_python(condition).evaluate(nothing) is None
