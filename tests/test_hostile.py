"""Hostile input: every broken file gives one clean, located message and exit 2.

The corpus: partnership files in tests/hostile/, rule files in
tests/hostile/rule-files/ and configuration files in
tests/hostile/config-files/. What is huge, special (a fifo, a folder, an
unreadable file) or deeply nested is made at test time in tmp_path. Each case
names where the message must point (`None` where a file has no position: it is
empty, too large, not a file) and a part of the English message. Files that
look hostile but are valid YAML (CRLF, a byte-order mark, `NO` as a name) must
work, with the same result as their plain twin.

A subprocess test runs the worst files through the real interpreter with a
timeout: a crash of libyaml's C code (a segfault) or a hang cannot hide there.
"""

from __future__ import annotations

import errno
import json
import os
import pathlib
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tango_check import loading
from tango_check.cli import app
from tango_check.loading import MAX_DEPTH, MAX_FILE_BYTES, MAX_NODES, MAX_PROBLEMS

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = ROOT / "tests" / "hostile"
EXAMPLE = ROOT / "examples" / "broker-ready.yaml"

TOO_DEEP = f"nesting is deeper than {MAX_DEPTH} levels"
NOT_UTF8 = "is not valid UTF-8 text; save the file as UTF-8"
UTF16 = "file is saved as UTF-16; save it as UTF-8"
BINARY = "file contains binary data (a NUL byte)"
EMPTY = "file is empty"
ALIAS = "anchors and aliases (& and *) are not allowed"
BAD_KEY = "a key must be plain text"
NOT_MAPPING = "the file must be a mapping of fields"
TEXT = "must be text; put the value in quotes"
TAB = "(a tab: indent with spaces, not tabs)"

# file in tests/hostile/, line, column, part of the message
PARTNERSHIP_CASES = [
    # YAML syntax
    ("syntax-unclosed-flow-mapping.yaml", 3, 9, "invalid YAML: did not find expected ',' or '}'"),
    ("syntax-unclosed-flow-sequence.yaml", 3, 1, "invalid YAML: did not find expected ',' or ']'"),
    ("syntax-unclosed-quote.yaml", 3, 1, "found unexpected end of stream (while scanning a quoted scalar)"),
    ("syntax-colon-in-value.yaml", 1, 17, "(a ':' inside a value: put the value in quotes)"),
    ("syntax-missing-colon.yaml", 3, 9, "(each line needs 'key: value'; check indentation and quotes)"),
    ("syntax-bad-indentation.yaml", 3, 3, "did not find expected key"),
    ("syntax-tab-indent.yaml", 2, 1, TAB),
    ("syntax-tab-nested.yaml", 4, 3, TAB),
    ("syntax-list-then-mapping.yaml", 2, 1, "did not find expected '-' indicator"),
    ("syntax-bad-escape.yaml", 1, 19, "found unknown escape character"),
    ("syntax-unknown-directive-version.yaml", 1, 1, "found incompatible YAML document"),
    ("syntax-control-character.yaml", 1, 12, "unacceptable character #x0007: control characters are not allowed"),
    ("syntax-anchor-without-value.yaml", 1, 19, "invalid YAML"),
    ("multiple-documents.yaml", 2, 1, "more than one YAML document"),
    # encodings and bytes
    ("encoding-utf16-le.yaml", 1, 1, UTF16),
    ("encoding-utf16-be.yaml", 1, 1, UTF16),
    ("encoding-utf16-no-bom.yaml", 1, 1, UTF16),
    ("encoding-latin1.yaml", 2, 13, "byte 0xf6 " + NOT_UTF8),
    ("encoding-cp1252-quotes.yaml", 2, 7, "byte 0x93 " + NOT_UTF8),
    ("binary-png.yaml", 3, 1, BINARY),
    ("binary-gzip.yaml", 1, 4, BINARY),
    ("crlf-bad-answer.yaml", 3, 11, "'maybe' is not an allowed answer for 'vision.shared'"),
    ("bom-bad-answer.yaml", 1, 11, "'maybe' is not an allowed answer for 'ambition'"),
    # nothing, or not a mapping
    ("empty.yaml", None, None, EMPTY),
    ("whitespace-only.yaml", None, None, EMPTY),
    ("comments-only.yaml", None, None, EMPTY),
    ("document-marker-only.yaml", None, None, EMPTY),
    ("root-null.yaml", None, None, EMPTY),
    ("root-list.yaml", 1, 1, NOT_MAPPING + " (such as 'partners:'), not a list"),
    ("root-scalar.yaml", 1, 1, NOT_MAPPING + " (such as 'partners:'), not a single value"),
    ("root-number.yaml", 1, 1, "not a single value"),
    # YAML features that are refused
    ("alias-simple.yaml", 3, 22, ALIAS),
    ("alias-bomb.yaml", 3, 8, ALIAS),
    ("alias-merge-key.yaml", 3, 3, BAD_KEY),
    ("key-complex.yaml", 1, 3, BAD_KEY),
    ("duplicate-key-top.yaml", 3, 1, "key 'name' appears twice in this mapping (first on line 1)"),
    ("duplicate-key-nested.yaml", 5, 5, "key 'few_faces' appears twice in this mapping (first on line 4)"),
    ("tag-python-object.yaml", 1, 7, "tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"),
    ("tag-custom.yaml", 1, 11, "tag '!broker' is not allowed"),
    ("tag-binary.yaml", 1, 7, "tag 'tag:yaml.org,2002:binary' is not allowed"),
    # answers of the wrong kind: only true/false are booleans, so yes/on/NO stay text
    ("choice-yes-for-ambition.yaml", 1, 11, "'yes' is not an allowed answer for 'ambition'; choose one of: 'broker'"),
    ("choice-on-for-answer.yaml", 3, 11, "'on' is not an allowed answer for 'vision.shared'"),
    ("choice-misspelt.yaml", 1, 11, "did you mean 'broker'?"),
    ("choice-stray-bracket.yaml", 1, 11, "'broker]' is not an allowed answer"),
    ("choice-number-for-answer.yaml", 2, 12, "'1' is not an allowed answer for 'agreements.mission'"),
    ("text-number-for-name.yaml", 1, 7, "'name' " + TEXT),
    ("text-true-for-name.yaml", 1, 7, "'name' " + TEXT),
    ("text-list-for-name.yaml", 1, 7, "'name' " + TEXT),
    ("text-date-for-name.yaml", 2, 23, "'partners.cooperative.name' " + TEXT),
    ("text-float-for-place.yaml", 2, 42, "'partners.cooperative.place' " + TEXT),
    ("section-scalar.yaml", 2, 9, "'vision' must hold fields (key: value), not a single value"),
    ("section-list.yaml", 3, 3, "'agreements' must hold fields (key: value), not a list"),
    ("list-as-text.yaml", 2, 22, "'benefits.cooperative_seeks' must be a list"),
    ("list-bad-item.yaml", 2, 35, "'money' is not an allowed answer for 'benefits.cooperative_seeks[1]'"),
    ("unknown-key-typo.yaml", 2, 1, "unknown field 'visoin'; did you mean 'vision'?"),
    ("unknown-key-nested.yaml", 3, 3, "unknown field 'sharred'; did you mean 'shared'?"),
    ("unknown-key-number.yaml", 2, 1, "unknown field '1'; allowed here: schema_version, name, partners"),
    ("schema-version-future.yaml", 1, 17, "schema_version 2 is not supported"),
    ("schema-version-huge.yaml", 1, 17, "schema_version 123456789012345678901234567890 is not supported"),
    ("schema-version-text.yaml", 1, 17, "'schema_version' must be a whole number"),
    # very long strings: refused, and never echoed in full
    ("long-name.yaml", 1, 7, "'name' is longer than 200 characters"),
    ("long-choice.yaml", 1, 11, "'" + "b" * 59 + "…' is not an allowed answer for 'ambition'"),
]

# valid although they look hostile, and the plain file each must equal (None: no twin)
VALID_CASES = [
    ("valid-crlf.yaml", EXAMPLE),
    ("valid-cr-only.yaml", EXAMPLE),
    ("valid-bom.yaml", EXAMPLE),
    ("valid-no-as-name.yaml", None),
    ("valid-yes-and-true.yaml", None),
    ("valid-tab-separation.yaml", None),
    ("valid-empty-sections.yaml", None),
    ("valid-no-trailing-newline.yaml", None),
]

# file in tests/hostile/rule-files/, given with --rules; line, column, part of the message
RULE_CASES = [
    ("unknown-operator.yaml", 8, 15, "not a known condition; a condition names one of: equals, in"),
    ("unknown-field.yaml", 8, 23, "did you mean 'workforce.staff_informed'?"),
    ("impossible-answer.yaml", 8, 57, "'maybe' is not a possible answer for 'workforce.staff_informed'"),
    ("operator-mismatch.yaml", 8, 59, "operator 'contains' does not fit field 'workforce.staff_informed'"),
    ("unreachable-min-met.yaml", 8, 25, "min_met is larger than the number of conditions"),
    ("yes-as-severity.yaml", 6, 15, "'yes' is not an allowed answer for 'rules[0].severity'"),
    ("bad-id.yaml", 3, 9, "'rules[0].id'"),
    ("duplicate-builtin-id.yaml", 3, None, "rule id 'V01' is already used in"),
    ("weight-too-high.yaml", 7, 13, "'rules[0].weight'"),
    ("weight-as-text.yaml", 7, 13, "'rules[0].weight' must be a whole number"),
    ("unknown-theme.yaml", 5, 12, "'money' is not an allowed answer for 'rules[0].theme'"),
    ("missing-dutch.yaml", 9, 5, "required field 'rules[0].title.nl' is missing"),
    ("weight-against-evidence.yaml", 15, 15, "evidence 'main_finding' gives severity 'major' and weight 3"),
    ("informal-dutch.yaml", 13, 42, "the Dutch text addresses the reader informally ('jullie'); use u/uw"),
    ("unknown-key.yaml", 8, 5, "unknown field 'wieght'; did you mean 'weight'?"),
    ("no-rules.yaml", 2, 8, "'rules' is too short or empty"),
    ("root-list.yaml", 1, 1, NOT_MAPPING),
    ("syntax-error.yaml", 5, 10, "invalid YAML"),
    ("alias.yaml", 10, 14, ALIAS),
    ("deep-condition.yaml", 8, 195, TOO_DEEP),
    ("tab-indent.yaml", 7, 1, TAB),
    ("latin1.yaml", 12, 110, NOT_UTF8),
    ("empty.yaml", None, None, EMPTY),
]

# file in tests/hostile/config-files/, given with --config; line, column, part of the message
CONFIG_CASES = [
    ("syntax-error.tango-check.yaml", 3, 1, "invalid YAML"),
    ("unknown-key.tango-check.yaml", 2, 1, "unknown field 'fail_under'; did you mean 'fail-under'?"),
    ("bad-language.tango-check.yaml", 1, 7, "'de' is not an allowed answer for 'lang'"),
    ("yes-for-extension.tango-check.yaml", 1, 12, "'extension' must be true or false, not 'yes'"),
    ("score-out-of-range.tango-check.yaml", 1, 13, "'fail-under' must be a score from 0 to 100"),
    ("missing-rule-folder.tango-check.yaml", 1, 9, "rule folder 'no-such-folder' does not exist"),
    ("root-list.tango-check.yaml", 1, 1, NOT_MAPPING),
    ("select-as-number.tango-check.yaml", 1, 9, "'select' must be a list"),
    ("empty.tango-check.yaml", None, None, EMPTY),
    ("tab-indent.tango-check.yaml", 2, 1, TAB),
    ("broken-toml.pyproject.toml", 5, 11, "invalid TOML"),
    ("unknown-key.pyproject.toml", 3, 1, "unknown field 'failunder'; did you mean 'fail-under'?"),
    ("wrong-type.pyproject.toml", 2, 1, "'extension' must be true or false"),
    ("no-table.pyproject.toml", None, None, "has no [tool.tango-check] table"),
]


def assess(*args: str, input: bytes | None = None) -> Result:
    return CliRunner().invoke(app, ["assess", *args, "--lang", "en"], input=input)


def assert_refused(result: Result, source: str, line: int | None, column: int | None, message: str) -> None:
    """Exit 2 and a message that starts with `source:line:column: ` (as far as known) and says `message`."""
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    where = ":".join(str(part) for part in (source, line, column) if part is not None)
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"{where}: "), first[:300]
    assert message in first, first[:300]
    assert "Traceback" not in result.stderr + result.stdout
    assert not isinstance(result.exception, Exception), result.exception


def test_the_corpus_has_every_file_once_and_at_least_forty() -> None:
    on_disk = {path.name for path in HOSTILE.glob("*.yaml")}
    listed = [case[0] for case in PARTNERSHIP_CASES] + [case[0] for case in VALID_CASES]
    assert sorted(listed) == sorted(on_disk)  # no untested file, no case without its file
    assert len(PARTNERSHIP_CASES) + len(RULE_CASES) + len(CONFIG_CASES) >= 40
    assert {case[0] for case in RULE_CASES} | {"valid.yaml"} == {p.name for p in (HOSTILE / "rule-files").iterdir()}
    assert {case[0] for case in CONFIG_CASES} == {p.name for p in (HOSTILE / "config-files").iterdir()}


@pytest.mark.parametrize(("name", "line", "column", "message"), PARTNERSHIP_CASES)
def test_broken_partnership_file(name: str, line: int | None, column: int | None, message: str) -> None:
    path = str(HOSTILE / name)
    result = assess(path, "--isolated")
    assert_refused(result, path, line, column, message)
    assert len(result.stderr.splitlines()) == 1  # one mistake, one message


@pytest.mark.parametrize(("name", "twin"), VALID_CASES)
def test_odd_but_valid_file_works(name: str, twin: Path | None) -> None:
    result = assess(str(HOSTILE / name), "--isolated", "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    assert result.stderr == ""
    report = json.loads(result.stdout)
    if twin is not None:  # CRLF, CR and a byte-order mark change nothing
        plain = json.loads(assess(str(twin), "--isolated", "--format", "json").stdout)
        assert {**report, "source": None} == {**plain, "source": None}


def test_no_and_yes_stay_text_where_a_name_or_an_answer_is_expected() -> None:
    report = json.loads(assess(str(HOSTILE / "valid-no-as-name.yaml"), "--isolated", "--format", "json").stdout)
    assert report["partnership"]["parties"] == {"cooperative": "NO (Off)", "care_organisation": "yes"}
    findings = json.loads(assess(str(HOSTILE / "valid-yes-and-true.yaml"), "--isolated", "--format", "json").stdout)
    statuses = {finding["rule_id"]: finding["status"] for finding in findings["findings"]}
    assert statuses["V01"] == "met"  # vision.shared: true counts as yes


@pytest.mark.parametrize(("name", "line", "column", "message"), RULE_CASES)
def test_broken_rule_file(name: str, line: int | None, column: int | None, message: str) -> None:
    path = str(HOSTILE / "rule-files" / name)
    result = assess(str(EXAMPLE), "--rules", path, "--isolated")
    assert_refused(result, path, line, column, message)


def test_the_rule_file_template_of_the_corpus_is_valid() -> None:
    """The broken rule files differ from this one in one place each."""
    result = assess(str(EXAMPLE), "--rules", str(HOSTILE / "rule-files" / "valid.yaml"), "--isolated", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert "LOC01" in {finding["rule_id"] for finding in json.loads(result.stdout)["findings"]}


@pytest.mark.parametrize(("name", "line", "column", "message"), CONFIG_CASES)
def test_broken_configuration(name: str, line: int | None, column: int | None, message: str) -> None:
    path = str(HOSTILE / "config-files" / name)
    assert_refused(assess(str(EXAMPLE), "--config", path), path, line, column, message)


def test_broken_configuration_found_by_walking_up(tmp_path: Path) -> None:
    (tmp_path / ".tango-check.yaml").write_text("lang: en\nselect: V01\nextension: on\n", encoding="utf-8")
    folder = tmp_path / "partners"
    folder.mkdir()
    partnership = folder / "partner.yaml"
    partnership.write_bytes(EXAMPLE.read_bytes())
    result = assess(str(partnership))
    assert result.exit_code == 2
    assert result.stderr.endswith(":3:12: 'extension' must be true or false, not 'on'\n"), result.stderr


# --- made at test time ---------------------------------------------------------


def deep(style: str, levels: int) -> str:
    """A document nested `levels` deep."""
    if style == "flow-sequence":
        return "[" * levels + "]" * levels + "\n"
    if style == "flow-mapping":
        return "{a: " * levels + "1" + "}" * levels + "\n"
    if style == "block-sequence":
        return "- " * levels + "x\n"
    return "".join(" " * level + "a:\n" for level in range(levels))  # block mapping


@pytest.mark.parametrize(
    ("style", "levels", "line", "column"),
    [
        ("flow-sequence", 10_000, 1, MAX_DEPTH + 2),
        ("flow-mapping", 10_000, 1, 4 * (MAX_DEPTH + 1) + 1),
        ("block-sequence", 10_000, 1, 2 * (MAX_DEPTH + 1) + 1),
        ("block-mapping", 1_400, MAX_DEPTH + 2, MAX_DEPTH + 2),  # 10,000 levels would be 50 MB
    ],
)
def test_deep_nesting_is_refused_at_the_level_too_deep(tmp_path: Path, style: str, levels: int, line: int, column: int) -> None:
    path = tmp_path / f"{style}.yaml"
    path.write_text(deep(style, levels), encoding="utf-8")
    assert path.stat().st_size <= MAX_FILE_BYTES
    assert_refused(assess(str(path), "--isolated"), str(path), line, column, TOO_DEEP)


def test_too_many_values_are_refused_at_the_first_one_too_many(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text("items: [" + ", ".join(["1"] * MAX_NODES) + "]\n", encoding="utf-8")
    # the root mapping and the list are values too: item MAX_NODES - 2 is one too many
    column = len("items: [") + 3 * (MAX_NODES - 2) + 1
    assert_refused(assess(str(path), "--isolated"), str(path), 1, column, f"more than {MAX_NODES} values")


def test_thousands_of_mistakes_are_cut_short_after_the_first_ones(tmp_path: Path) -> None:
    path = tmp_path / "generated.yaml"
    path.write_text("".join(f"key{index}: {index}\n" for index in range(5_000)), encoding="utf-8")
    result = assess(str(path), "--isolated")
    assert_refused(result, str(path), 1, 1, "unknown field 'key0'")
    lines = result.stderr.splitlines()
    assert len(lines) == MAX_PROBLEMS + 1
    assert lines[MAX_PROBLEMS - 1].startswith(f"{path}:{MAX_PROBLEMS}:1: unknown field 'key{MAX_PROBLEMS - 1}'")
    assert lines[-1] == f"{path}: ... and {5_000 - MAX_PROBLEMS} more problems in this file (only the first {MAX_PROBLEMS} are shown); is this the right file?"


def test_a_50_mb_file_is_refused_by_its_size_before_it_is_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk space
    real_parse = loading.parse_yaml

    def parse(text: str, source: str) -> loading.Document:
        assert source != str(path), "parsed a file over the size cap"
        return real_parse(text, source)

    monkeypatch.setattr(loading, "parse_yaml", parse)
    result = assess(str(path), "--isolated")
    assert_refused(result, str(path), None, None, f"file is 52428800 bytes, over the limit of {MAX_FILE_BYTES} bytes")


def test_one_byte_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "large.yaml"
    path.write_text("# " + "x" * (MAX_FILE_BYTES - 3) + "\n" + "a", encoding="utf-8")
    assert path.stat().st_size == MAX_FILE_BYTES + 1
    assert_refused(assess(str(path), "--isolated"), str(path), None, None, "over the limit")


def test_a_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    path = tmp_path / "partner.yaml"
    os.mkfifo(path)  # opening it for reading would block: nobody writes to it
    assert_refused(assess(str(path), "--isolated"), str(path), None, None, "not a regular file")


def test_a_folder_without_partnership_files_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "partner.yaml"
    folder.mkdir()
    assert_refused(assess(str(folder), "--isolated"), str(folder), None, None, "no partnership files")


def test_a_folder_where_a_configuration_file_is_expected_is_refused(tmp_path: Path) -> None:
    assert_refused(assess(str(EXAMPLE), "--config", str(tmp_path)), str(tmp_path), None, None, "not a regular file")


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    path = str(tmp_path / "nowhere.yaml")
    assert_refused(assess(path, "--isolated"), path, None, None, "file not found")


def test_a_symlink_loop_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "loop.yaml"
    path.symlink_to(path)
    assert_refused(assess(str(path), "--isolated"), str(path), None, None, "cannot read this file")


def test_a_file_without_read_permission_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    path.chmod(0)
    if os.access(path, os.R_OK):
        # Running as root: permissions do not stop reading, so make the read fail as it would for anyone else.
        real_open = pathlib.Path.open

        def denied(self: Path, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
            if self == path:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
            return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(pathlib.Path, "open", denied)
    result = assess(str(path), "--isolated")
    assert_refused(result, str(path), None, None, "cannot read this file (Permission denied); check its permissions")


def test_binary_data_on_standard_input_is_refused() -> None:
    result = assess("-", "--isolated", input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert result.exit_code == 2
    assert BINARY in result.stderr and "Traceback" not in result.stderr


# --- the real interpreter: no crash, no hang -----------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("flow-sequence-100000.yaml", deep("flow-sequence", 100_000), "1:34"),  # crashed libyaml's composer (C stack)
        ("block-sequence-300000.yaml", deep("block-sequence", 300_000), "1:67"),
        ("flow-mapping-30000.yaml", deep("flow-mapping", 30_000), "1:133"),  # took libyaml's scanner seconds
        ("alias-bomb.yaml", (HOSTILE / "alias-bomb.yaml").read_text(encoding="utf-8"), "3:8"),
        ("many-values.yaml", "items: [" + ", ".join(["1"] * 300_000) + "]\n", "1:30003"),
    ],
    ids=["flow-sequence", "block-sequence", "flow-mapping", "alias-bomb", "many-values"],  # not the contents: pytest puts the id in the environment
)
def test_worst_files_end_cleanly_in_a_real_process(tmp_path: Path, name: str, content: str, where: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tango_check", "assess", str(path), "--lang", "en", "--isolated"],
        capture_output=True,
        text=True,
        timeout=60,  # a hang fails here; how fast it is, benchmarks/hostile.py measures
        env={**os.environ, "TANGO_CHECK_DEBUG": "1"},
    )
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert done.stderr.startswith(f"{path}:{where}: ") and "Traceback" not in done.stderr
