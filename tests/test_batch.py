"""Many partnerships in one run: files, folders, stdin, a summary, batch JSON, exit codes."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check.batch import collect_inputs, is_batch, read_stdin
from tango_check.cli import app
from tango_check.errors import InputError
from tango_check.loading import MAX_FILE_BYTES
from tango_check.render.markdown import md_text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
READY = EXAMPLES / "broker-ready.yaml"
NOT_READY = EXAMPLES / "no-shared-vision.yaml"
ENV = {"COLUMNS": "200", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm", "LANG": "en_GB.UTF-8", "LC_ALL": None}
BROKEN = {
    "a/broken-key.yaml": ("vision:\n  shared: yes\n  sharred: no\n", 3, 3, "field.unknown"),
    "b/c/broken-yaml.yml": ("vision: {shared: yes\nambition: broker\n", 2, 9, "yaml.syntax"),
    "b/broken-answer.yaml": ("ambition: broker\nvision:\n  shared: maybe\n", 3, 11, "field.choice"),
}


def invoke(*args: str, stdin: str | None = None, **env: str | None):
    return CliRunner().invoke(app, list(args), input=stdin, env={**ENV, **env})


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 partnership files in nested folders, three of them broken, plus files that must be skipped."""
    root = tmp_path_factory.mktemp("partnerships")
    examples = sorted(EXAMPLES.glob("*.yaml"))
    for number in range(197):
        example = examples[number % len(examples)]
        target = root / f"group{number % 5}" / f"partner-{number:03d}{'.yml' if number % 7 == 0 else '.yaml'}"
        target.parent.mkdir(exist_ok=True)
        text = example.read_text(encoding="utf-8")
        target.write_text(re.sub(r"^name: .*$", f"name: Partnership {number:03d}", text, count=1, flags=re.M), encoding="utf-8")
    for name, (text, *_rest) in BROKEN.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "notes.txt").write_text("not a partnership", encoding="utf-8")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "partner.yaml").write_text("not: [valid", encoding="utf-8")
    (root / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    return root


def test_200_files_three_broken_json(folder: Path) -> None:
    result = invoke("assess", str(folder), "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1 and data["lang"] == "en" and data["tool"]["name"] == "tango-check"
    assert len(data["results"]) == 197
    assert all(item["schema_version"] == 1 and item["verdict"] for item in data["results"])
    located = {(Path(e["source"]).relative_to(folder).as_posix(), e["line"], e["column"], e["code"]) for e in data["errors"]}
    assert located == {(name, line, column, code) for name, (_, line, column, code) in BROKEN.items()}
    summary = data["summary"]
    assert (summary["files"], summary["assessed"], summary["failed"]) == (200, 197, 3)
    assert sum(summary["verdicts"].values()) == 197
    assert [row["source"] for row in summary["rows"]] == [item["source"] for item in data["results"]]
    first = summary["rows"][0]
    assert set(first) == {"source", "name", "ambition", "verdict", "score", "top_obstacle"}
    # each broken file reported on stderr with its location, nothing else there (no progress bar)
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert all(re.match(rf"{re.escape(str(folder))}/\S+:\d+:\d+: ", line) for line in lines)


def test_200_files_three_broken_text_summary(folder: Path) -> None:
    result = invoke("assess", str(folder), "-q")
    assert result.exit_code == 2
    out = result.stdout
    table = out[out.index("Summary") : out.index("Obstacles found most often")]
    assert len(re.findall(r"partner-\d{3}\.ya?ml", table)) == 197
    assert len(re.findall(r"│ could not be read +│", table)) == 3
    # printed in parts of 100 rows that read as one table: one heading, the same column positions
    assert table.count("Most important obstacle") == 1
    assert len({line.index("│") for line in table.splitlines() if "│" in line}) == 1
    assert "3:3: unknown field" in table
    counts = json.loads(invoke("assess", str(folder), "-f", "json").stdout)["summary"]["verdicts"]
    assert (
        f"200 files: 197 assessed ({counts['ready']} ready, {counts['ready_with_conditions']} ready with conditions, "
        f"{counts['not_ready']} not ready), 3 could not be read." in " ".join(table.split())
    )
    assert len(result.stderr.splitlines()) == 3


def test_folder_walk_is_recursive_sorted_and_skips_hidden(folder: Path) -> None:
    inputs, failures = collect_inputs([str(folder)])
    names = [Path(item.source).relative_to(folder).as_posix() for item in inputs]
    assert len(names) == 200 and not failures
    assert not any(name.startswith(".") or "/." in name or name.endswith(".txt") for name in names)
    assert names[:2] == ["a/broken-key.yaml", "b/broken-answer.yaml"]
    assert names == sorted(names, key=lambda name: (name.split("/")[:-1], name))


def test_same_file_twice_is_assessed_once(tmp_path: Path) -> None:
    copy = tmp_path / "partner.yaml"
    copy.write_text(READY.read_text(encoding="utf-8"), encoding="utf-8")
    inputs, _ = collect_inputs([str(copy), str(tmp_path), str(READY), str(READY)])
    assert [item.source for item in inputs] == [str(copy), str(READY)]


def test_batch_shape_depends_on_the_command_line_not_on_folder_contents(tmp_path: Path) -> None:
    (tmp_path / "partner.yaml").write_text(READY.read_text(encoding="utf-8"), encoding="utf-8")
    assert not is_batch([str(READY)]) and not is_batch(["-"])
    assert is_batch([str(tmp_path)]) and is_batch([str(READY), str(READY)])
    data = json.loads(invoke("assess", str(tmp_path), "-f", "json").stdout)
    assert len(data["results"]) == 1 and data["summary"]["files"] == 1
    single = json.loads(invoke("assess", str(tmp_path / "partner.yaml"), "-f", "json").stdout)
    assert "results" not in single and single["verdict"] == "ready"


def test_stdin_alone_is_a_single_assessment() -> None:
    result = invoke("assess", "-", "-f", "json", stdin=READY.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["source"] == "<stdin>" and data["verdict"] == "ready"


def test_stdin_errors_are_located() -> None:
    result = invoke("assess", "-", stdin="ambition: broker\nvision: {shared: perhaps}\n")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("<stdin>:2:18: 'perhaps' is not an allowed answer")


def test_stdin_is_capped_like_a_file() -> None:
    with pytest.raises(InputError) as caught:
        read_stdin(io.BytesIO(b"#" * (MAX_FILE_BYTES + 1)))
    assert caught.value.problems[0].message_key == "file.too_large"
    assert read_stdin(io.BytesIO("name: Ter Aa\n".encode())).data == {"name": "Ter Aa"}


def test_files_and_stdin_together() -> None:
    result = invoke("assess", str(READY), "-", "-f", "json", stdin=NOT_READY.read_text(encoding="utf-8"))
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [item["source"] for item in data["results"]] == [str(READY), "<stdin>"]
    assert data["errors"] == [] and data["summary"]["verdicts"] == {"ready": 1, "ready_with_conditions": 0, "not_ready": 1}


def test_exit_codes_over_many_files(tmp_path: Path) -> None:
    assert invoke("assess", str(READY), str(READY)).exit_code == 0  # the same file twice: once, ready
    assert invoke("assess", str(READY), str(NOT_READY)).exit_code == 1
    missing = str(tmp_path / "missing.yaml")
    result = invoke("assess", str(READY), missing, str(NOT_READY), "-f", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert len(data["results"]) == 2  # the missing file does not stop the others
    assert data["errors"] == [
        {"source": missing, "line": None, "column": None, "code": "file.missing", "message": "file not found; check the path and the current folder"}
    ]


def test_fail_under_names_each_file_below_it() -> None:
    result = invoke("assess", str(READY), str(NOT_READY), "--fail-under", "95", "-q")
    assert result.exit_code == 1
    assert f"{NOT_READY}: score 89.5 is below the required 95 (--fail-under)" in result.stderr
    assert str(READY) not in result.stderr  # 97.4 is not below 95
    assert invoke("assess", str(READY), str(READY), "--fail-under", "98", "-q").exit_code == 1


def test_empty_folder_is_an_input_error(tmp_path: Path) -> None:
    result = invoke("assess", str(tmp_path), "-f", "json", "--lang", "nl")
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path}: geen samenwerkingsbestanden (*.yaml, *.yml) in deze map of eronder\n"
    data = json.loads(result.stdout)
    assert data["results"] == [] and data["errors"][0]["code"] == "batch.no_files"


def test_all_broken_still_gives_valid_batch_json(tmp_path: Path) -> None:
    for name in ("one.yaml", "two.yaml"):
        (tmp_path / name).write_text("- a list\n", encoding="utf-8")
    result = invoke("assess", str(tmp_path), "-f", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["results"] == [] and len(data["errors"]) == 2 and data["summary"]["failed"] == 2


def test_markdown_batch_opens_with_the_overview_and_its_summary_table(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("vision: [\n", encoding="utf-8")
    result = invoke("assess", str(READY), str(broken), str(NOT_READY), "-f", "markdown", "--lang", "nl")
    assert result.exit_code == 2
    out = result.stdout
    assert out.count("# Gespreksagenda: ") == 2
    assert out.startswith("# Overzicht van de samenwerkingen\n")
    summary = out[out.index("## Overzicht\n") : out.index("# Gespreksagenda: ")]
    rows = [line for line in summary.splitlines() if line.startswith("| ")]
    assert rows[0] == "| Bestand | Samenwerking | Ambitie | Oordeel | Score | Belangrijkste obstakel |"
    assert len(rows) == 5  # heading, alignment, three files
    assert f"| {md_text(str(broken))} | - | - | niet te lezen | - | 2:1: ongeldige YAML" in rows[3]
    assert rows[4].startswith(f"| {md_text(str(NOT_READY))} | Zorgcoöperatie Lindenoord en Zorgcentrum De Vaart | bemiddelaar | nog niet klaar | 89,5 | V01 ")


def test_html_batch_is_one_document_opening_with_the_overview(tmp_path: Path) -> None:
    result = invoke("assess", str(READY), str(NOT_READY), "-f", "html")
    assert result.exit_code == 1
    page = result.stdout
    assert page.count("<!DOCTYPE html>") == 1 and page.count("</html>") == 1
    assert page.count('<section class="partnership">') == 2 and page.count('<svg class="chart"') == 2
    assert page.count('<section id="overview"') == 1
    assert page.index('<section id="overview"') < page.index('<section class="partnership">')
    assert '<tr class="not_ready"><td class="col-file">' in page


def test_rules_are_loaded_once_per_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import tango_check.rules

    for example in EXAMPLES.glob("*.yaml"):
        (tmp_path / example.name).write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    read: list[Path] = []
    real = tango_check.rules.rule_files

    def counting(folder: Path):
        read.append(folder)
        return real(folder)

    monkeypatch.setattr(tango_check.rules, "rule_files", counting)
    assert invoke("assess", str(tmp_path), "-q", "--isolated").exit_code == 1
    assert read == [tango_check.rules.builtin_rules_dir()]  # the catalogue read once, not once per partnership


def test_progress_bar_only_for_many_files_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from tango_check import reports

    class Stream(io.StringIO):
        def __init__(self, tty: bool):
            super().__init__()
            self.tty = tty

        def isatty(self) -> bool:
            return self.tty

    def decide(total: int, to_file: bool, stderr_tty: bool, stdout_tty: bool) -> bool:
        monkeypatch.setattr("sys.stderr", Stream(stderr_tty))
        monkeypatch.setattr("sys.stdout", Stream(stdout_tty))
        return reports.show_progress(total, to_file)

    assert decide(200, False, True, False)  # report piped, bar on the terminal
    assert decide(200, True, True, True)  # report to --output
    assert not decide(200, False, True, True)  # the report itself scrolls on that terminal
    assert not decide(200, True, False, False)  # stderr captured, as in tests and CI
    assert not decide(reports.PROGRESS_FROM, True, True, False)  # few files


def test_a_file_linked_into_a_folder_is_assessed_once(tmp_path: Path) -> None:
    """Found in a folder, a file is known by its real path: a symlink to it, here or from elsewhere, is the same file."""
    real = tmp_path / "real" / "partner.yaml"
    real.parent.mkdir()
    real.write_text(READY.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "real" / "z-link.yaml").symlink_to(real)
    (tmp_path / "linked-folder").symlink_to(tmp_path / "real", target_is_directory=True)
    inputs, _ = collect_inputs([str(tmp_path / "real"), str(tmp_path / "linked-folder" / "partner.yaml"), str(real)])
    assert [item.source for item in inputs] == [str(real)]
    inputs, _ = collect_inputs([str(tmp_path / "linked-folder"), str(real)])
    assert [item.source for item in inputs] == [str(tmp_path / "linked-folder" / "partner.yaml")]
