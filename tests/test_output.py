"""`--output FILE`: written atomically, never over an input, never coloured."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
READY = EXAMPLES / "broker-ready.yaml"
NOT_READY = EXAMPLES / "no-shared-vision.yaml"
ENV = {"COLUMNS": "100", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm", "LANG": "en_GB.UTF-8", "LC_ALL": None}


def invoke(*args: str, **env: str | None):
    return CliRunner().invoke(app, list(args), env={**ENV, **env})


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".tmp"))


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_output_holds_what_stdout_would(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / f"report.{fmt}"
    result = invoke("assess", str(NOT_READY), "-f", fmt, "-o", str(target))
    assert result.exit_code == 1 and result.stdout == ""
    assert target.read_text(encoding="utf-8") == invoke("assess", str(NOT_READY), "-f", fmt).stdout
    assert leftovers(tmp_path) == []


def test_text_to_a_file_has_no_colour_even_when_forced(tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    assert invoke("assess", str(READY), "--color", "always", "-o", str(target), FORCE_COLOR="1").exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "Verdict: READY" in text and "\x1b[" not in text


def test_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    source = tmp_path / "partner.yaml"
    original = READY.read_text(encoding="utf-8")
    source.write_text(original, encoding="utf-8")
    spelled_otherwise = tmp_path / "sub" / ".." / "partner.yaml"
    (tmp_path / "sub").mkdir()
    for output, inputs in ((source, [source]), (spelled_otherwise, [source]), (source, [READY, tmp_path])):
        result = invoke("assess", *map(str, inputs), "-f", "json", "-o", str(output))
        assert result.exit_code == 2
        assert result.stderr == f"{output}: --output names one of the input files; choose another file name, the input is never overwritten\n"
        assert result.stdout == ""
    assert source.read_text(encoding="utf-8") == original
    assert leftovers(tmp_path) == []


def test_output_folder_problems_in_dutch(tmp_path: Path) -> None:
    result = invoke("assess", str(READY), "-o", str(tmp_path), "--lang", "nl")
    assert result.exit_code == 2 and "--output is een map" in result.stderr
    result = invoke("assess", str(READY), "-o", str(tmp_path / "nope" / "r.txt"), "--lang", "nl")
    assert result.exit_code == 2 and f"map '{tmp_path / 'nope'}' bestaat niet" in result.stderr


def test_a_broken_single_file_leaves_the_old_report(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old report\n", encoding="utf-8")
    broken = tmp_path / "partner.yaml"
    broken.write_text("vision: {shared: maybe}\n", encoding="utf-8")
    result = invoke("assess", str(broken), "-f", "json", "-o", str(target))
    assert result.exit_code == 2 and "maybe" in result.stderr
    assert target.read_text(encoding="utf-8") == "old report\n"
    assert leftovers(tmp_path) == []


def test_a_batch_with_a_broken_file_is_still_written(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    broken = tmp_path / "partner.yaml"
    broken.write_text("vision: {shared: maybe}\n", encoding="utf-8")
    result = invoke("assess", str(READY), str(broken), "-f", "json", "-o", str(target))
    assert result.exit_code == 2
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data["results"]) == 1 and data["errors"][0]["source"] == str(broken)


def test_a_crash_halfway_leaves_the_old_report_and_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tango_check.render.markdown as markdown

    target = tmp_path / "agenda.md"
    target.write_text("old agenda\n", encoding="utf-8")
    real = markdown.render_markdown
    calls: list[int] = []

    def second_fails(*args: object, **kwargs: object) -> str:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("boom")
        return real(*args, **kwargs)

    monkeypatch.setattr(markdown, "render_markdown", second_fails)
    result = invoke("assess", str(READY), str(NOT_READY), "-f", "markdown", "-o", str(target))
    assert result.exit_code == 3 and "internal error: RuntimeError: boom" in result.stderr
    assert target.read_text(encoding="utf-8") == "old agenda\n"
    assert leftovers(tmp_path) == []


def test_interrupted_run_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tango_check.render.json_report as json_report

    def interrupted(*args: object, **kwargs: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(json_report, "render_json", interrupted)
    result = invoke("assess", str(READY), "-f", "json", "-o", str(tmp_path / "report.json"))
    assert result.exit_code == 130
    assert list(tmp_path.iterdir()) == []


def test_file_modes_are_those_of_a_normal_file(tmp_path: Path) -> None:
    new = tmp_path / "new.md"
    old_umask = os.umask(0o022)
    try:
        assert invoke("assess", str(READY), "-f", "markdown", "-o", str(new)).exit_code == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(new.stat().st_mode) == 0o644  # not the 0600 of a temporary file
    existing = tmp_path / "existing.md"
    existing.write_text("old\n", encoding="utf-8")
    existing.chmod(0o640)
    assert invoke("assess", str(READY), "-f", "markdown", "-o", str(existing)).exit_code == 0
    assert stat.S_IMODE(existing.stat().st_mode) == 0o640 and existing.read_text(encoding="utf-8") != "old\n"


def test_a_symlink_loop_as_output_or_input_is_a_located_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    result = invoke("assess", str(READY), str(loop), "-f", "json", "-o", str(tmp_path / "report.json"))
    assert result.exit_code == 2 and result.stderr.startswith(f"{loop}: ")
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["summary"]["assessed"] == 1
    result = invoke("assess", str(READY), "-o", str(loop))  # a looping link as --output: not a file, left alone
    assert result.exit_code == 2 and result.stderr.startswith(f"{loop}: cannot write this file")
    assert loop.is_symlink() and os.readlink(loop) == str(loop)
