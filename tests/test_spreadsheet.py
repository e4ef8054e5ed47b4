"""--format csv: a spreadsheet that opens correctly in Excel, with Dutch and with English settings."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check.cli import app
from tango_check.render.spreadsheet import cell, number_text
from tango_check.rules import THEMES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "LANG": "en_GB.UTF-8", "LC_ALL": None}
BATCH = [str(EXAMPLES / name) for name in ("broker-ready.yaml", "early-draft.yaml", "provider-unsorted.yaml", "no-shared-vision.yaml")]


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env=ENV)


def read_csv(raw: str, lang: str) -> list[list[str]]:
    """Read as Excel does with the regional settings of `lang`: the BOM says UTF-8, the list separator splits."""
    assert raw.startswith("\ufeff"), "no byte-order mark: Excel would read the accents wrongly"
    delimiter = ";" if lang == "nl" else ","
    return list(csv.reader(io.StringIO(raw[1:], newline=""), delimiter=delimiter))


def number(text: str, lang: str) -> float | None:
    if not text:
        return None
    if lang == "nl":
        assert "." not in text, text
        return float(text.replace(",", "."))
    assert "," not in text, text
    return float(text)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_batch_row_per_partnership_with_the_figures_of_the_json(lang: str) -> None:
    result = invoke("assess", *BATCH, "-f", "csv", "--lang", lang)
    assert result.exit_code == 1
    rows = read_csv(result.stdout, lang)
    header, body = rows[0], rows[1:]
    assert len(header) == 5 + len(THEMES) + 3 and all(len(row) == len(header) for row in body)
    assert header[0] == ("Bestand" if lang == "nl" else "File")
    data = json.loads(invoke("assess", *BATCH, "-f", "json", "--lang", lang).stdout)
    assert [row[0] for row in body] == [item["source"] for item in data["results"]]
    for row, item in zip(body, data["results"]):
        assert row[1] == item["partnership"]["name"]
        assert row[3] == item["verdict_text"]
        assert number(row[4], lang) == item["score"]
        themes = {theme["theme"]: theme["score"] for theme in item["themes"]}
        assert [number(text, lang) for text in row[5 : 5 + len(THEMES)]] == [themes.get(theme) for theme in THEMES]
        assert int(row[-3]) == item["applicable"] - item["answered"]
        obstacles = [f["rule_id"] for f in item["next_steps"] if f["status"] == "unmet"]
        assert row[-2].split() == obstacles[:3]
        assert row[-1] == ""


def test_decimal_commas_in_dutch_and_points_in_english() -> None:
    path = str(EXAMPLES / "no-shared-vision.yaml")
    nl = read_csv(invoke("assess", path, "-f", "csv", "--lang", "nl").stdout, "nl")
    en = read_csv(invoke("assess", path, "-f", "csv", "--lang", "en").stdout, "en")
    assert len(nl) == len(en) == 2  # one file: a header and one row, as in a batch
    assert nl[1][4] == "89,3" and en[1][4] == "89.3"  # the score as every report shows it
    assert nl[1][3] == "nog niet klaar" and en[1][3] == "not ready"


def test_a_file_that_cannot_be_read_gets_a_row_with_its_error(tmp_path: Path) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text("vision:\n  shared: misschien\n", encoding="utf-8")
    result = invoke("assess", str(EXAMPLES / "broker-ready.yaml"), str(broken), "-f", "csv", "--lang", "nl")
    assert result.exit_code == 2
    rows = read_csv(result.stdout, "nl")
    assert rows[2][0] == str(broken) and rows[2][1:-1] == [""] * (len(rows[0]) - 2)
    assert rows[2][-1].startswith("2:11: ") and "misschien" in rows[2][-1]


def test_a_name_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "formule.yaml"
    path.write_text('name: "=HYPERLINK(\\"http://x\\";\\"klik\\")"\n', encoding="utf-8")
    rows = read_csv(invoke("assess", str(path), "-f", "csv", "--lang", "nl").stdout, "nl")
    assert rows[1][1] == '\'=HYPERLINK("http://x";"klik")'
    assert cell("-1") == "'-1" and cell("Zorg") == "Zorg"


def test_the_file_written_with_output_has_the_bom_and_crlf(tmp_path: Path) -> None:
    target = tmp_path / "overzicht.csv"
    result = invoke("assess", *BATCH, "-f", "csv", "--lang", "nl", "-o", str(target))
    assert result.exit_code == 1
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\r\n") == len(BATCH) + 1
    assert "Zorgcoöperatie Eikenhorst" in raw.decode("utf-8-sig")


def test_numbers_as_a_spreadsheet_reads_them() -> None:
    assert [number_text(value, "nl") for value in (None, 100.0, 89.2857, 50.5)] == ["", "100", "89,3", "50,5"]
    assert number_text(89.2857, "en") == "89.3"
