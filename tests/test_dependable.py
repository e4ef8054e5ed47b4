"""Dependable on any input and any machine (issue 12): each case the issue lists, through the command line.

A user's mistake is exit 2 with a located message, a problem of the system
(a full disk, an output that cannot show a character, a name too long) a
clear one-line message, never exit 3; user text reaches a terminal with its
control characters escaped and its markup unread; nothing but a regular
file is ever replaced.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from tango_check import assess_data
from tango_check.cli import app
from tango_check.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
READY = EXAMPLES / "broker-ready.yaml"
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "FORCE_COLOR": None, "TERM": "xterm", "LANG": "en_GB.UTF-8", "LC_ALL": None}
BUG = "This is a bug"


def invoke(*args: str, stdin: str | None = None, **env: str | None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin, env={**ENV, **env})


def assert_input_error(result: Result, where: str, message: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stderr.startswith(where if where.endswith(":") else f"{where}: "), result.stderr
    assert message in result.stderr, result.stderr
    assert BUG not in result.stderr and "Traceback" not in result.stderr


# --- values that cannot be built ------------------------------------------------------

BAD_SCALARS = [
    ("2024-13-45", "'2024-13-45' is not a valid date"),
    ("2024-02-30", "'2024-02-30' is not a valid date"),
    ("!!int abc", "'abc' is not a valid whole number"),
    ("!!int _", "'_' is not a valid whole number"),
    ("!!bool maybe", "'maybe' is not a valid boolean (true or false)"),
    ("!!timestamp foo", "'foo' is not a valid date"),
    ("!!float x", "'x' is not a valid number"),
    ("0x_", "'0x_' is not a valid whole number"),
    ("-0b_", "'-0b_' is not a valid whole number"),
    ("1" * 4301, "is not a valid whole number"),
    ("1" + "0" * 5000 + ":30", "is not a valid whole number"),
]


@pytest.mark.parametrize(("value", "message"), BAD_SCALARS, ids=lambda value: str(value)[:20])
def test_a_value_that_cannot_be_built_is_located_in_a_file_and_on_stdin(tmp_path: Path, value: str, message: str) -> None:
    path = tmp_path / "partner.yaml"
    path.write_text(f"ambition: broker\nname: {value}\n", encoding="utf-8")
    assert_input_error(invoke("assess", str(path)), f"{path}:2:7", message)
    assert_input_error(invoke("assess", "-", stdin=path.read_text(encoding="utf-8")), "<stdin>:2:7", message)
    assert_input_error(invoke("validate", str(path)), f"{path}:2:7", message)


def test_a_value_that_cannot_be_built_in_a_rule_pack_a_configuration_and_a_saved_result(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    rule_file = pack / "rules.yaml"
    text = (EXAMPLES.parent / "rule-packs" / "heuvelland" / "heuvelland.yaml").read_text(encoding="utf-8")
    rule_file.write_text(text.replace("weight: 2", "weight: 2024-13-01"), encoding="utf-8")
    line = text[: text.index("weight: 2")].count("\n") + 1
    result = invoke("assess", str(READY), "--rules", str(pack))
    assert_input_error(result, f"{rule_file}:{line}:13", "'2024-13-01' is not a valid date")

    config = tmp_path / ".tango-check.yaml"
    config.write_text("lang: 2024-02-30\n", encoding="utf-8")
    partner = tmp_path / "partner.yaml"
    partner.write_bytes(READY.read_bytes())
    assert_input_error(invoke("assess", str(partner)), f"{config}:1:7", "'2024-02-30' is not a valid date")
    config.unlink()

    saved = tmp_path / "saved.json"
    saved.write_text(invoke("assess", str(READY), "-f", "json").stdout.replace('"ready"', "2024-13-45", 1), encoding="utf-8")
    result = invoke("compare", str(saved), str(READY))
    assert result.exit_code == 2 and "'2024-13-45' is not a valid date" in result.stderr and BUG not in result.stderr


def test_a_huge_number_from_python_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        assess_data({"vision": {"shared": 10**5000}})
    assert "is not an allowed answer for 'vision.shared'" in caught.value.problems[0].render("en")


def test_a_fail_under_of_five_thousand_digits_in_pyproject_is_located(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.tango-check]\nfail-under = 1" + "0" * 5000 + "\n", encoding="utf-8")
    partner = tmp_path / "partner.yaml"
    partner.write_bytes(READY.read_bytes())
    result = invoke("assess", str(partner))
    assert_input_error(result, f"{tmp_path / 'pyproject.toml'}:2:14", "a number of more than 4,300 digits")


def test_schema_version_true_is_not_version_1(tmp_path: Path) -> None:
    path = tmp_path / "partner.yaml"
    path.write_text("schema_version: true\n", encoding="utf-8")
    assert_input_error(invoke("assess", str(path)), f"{path}:1:17", "schema_version true is not supported")
    pack = tmp_path / "pack.yaml"
    text = (EXAMPLES.parent / "rule-packs" / "heuvelland" / "heuvelland.yaml").read_text(encoding="utf-8")
    pack.write_text(text.replace("schema_version: 1", "schema_version: true"), encoding="utf-8")
    line = text[: text.index("schema_version: 1")].count("\n") + 1
    result = invoke("rules", "validate", str(pack))
    assert_input_error(result, f"{pack}:{line}:17", "schema_version true is not supported")


# --- forged saved results for compare ----------------------------------------------------


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return json.loads(invoke("assess", str(READY), "-f", "json").stdout)


def write_result(folder: Path, name: str, data: dict, raw: tuple[str, str] | None = None) -> Path:
    text = json.dumps(data, indent=2)
    if raw is not None:
        text = text.replace(raw[0], raw[1], 1)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("1e999", "1e999"), (".inf", "inf"), (".nan", "nan"), ("1" * 4000, "1111"), ('"nan"', "nan"), ("-1.0e+308", "-1e+308")],
)
def test_a_forged_score_is_refused(tmp_path: Path, saved: dict, raw: str, shown: str) -> None:
    forged = write_result(tmp_path, "forged.json", saved, (f'"score": {saved["score"]}', f'"score": {raw}'))
    for fmt in ("text", "json"):
        result = invoke("compare", str(READY), str(forged), "-f", fmt)
        assert_input_error(result, f"{forged}:", f"'{shown}")
        assert "is not a score; a saved result has scores from 0 to 100" in result.stderr and result.stdout == ""


def test_a_forged_theme_score_is_refused(tmp_path: Path, saved: dict) -> None:
    data = json.loads(json.dumps(saved))
    data["themes"][0]["score"] = "nan"
    result = invoke("compare", str(READY), str(write_result(tmp_path, "forged.json", data)), "-f", "json")
    assert result.exit_code == 2 and "'nan' is not a score" in result.stderr


def test_an_unknown_theme_and_kind_are_shown_literally_and_the_json_stays_json(tmp_path: Path, saved: dict) -> None:
    data = json.loads(json.dumps(saved))
    data["themes"][0]["theme"] = "[/z]\x1b[31m"
    data["findings"][0]["kind"] = "[bold]weird"
    data["partnership"] = {"name": "[/x] \x1b]0;title\x07"}
    forged = write_result(tmp_path, "forged.json", data)
    result = invoke("compare", str(READY), str(forged))
    assert result.exit_code == 0 and "[/z]\\x1b[31m" in result.stdout and "[/x] \\x1b]0;title" in result.stdout
    assert "\x1b" not in result.stdout
    result = invoke("compare", str(READY), str(forged), "-f", "json")
    assert result.exit_code == 0
    json.loads(result.stdout, parse_constant=lambda name: pytest.fail(f"{name} in JSON"))


# --- markup and control characters in user text --------------------------------------------


def test_file_names_with_markup_are_shown_literally_in_a_batch(tmp_path: Path) -> None:
    first, second = tmp_path / "[bold red]c.yaml", tmp_path / "a[" / "x]d.yaml"  # the path holds [/x]
    second.parent.mkdir()
    first.write_bytes(READY.read_bytes())
    second.write_bytes(READY.read_bytes())
    result = invoke("assess", str(first), str(second))
    assert result.exit_code == 0, result.stderr
    assert str(first) in result.stdout and "a[/x]d.yaml" in result.stdout


def test_control_characters_in_a_name_are_shown_escaped_even_without_colour(tmp_path: Path) -> None:
    path = tmp_path / "partner.yaml"
    path.write_text('name: "\\e[31mRED\\e]0;title\\a [bold]x"\nambition: broker\n', encoding="utf-8")
    for args in ((), ("-f", "markdown"), ("-q",)):
        result = invoke("assess", str(path), *args)
        assert result.exit_code == 1
        assert "\x1b" not in result.stdout and "\\x1b" in result.stdout and "[31mRED" in result.stdout
    assert "[bold]x" in invoke("assess", str(path)).stdout


def test_control_characters_in_a_file_name_and_in_explain_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "\x1b[31mred.yaml"
    path.write_text("ambition: brokr\n", encoding="utf-8")
    result = invoke("assess", str(path))
    assert result.exit_code == 2 and "\x1b" not in result.stderr and "\\x1b[31mred.yaml:1:11:" in result.stderr
    for fmt in ("text", "github"):
        result = invoke("assess", str(path), "-f", fmt)
        assert "\x1b" not in result.stdout + result.stderr
    path.write_bytes(READY.read_bytes())
    for fmt in ("github", "csv", "html"):
        result = invoke("assess", str(path), "-f", fmt)
        assert result.exit_code == 0 and "\x1b" not in result.stdout and "\\x1b[31mred.yaml" in result.stdout, fmt
    result = invoke("explain", "\x1b]0;title\x07")
    assert result.exit_code == 2 and "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert result.stderr.startswith("\\x1b]0;title\\x07: unknown rule")


def test_explain_without_an_id_asks_for_one() -> None:
    result = invoke("explain", "")
    assert result.exit_code == 2 and result.stderr.startswith("explain: give the id of a rule, such as V01")


def test_columns_zero_still_prints_the_report() -> None:
    result = invoke("assess", str(READY), COLUMNS="0")
    assert result.exit_code == 0 and "Verdict: READY" in result.stdout


# --- Markdown ------------------------------------------------------------------------------


def test_markdown_neutralises_bare_urls_and_a_rule_pack_cannot_inject(tmp_path: Path) -> None:
    path = tmp_path / "partner.yaml"
    path.write_text("name: see https://evil.example/x or www.evil.nl\nambition: broker\n", encoding="utf-8")
    report = invoke("assess", str(path), "-f", "markdown").stdout
    assert "https\\://evil.example/x" in report and "www\\.evil.nl" in report and "https://" not in report

    pack = tmp_path / "# pack <b>"
    pack.mkdir()
    text = (EXAMPLES.parent / "rule-packs" / "heuvelland" / "heuvelland.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "en: The municipality is at the table and recognises the cooperative",
        'en: "<script>alert(1)</script> [click](https://evil.example)\\n# heading"',
    )
    (pack / "rules.yaml").write_text(text, encoding="utf-8")
    result = invoke("rules", "--format", "markdown", "--rules", str(pack), "--isolated")
    assert result.exit_code == 0, result.stderr
    page = result.stdout
    assert "<script>" not in page and "\n# heading" not in page and "<b>" not in page
    assert not re.search(r"(?<!\\)\]\(https", page)
    assert "\\<script\\>alert(1)\\</script\\> \\[click\\](https\\://evil.example) \\# heading" in page


# --- the system, not the user ------------------------------------------------------------------


def test_a_file_name_longer_than_the_system_allows_is_a_clear_message(tmp_path: Path) -> None:
    name = str(tmp_path / ("a" * 300 + ".yaml"))
    for args in (("assess", name), ("assess", name, "-o", str(tmp_path / "out.txt")), ("validate", name)):
        result = invoke(*args)
        assert result.exit_code == 2 and "File name too long" in result.stderr and BUG not in result.stderr
    result = invoke("assess", str(READY), "-o", name)
    assert result.exit_code == 2 and "File name too long" in result.stderr and BUG not in result.stderr


def test_a_permission_error_is_a_clear_message_not_a_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """Running as root no file is unreadable, so the system's refusal is made here."""
    import tango_check.batch

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied", "locked/partner.yaml")

    monkeypatch.setattr(tango_check.batch, "assess_input", refuse)
    result = invoke("assess", str(READY))
    assert result.exit_code == 2
    assert result.stderr.startswith("locked/partner.yaml: Permission denied: a problem of the system")
    assert BUG not in result.stderr


TOOL = [sys.executable, "-c", "from tango_check.cli import main; main()"]


def child_env(**env: str) -> dict[str, str]:
    """The environment of a real process running the tool: ENV without the variables it removes."""
    merged = {**os.environ, **ENV, **env}
    return {name: value for name, value in merged.items() if value is not None}


def run_tool(*args: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*TOOL, *args], capture_output=True, env=child_env(**env), timeout=60)


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_an_output_that_cannot_show_a_character_gets_a_replacement(encoding: str) -> None:
    done = run_tool("assess", str(READY), "--lang", "nl", PYTHONIOENCODING=encoding)
    assert done.returncode == 0, done.stderr
    text = done.stdout.decode(encoding)
    assert "Zorgco?peratie Eikenhorst" in text or "Zorgcoöperatie Eikenhorst" in text
    assert done.stderr == b""


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("args", [("assess", str(READY)), ("--version",), ("rules",)])
def test_a_full_disk_is_not_a_bug(args: tuple[str, ...]) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([*TOOL, *args], stdout=full, stderr=subprocess.PIPE, env=child_env(), timeout=60)
    stderr = done.stderr.decode()
    assert done.returncode == 2 and stderr.startswith("No space left on device: a problem of the system")
    assert stderr.count("\n") == 1 and "Traceback" not in stderr and "Exception ignored" not in stderr


# --- files that must not be replaced ---------------------------------------------------------


def test_a_fifo_a_device_and_a_link_to_one_are_never_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    device_link = tmp_path / "stdout-link"
    device_link.symlink_to("/dev/null")
    for target in (fifo, device_link):
        for args in (
            ("assess", str(READY), "-o", str(target)),
            ("init", str(target), "--force", "--no-schema"),
            ("schema", "--output", str(target), "--force"),
        ):
            result = invoke(*args)
            assert result.exit_code == 2 and "this is not a regular file" in result.stderr, (args, result.stderr)
    assert fifo.is_fifo() and device_link.is_symlink() and os.readlink(device_link) == "/dev/null"
    assert Path("/dev/null").is_char_device()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["fifo", "stdout-link"]


def test_a_link_to_a_regular_file_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real.name)
    assert invoke("assess", str(READY), "-f", "markdown", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("# Conversation agenda")


def test_init_onto_a_link_to_nothing_needs_force(tmp_path: Path) -> None:
    dangling = tmp_path / "partner.yaml"
    dangling.symlink_to(tmp_path / "nowhere.yaml")
    result = invoke("init", str(dangling), "--no-schema")
    assert result.exit_code == 2 and "file already exists" in result.stderr
    result = invoke("init", str(dangling), "--no-schema", "--force")
    assert result.exit_code == 2 and "this is not a regular file" in result.stderr
    assert dangling.is_symlink() and not (tmp_path / "nowhere.yaml").exists()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_stop_signal_during_output_leaves_no_partial_file(tmp_path: Path, signum: int) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(3000):
        (folder / f"p{number:04}.yaml").write_bytes(READY.read_bytes())
    command = [*TOOL, "assess", str(folder), "-o", str(tmp_path / "report.txt")]
    child = subprocess.Popen(command, stderr=subprocess.PIPE, env=child_env())
    deadline = time.monotonic() + 60
    while not any(path.name.endswith(".tmp") for path in tmp_path.iterdir()):
        assert child.poll() is None and time.monotonic() < deadline, "the report was never started"
        time.sleep(0.02)
    child.send_signal(signum)
    child.wait(timeout=60)
    assert child.returncode == 128 + signum
    assert sorted(path.name for path in tmp_path.iterdir()) == ["many"]


@pytest.mark.parametrize("format_", ["text", "json", "markdown", "html", "csv", "sarif", "junit", "github"])
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format_and_file(tmp_path: Path, format_: str) -> None:
    """Such a name is reported, not a crash: the same in an --output file as on standard output, and SARIF's URI keeps its bytes."""
    import shutil

    folder = tmp_path / "partnerships"
    folder.mkdir()
    shutil.copy(EXAMPLES / "broker-ready.yaml", folder / os.fsdecode(b"caf\xe9.yaml"))
    env = {**os.environ, "LANG": "C.UTF-8", "NO_COLOR": "1", "COLUMNS": "100"}
    command = [sys.executable, "-m", "tango_check", "assess", str(folder), "-f", format_, "--isolated"]
    shown = subprocess.run(command, capture_output=True, env=env, timeout=60)
    written = subprocess.run([*command, "--output", str(tmp_path / "report")], capture_output=True, env=env, timeout=60)
    assert shown.returncode == written.returncode == 0, (shown.stderr, written.stderr)
    assert (tmp_path / "report").read_bytes() == shown.stdout
    if format_ == "sarif":
        assert b"caf%E9.yaml" in shown.stdout
