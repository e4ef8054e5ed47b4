"""Every reader, on hostile values: a result or located problems, never another exception.

The readers of user files (a partnership file, a rule pack, a
configuration file in YAML or TOML, a result saved with `assess --format
json`, the respondents' files of `assess --together`) each get documents with one value replaced: by a line of
tests/hostile/scalars.txt (YAML tags, impossible dates, huge and special
numbers, control characters, Rich markup, HTML, URLs) or by any text
hypothesis makes. Whatever reads as valid is then rendered in every format,
and each output must be safe: no control character reaches a text report,
no markup or link survives in Markdown, the JSON is strict JSON (no NaN).
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tango_check.api import assess_document, assess_file, assess_responses
from tango_check.compare import compare, load_snapshot, snapshot_of
from tango_check.config_file import load_config
from tango_check.errors import InputError
from tango_check.i18n import LANGUAGES
from tango_check.loading import parse_yaml
from tango_check.render.compare import render_comparison, render_comparison_json
from tango_check.render.html import render_html
from tango_check.render.json_report import render_json
from tango_check.render.markdown import render_markdown
from tango_check.render.rules import print_explanation, rules_markdown
from tango_check.render.terminal import make_console, render_terminal
from tango_check.rule_file import load_rule_file
from tango_check.rules import load_rules
from tango_check.scoring import Assessment

ROOT = Path(__file__).resolve().parents[1]
SCALARS = [
    line
    for line in (ROOT / "tests" / "hostile" / "scalars.txt").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]
RULES = load_rules()
EXAMPLE = ROOT / "examples" / "broker-ready.yaml"
RULE_PACK = (ROOT / "rule-packs" / "heuvelland" / "heuvelland.yaml").read_text(encoding="utf-8")
SAVED = json.loads(render_json(assess_file(EXAMPLE, RULES), "en"))
EXAMPLE_SNAPSHOT = snapshot_of(assess_file(EXAMPLE, RULES))

# A value as a file writes it: a hostile line, or any text as a double-quoted (JSON) string.
values = st.sampled_from(SCALARS) | st.text(max_size=40).map(json.dumps)
files = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def strict_json(text: str) -> Any:
    """JSON as other programs read it: NaN and Infinity are not JSON."""

    def refuse(name: str) -> None:
        raise AssertionError(f"{name} in JSON output")

    return json.loads(text, parse_constant=refuse)


def assert_terminal_safe(text: str) -> None:
    """Nothing a terminal would obey: every character printable, or a line break."""
    raw = [char for char in text if not char.isprintable() and char != "\n"]
    assert not raw, f"raw control characters {raw!r} in {text[:300]!r}"


def terminal_text(draw: Any) -> str:
    stream = io.StringIO()
    draw(make_console("never", stream))
    return stream.getvalue()


UNESCAPED = re.compile(r"(?<!\\)(?:<script|\]\(https)|https://evil|www\.evil")


def assert_markdown_safe(text: str) -> None:
    """Markdown in which no tag, link or bare URL of the user's survives unescaped."""
    assert_terminal_safe(text)
    found = UNESCAPED.search(text)
    assert found is None, text[max(found.start() - 40, 0) : found.end() + 40]


def assert_renders_safely(assessment: Assessment) -> None:
    """Every format, both languages: text and Markdown safe for a terminal and a renderer, strict JSON."""
    for lang in LANGUAGES:
        assert_terminal_safe(terminal_text(lambda console: render_terminal(assessment, console, lang, 1)))
        assert_markdown_safe(render_markdown(assessment, lang, 1))
        page = render_html(assessment, lang)
        assert "<script" not in page and "\x1b" not in page
        strict_json(render_json(assessment, lang))


def assert_located(error: InputError, source: str | None) -> None:
    """Problems that name the file (`source`, when one file was read), safe for a terminal in both languages."""
    assert error.problems
    for problem in error.problems:
        assert source is None or problem.source == source
        for lang in LANGUAGES:
            assert_terminal_safe(problem.render(lang))


# --- a partnership file ------------------------------------------------------------

PARTNERSHIP_PLACES = [
    "name: {}",
    "schema_version: {}",
    "ambition: {}",
    "vision: {{shared: {}}}",
    "vision:\n  shared: {}",
    "partners:\n  cooperative:\n    name: {}\n    place: Eikenhorst",
    "partners:\n  care_organisation: {{name: {}}}",
    "benefits:\n  cooperative_seeks:\n    - {}",
    "views:\n  cooperative:\n    satisfaction: {}",
    "perspective: {}",
    "consultation:\n  frequency: {}",
    "{}: yes",
]


@given(place=st.sampled_from(PARTNERSHIP_PLACES), value=values)
def test_a_partnership_file_reads_or_is_refused_and_renders_safely(place: str, value: str) -> None:
    text = "ambition: broker\n" + place.format(value) + "\n"
    try:
        assessment = assess_document(parse_yaml(text, "partner.yaml"), RULES)
    except InputError as error:
        assert_located(error, "partner.yaml")
        return
    assert_renders_safely(assessment)


# --- a rule pack ---------------------------------------------------------------------

RULE_PLACES = [
    ("id: HVL01", "id: {}"),
    ("weight: 2", "weight: {}"),
    ("theme: context", "theme: {}"),
    ("severity: minor", "severity: {}"),
    ("schema_version: 1", "schema_version: {}"),
    ("en: The municipality is at the table and recognises the cooperative", "en: {}"),
    ("nl: De gemeente zit aan tafel en erkent de coöperatie", "nl: {}"),
    ("document: Wmo-beleidsplan Gemeente Heuvelland 2025-2028 (fictional example)", "document: {}"),
    ("section: Samenwerken met burgerinitiatieven", "section: {}"),
    ('equals: "yes"}', "equals: {}}}"),
    ("expect: unknown", "expect: {}"),
    ("note: recognition not answered yet", "note: {}"),
]


@files
@given(place=st.sampled_from(RULE_PLACES), value=values)
def test_a_rule_pack_reads_or_is_refused_and_renders_safely(tmp_path: Path, place: tuple[str, str], value: str) -> None:
    old, new = place
    assert old in RULE_PACK
    path = tmp_path / "pack.yaml"
    path.write_text(RULE_PACK.replace(old, new.format(value), 1), encoding="utf-8")
    try:
        rules = load_rule_file(path)
    except InputError as error:
        assert_located(error, str(path))
        return
    for rule in rules:
        rule._pack = str(tmp_path)
    for lang in LANGUAGES:
        assert_markdown_safe(rules_markdown(rules, lang))
        assert_terminal_safe(terminal_text(lambda console: print_explanation(rules[0], console, lang)))


# --- a configuration file ------------------------------------------------------------

CONFIG_KEYS = ["lang", "select", "ignore", "rules", "extension", "fail-under", "unknown-key"]


@files
@given(key=st.sampled_from(CONFIG_KEYS), value=values, listed=st.booleans())
def test_a_yaml_configuration_reads_or_is_refused(tmp_path: Path, key: str, value: str, listed: bool) -> None:
    path = tmp_path / ".tango-check.yaml"
    path.write_text(f"{key}: [{value}]\n" if listed else f"{key}: {value}\n", encoding="utf-8")
    try:
        load_config(path)
    except InputError as error:
        assert_located(error, str(path))


@files
@given(key=st.sampled_from(CONFIG_KEYS), value=values | st.sampled_from(["nan", "inf", "-inf", "1" + "0" * 5000, "1979-05-27"]))
def test_a_pyproject_configuration_reads_or_is_refused(tmp_path: Path, key: str, value: str) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(f'[tool.tango-check]\n"{key}" = {value}\n', encoding="utf-8")
    try:
        load_config(path)
    except InputError as error:
        assert_located(error, str(path))


# --- a saved result ------------------------------------------------------------------

SAVED_PLACES = [
    ("score",),
    ("schema_version",),
    ("verdict",),
    ("source",),
    ("partnership", "name"),
    ("themes", 0, "score"),
    ("themes", 0, "theme"),
    ("findings", 0, "rule_id"),
    ("findings", 0, "kind"),
    ("findings", 0, "status"),
    ("findings", 0, "title"),
    ("findings", 0, "message"),
]
PLACEHOLDER = "@@value@@"


@files
@given(place=st.sampled_from(SAVED_PLACES), value=values)
def test_a_saved_result_reads_or_is_refused_and_compares_safely(tmp_path: Path, place: tuple[Any, ...], value: str) -> None:
    data = json.loads(json.dumps(SAVED))
    parent = data
    for part in place[:-1]:
        parent = parent[part]
    parent[place[-1]] = PLACEHOLDER
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data, indent=2).replace(json.dumps(PLACEHOLDER), value, 1), encoding="utf-8")
    try:
        snapshot = load_snapshot(path, RULES)
    except InputError as error:
        assert_located(error, str(path))
        return
    for before, after in ((snapshot, EXAMPLE_SNAPSHOT), (EXAMPLE_SNAPSHOT, snapshot)):
        comparison = compare(before, after)
        for lang in LANGUAGES:
            strict_json(render_comparison_json(comparison, lang))
            assert_terminal_safe(terminal_text(lambda console: render_comparison(comparison, console, lang)))


# --- respondents' files (assess --together) -------------------------------------------

RESPONSES = {path.name: path.read_text(encoding="utf-8") for path in sorted((ROOT / "examples" / "respondents").glob("*.yaml"))}
RESPONSE_PLACES = [
    ("name: Marieke Visser}", "name: {}}}"),
    ("role: director,", "role: {},"),
    ("perspective: care_organisation", "perspective: {}"),
    ("shared: yes", "shared: {}"),
    ("frequency: monthly", "frequency: {}"),
]


@files
@given(place=st.sampled_from(RESPONSE_PLACES), value=values)
def test_respondents_files_read_or_are_refused_and_render_safely(tmp_path: Path, place: tuple[str, str], value: str) -> None:
    old, new = place
    changed = next(name for name, text in RESPONSES.items() if old in text)
    for name, text in RESPONSES.items():
        (tmp_path / name).write_text(text.replace(old, new.format(value), 1) if name == changed else text, encoding="utf-8")
    try:
        assessment = assess_responses(sorted(tmp_path.glob("*.yaml")), RULES, show_names=True)
    except InputError as error:
        assert_located(error, None)  # each problem names its own respondent's file
        return
    assert_renders_safely(assessment)
