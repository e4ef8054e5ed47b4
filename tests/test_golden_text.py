"""The text report, byte for byte: golden files of a few reports, with and without colour, in both languages.

The report is laid out by hand (`render/blocks.py`) to be exactly what it
was when Rich laid it out; the golden files in `tests/golden/` were written
by that Rich renderer, so a change of one space or one escape code fails
here. In the coloured files the escape character is shown as `␛`, so they
read in an editor. After an intended change of the report, rewrite them
with

    TANGO_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_text.py

and read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check.cli import app

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
ESCAPE, SHOWN = "\x1b", "␛"

CASES = {  # name: the arguments, and the terminal's width
    "broker-ready": (["examples/broker-ready.yaml"], "80"),
    "provider-unsorted": (["examples/provider-unsorted.yaml"], "80"),
    "two-views-bridged-verbose": (["examples/two-views-bridged.yaml", "-v"], "80"),
    "two-views-bridged-60": (["examples/two-views-bridged.yaml"], "60"),
    "two-views-bridged-120": (["examples/two-views-bridged.yaml"], "120"),
    "respondents-together": (["examples/respondents", "--together", "--show-names"], "80"),
    "early-draft-quiet": (["examples/early-draft.yaml", "-q"], "80"),
    "real-cases-batch": (["examples/real-cases"], "80"),
}


def _report(arguments: list[str], width: str, lang: str, colour: bool) -> str:
    environment = {"COLUMNS": width, "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm", "COLORTERM": None}
    old = Path.cwd()
    os.chdir(ROOT)  # the file names in the report are as given
    try:
        result = CliRunner().invoke(
            app,
            ["assess", *arguments, "--lang", lang, "--color", "always" if colour else "never", "--isolated"],
            env=environment,
        )
    finally:
        os.chdir(old)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


@pytest.mark.parametrize("colour", [False, True], ids=["plain", "colour"])
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_the_text_report_is_byte_for_byte_the_golden_file(case: str, lang: str, colour: bool) -> None:
    path = GOLDEN / f"{case}.{lang}{'.colour' if colour else ''}.txt"
    shown = _report(*CASES[case], lang, colour).replace(ESCAPE, SHOWN)
    if os.environ.get("TANGO_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(shown, encoding="utf-8", newline="")
    assert shown == path.read_bytes().decode("utf-8")


def test_the_colour_files_hold_colour_and_the_plain_files_none() -> None:
    """The golden files prove what they claim: colour where asked, no escape code elsewhere."""
    for path in GOLDEN.glob("*.txt"):
        assert (SHOWN + "[" in path.read_text(encoding="utf-8")) == path.name.endswith(".colour.txt"), path.name


ENVIRONMENTS = [
    {},
    {"COLUMNS": "100"},
    {"COLUMNS": "0"},
    {"COLUMNS": "abc"},
    {"COLUMNS": "12"},
    {"NO_COLOR": "1", "COLUMNS": "70"},
    {"FORCE_COLOR": "1", "COLUMNS": "70"},
    {"FORCE_COLOR": "1", "TERM": "dumb", "COLUMNS": "70"},
    {"FORCE_COLOR": "1", "TERM": "unknown", "COLUMNS": "70", "LINES": "30"},
    {"TERM": "dumb"},
    {"FORCE_COLOR": "1", "COLORTERM": "truecolor", "TERM": "xterm-256color"},
]


@pytest.mark.parametrize("environment", ENVIRONMENTS, ids=lambda environment: " ".join(f"{k}={v}" for k, v in environment.items()) or "bare")
@pytest.mark.parametrize("choice", ["auto", "always", "never"])
def test_the_report_s_screen_is_as_wide_and_as_coloured_as_rich_s_console(
    environment: dict[str, str], choice: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report decides width and colour without Rich's console; the other commands print through it: they agree."""
    import io

    from tango_check.render.terminal import make_console, open_screen

    for name in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM", "COLORTERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    screen, console = open_screen(choice, io.StringIO()), make_console(choice, io.StringIO())
    assert (screen.width, screen.codes) == (console.width, console.color_system is not None)
