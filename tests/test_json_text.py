"""The JSON text: orjson's bytes are the standard encoder's, and what orjson would write differently goes to the standard one.

The reference everywhere is `json.dumps(value, ensure_ascii=False, indent=2)`,
the text the JSON report has always had.
"""

from __future__ import annotations

import copy
import io
import json
import math
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from typer.testing import CliRunner

from tango_check import json_text
from tango_check.api import assess_file
from tango_check.cli import app
from tango_check.errors import InputError
from tango_check.json_text import Output, agreed, chunks, indented
from tango_check.render.json_report import KnownObjects, assessment_dict, assessment_json

ROOT = Path(__file__).resolve().parents[1]
PARTNERSHIP_FILES = sorted((ROOT / "examples").rglob("*.yaml")) + sorted((ROOT / "tests" / "hostile").glob("*.yaml"))


def reference(value: object, level: int = 0) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)


# Text as users and file systems give it: any code point, lone surrogates (a file name that is not UTF-8)
# and control characters included, and the characters JSON escapes or writers treat specially.
texts = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF)) | st.sampled_from(
    ["\udcff", "a\ud800b", "\x00\x1f\x7f", "\u2028\u2029", '"\\/', "é ö ß 中 😀", "\t\n\r\b\f", ""]
)
integers = st.integers() | st.sampled_from([2**63 - 1, -(2**63), 2**63, 2**64 - 1, 2**64, -(2**63) - 1, 10**40])
floats = st.floats() | st.sampled_from([0.0, -0.0, 1e-4, 9.99e-5, 5e-324, 1e16, 9.999999999999998e15, 1e22, math.nan, -math.inf])
scalars = st.none() | st.booleans() | integers | floats | texts
keys = texts | st.integers(min_value=-(2**70), max_value=2**70)  # json writes an int key as a string; orjson refuses it
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5)
    | st.lists(inner, max_size=3).map(tuple)
    | st.dictionaries(keys, inner, max_size=5),
    max_leaves=30,
)


@given(values, st.integers(min_value=0, max_value=3))
@example({"score": 1e-5, "name": "\ud800", "count": 2**64}, 2)
@example([math.nan, math.inf, 1e16, {1: "one"}], 1)
def test_any_value_is_written_as_the_standard_encoder_writes_it(value: Any, level: int) -> None:
    assert indented(value, level) == reference(value, level)
    assert "".join(chunks(value, level)) == reference(value, level)


def test_plain_values_are_written_by_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scores, counts, text with accents and escapes: orjson writes them, the standard encoder is not asked."""
    value = {"score": 73.33333333333333, "exact": 0.0001, "big": 2**64 - 1, "list": [1, 2.5, None, True], "name": "Zorgcoöperatie \x1b\n"}
    expected = reference(value, 2)
    assert agreed(value)

    def refused(*args: object, **kwargs: object) -> str:
        raise AssertionError("the standard encoder was asked")

    monkeypatch.setattr(json_text.json, "dumps", refused)
    assert indented(value, 2) == expected


@pytest.mark.parametrize(
    "value",
    [
        {"name": "naam-\udce9.yaml"},  # a lone surrogate: orjson refuses it
        {"line": 2**64},  # beyond 64 bits: orjson refuses it
        {"line": -(2**63) - 1},
        {1: "a key that is no string"},
        {"score": 1e-5},  # orjson writes 0.00001, json 1e-05
        {"score": 1e16},  # older orjson writes 1e16, json 1e+16
        {"score": math.nan},  # orjson writes null, json NaN
        {"score": -math.inf},
    ],
)
def test_what_orjson_refuses_or_writes_its_own_way_falls_back(value: object, monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes: list[str] = []
    real = orjson.dumps

    def watched(*args: Any, **kwargs: Any) -> bytes:
        try:
            text = real(*args, **kwargs)
        except TypeError:
            outcomes.append("refused")
            raise
        outcomes.append("written")
        return text

    monkeypatch.setattr(json_text.orjson, "dumps", watched)
    assert indented(value, 1) == reference(value, 1)
    assert outcomes in ([], ["refused"])  # never orjson's own text


@pytest.mark.parametrize("items", [[], [{"rule_id": "V01", "count": 3}, "é\ud800", 2**70, 1e-7]])
def test_an_iterator_is_written_as_its_list(items: list[Any]) -> None:
    value = {"files": 2, "rows": iter(items), "empty": {}, "verdicts": {"ready": 1}}
    assert "".join(chunks(value, 1)) == reference({**value, "rows": items}, 1)


def test_every_example_report_is_the_standard_encoding(rules: Any) -> None:
    """Each example and hostile file that assesses, in both languages, one memory of built objects as in a batch."""
    known: KnownObjects = {}
    assessed = 0
    for path in PARTNERSHIP_FILES:
        try:
            result = assess_file(path, rules)
        except InputError:
            continue
        assessed += 1
        for lang in ("en", "nl"):
            for level in (0, 2):
                assert assessment_json(result, lang, known, level) == reference(assessment_dict(result, lang), level), path
    assert assessed >= 20  # the examples and the hostile files that are valid


@pytest.fixture(scope="module")
def example_reports(rules: Any) -> list[dict[str, Any]]:
    return [assessment_dict(assess_file(path, rules), "nl") for path in sorted((ROOT / "examples").glob("*.yaml"))]


def leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The paths of the strings and numbers in `value`."""
    if isinstance(value, dict):
        return [leaf for key, member in value.items() for leaf in leaves(member, (*path, key))]
    if isinstance(value, list):
        return [leaf for index, item in enumerate(value) for leaf in leaves(item, (*path, index))]
    return [path] if isinstance(value, (str, int, float)) and not isinstance(value, bool) else []


@given(st.data())
def test_a_report_with_hostile_text_and_numbers_is_the_standard_encoding(
    example_reports: list[dict[str, Any]], data: st.DataObject
) -> None:
    report = copy.deepcopy(data.draw(st.sampled_from(example_reports)))
    for path in data.draw(st.lists(st.sampled_from(leaves(report)), min_size=1, max_size=8)):
        *parents, last = path
        node = report
        for step in parents:
            node = node[step]
        node[last] = data.draw(texts if isinstance(node[last], str) else integers | floats)
    assert indented(report, 2) == reference(report, 2)


def test_output_keeps_text_and_bytes_in_order() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    output = Output(stream)
    assert output.binary is raw
    for piece in ("{\n", b'  "a": "\xc3\xa9",\n', '  "b": "ö"', b"\n}", "\n"):
        output.write(piece)
    stream.flush()
    assert raw.getvalue().decode() == '{\n  "a": "é",\n  "b": "ö"\n}\n'


@pytest.mark.parametrize("stream", [io.StringIO(), io.TextIOWrapper(io.BytesIO(), encoding="latin-1")])
def test_output_writes_through_the_text_layer_when_it_would_change_the_bytes(stream: Any) -> None:
    output = Output(stream)
    assert output.binary is None
    output.write(b'"\xc3\xa9"')
    output.write(" ö")
    stream.seek(0)
    assert stream.read() == '"é" ö'


def batch_runs(folder: Path, tmp_path: Path) -> list[str]:
    """The batch JSON of `folder` in both languages, on stdout and through --output."""
    texts = []
    for lang in ("en", "nl"):
        runner = CliRunner()
        texts.append(runner.invoke(app, ["assess", str(folder), "-f", "json", "--lang", lang, "--isolated"]).stdout)
        target = tmp_path / f"batch-{lang}.json"
        runner.invoke(app, ["assess", str(folder), "-f", "json", "--lang", lang, "--isolated", "-o", str(target)])
        texts.append(target.read_text(encoding="utf-8"))
    return texts


def test_the_batch_json_is_the_standard_encoding_of_what_it_says(tmp_path: Path) -> None:
    """Read back and written again by the standard encoder, each batch is the same text (floats, escapes, layout)."""
    folder = tmp_path / "partnerships"
    shutil.copytree(ROOT / "examples", folder)
    odd = (ROOT / "examples" / "broker-ready.yaml").read_text(encoding="utf-8")
    name = 'name: "Zorg\\x1b[31m \\u2028 \\U0001F600 \\t \\" \\\\ \\x7f"'
    (folder / "odd-name.yaml").write_text(re.sub(r"(?m)^name: .*$", lambda _: name, odd), encoding="utf-8")
    (folder / "broken.yaml").write_text("vision: [\n", encoding="utf-8")
    for text in batch_runs(folder, tmp_path):
        data = json.loads(text)
        assert len(data["results"]) >= 20 and data["errors"]
        assert json.dumps(data, ensure_ascii=False, indent=2) + "\n" == text


def test_a_file_name_that_is_not_utf8_keeps_the_standard_text(tmp_path: Path) -> None:
    """Its lone surrogates make orjson refuse the report: the standard encoder writes it, stdout replaces what it cannot write."""
    shutil.copy(ROOT / "examples" / "broker-ready.yaml", tmp_path / os.fsdecode(b"caf\xe9.yaml"))
    shutil.copy(ROOT / "examples" / "broker-ready.yaml", tmp_path / "plain.yaml")
    env = {**os.environ, "LANG": "C.UTF-8", "NO_COLOR": "1"}
    command = [sys.executable, "-m", "tango_check", "assess", str(tmp_path), "-f", "json", "--isolated"]
    done = subprocess.run(command, capture_output=True, env=env, timeout=60)
    text = done.stdout.decode("utf-8")
    assert done.returncode == 0, done.stderr
    data = json.loads(text)
    assert [item["source"] for item in data["results"]] == [str(tmp_path / "caf?.yaml"), str(tmp_path / "plain.yaml")]
    assert json.dumps(data, ensure_ascii=False, indent=2) + "\n" == text


def test_output_to_a_terminal_shows_each_report_as_it_comes() -> None:
    raw = io.BytesIO()
    buffered = io.BufferedWriter(raw)
    output = Output(io.TextIOWrapper(buffered, encoding="utf-8", line_buffering=True))
    output.write(b'{\n  "report": 1\n}')
    assert raw.getvalue() == b'{\n  "report": 1\n}'
