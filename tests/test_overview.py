"""The overview of many partnerships: its numbers in Markdown, HTML, text and JSON, checked against the batch JSON."""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check.cli import app
from tango_check.overview import COMMON_OBSTACLES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ENV = {"COLUMNS": "200", "NO_COLOR": "1", "LANG": "en_GB.UTF-8", "LC_ALL": None}


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env=ENV)


def expected(lang: str) -> dict:
    """The overview's figures, computed here from the batch JSON's results alone."""
    data = json.loads(invoke("assess", str(EXAMPLES), "-f", "json", "--lang", lang).stdout)
    results = data["results"]
    counts = Counter(step["rule_id"] for item in results for step in item["next_steps"] if step["status"] == "unmet")
    themes: dict[str, list[float]] = {}
    for item in results:
        for theme in item["themes"]:
            themes.setdefault(theme["title"], [])
            if theme["score"] is not None:
                themes[theme["title"]].append(theme["score"])
    return {
        "data": data,
        "verdicts": Counter(item["verdict_text"] for item in results),
        "assessed": len(results),
        "obstacles": counts,
        "themes": {
            title: (len(values), statistics.fmean(values), statistics.pstdev(values), min(values), max(values))
            for title, values in themes.items()
        },
    }


def figure(text: str) -> float:
    return float(text.rstrip("%").replace(",", "."))


def close(text: str, value: float) -> bool:
    """A figure as reports show it (one decimal at most) stands for `value`."""
    return abs(figure(text) - value) <= 0.05 + 1e-9


class Tables(HTMLParser):
    """The rows of every table inside <section id="overview">, by the table's class."""

    def __init__(self) -> None:
        super().__init__()
        self.depth, self.tables, self.table, self.cell = 0, {}, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self.depth += 1 if attrs.get("id") == "overview" or self.depth else 0
        elif self.depth and tag == "table":
            self.table = self.tables.setdefault(attrs.get("class", ""), [])
        elif self.table is not None and tag == "tr":
            self.table.append([])
        elif self.table is not None and tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "section" and self.depth:
            self.depth -= 1
        elif tag == "table":
            self.table = None
        elif tag in ("td", "th") and self.cell is not None:
            self.table[-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def check_tables(verdicts, obstacles, themes, want: dict) -> None:
    assert len(verdicts) == 3 and all(int(row[1]) == want["verdicts"].get(row[0], 0) for row in verdicts)
    assert sum(int(row[1]) for row in verdicts) == want["assessed"]
    for row in verdicts:
        assert close(row[2], 100 * int(row[1]) / want["assessed"])
    shown = [(row[0], int(row[2])) for row in obstacles]
    assert len(shown) == min(COMMON_OBSTACLES, len(want["obstacles"]))
    assert all(want["obstacles"][rule_id] == count for rule_id, count in shown)
    assert [count for _, count in shown] == sorted((count for _, count in shown), reverse=True)
    assert shown[-1][1] >= max((c for r, c in want["obstacles"].items() if r not in dict(shown)), default=0)
    for row in obstacles:
        assert close(row[3], 100 * int(row[2]) / want["assessed"])
    assert len(themes) == len(want["themes"])
    for title, scored, mean, spread, low, high in themes:
        count, *figures = want["themes"][title]
        assert int(scored) == count
        assert all(close(text, value) for text, value in zip((mean, spread, low, high), figures))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_markdown_opens_with_the_overview_and_its_numbers_match_the_json(lang: str) -> None:
    want = expected(lang)
    text = invoke("assess", str(EXAMPLES), "-f", "markdown", "--lang", lang).stdout
    overview = text[: text.index("\n---\n")]
    assert overview.startswith("# Overview of the partnerships" if lang == "en" else "# Overzicht van de samenwerkingen")

    def table_after(heading: str) -> list[list[str]]:
        part = overview[overview.index(f"## {heading}\n") :].split("\n\n")[1]
        return [[cell.strip().replace("\\", "") for cell in line.strip("|").split("|")] for line in part.splitlines()[2:]]

    headings = {"en": ("Verdicts", "Obstacles found most often", "Themes across the partnerships"),
                "nl": ("Oordelen", "Obstakels die het vaakst voorkomen", "Thema's over alle samenwerkingen")}[lang]
    check_tables(*(table_after(heading) for heading in headings), want)
    # the table of all partnerships: a row per file, in the overview, before the first agenda
    for item in want["data"]["results"]:
        assert item["partnership"]["name"] in overview


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_html_overview_section_numbers_match_the_json(lang: str) -> None:
    want = expected(lang)
    page = invoke("assess", str(EXAMPLES), "-f", "html", "--lang", lang).stdout
    assert page.index('<section id="overview"') < page.index('<section class="partnership">')
    parser = Tables()
    parser.feed(page)
    tables = parser.tables
    check_tables(tables["summary verdicts"][1:], tables["summary obstacles"][1:], tables["summary themes"][1:], want)
    assert len(tables["summary"]) - 1 == want["data"]["summary"]["files"]  # every partnership, and the unreadable file


def test_json_summary_carries_the_same_overview() -> None:
    want = expected("en")
    summary = want["data"]["summary"]
    assert [(item["rule_id"], item["count"]) for item in summary["common_obstacles"]] == [
        (rule_id, want["obstacles"][rule_id]) for rule_id, _ in ((i["rule_id"], 0) for i in summary["common_obstacles"])
    ]
    for item in summary["common_obstacles"]:
        assert item["share"] == round(100 * item["count"] / want["assessed"], 1)  # one figure: one decimal, as shown
    for item in summary["themes"]:
        count, mean, spread, low, high = want["themes"][item["title"]]
        # computed here from scores the JSON rounds to two decimals: equal to within that rounding
        assert item["scored"] == count
        assert [item[key] for key in ("mean", "spread", "min", "max")] == pytest.approx([mean, spread, low, high], abs=0.051)  # one decimal


def test_text_summary_lists_the_most_common_obstacles() -> None:
    want = expected("en")
    text = invoke("assess", str(EXAMPLES), "--lang", "en").stdout
    part = text[text.index("Obstacles found most often") :]
    first = want["data"]["summary"]["common_obstacles"][0]
    match = re.search(rf"{first['rule_id']}\s*│.*│\s*{first['count']}\s*│\s*([\d.]+)%", part)
    assert match and close(match.group(1), first["share"])


def test_one_file_has_no_overview() -> None:
    text = invoke("assess", str(EXAMPLES / "broker-ready.yaml"), "-f", "markdown").stdout
    assert "Overview of the partnerships" not in text
    assert 'id="overview"' not in invoke("assess", str(EXAMPLES / "broker-ready.yaml"), "-f", "html").stdout


@pytest.mark.parametrize("output_format", ["markdown", "html"])
def test_reports_kept_aside_on_disk_come_out_the_same(monkeypatch: pytest.MonkeyPatch, output_format: str) -> None:
    """Past the in-memory limit the reports wait in a temporary file: the output does not change."""
    import tango_check.reports

    in_memory = invoke("assess", str(EXAMPLES), "-f", output_format).stdout
    monkeypatch.setattr(tango_check.reports, "SPOOL_IN_MEMORY", 100)
    assert invoke("assess", str(EXAMPLES), "-f", output_format).stdout == in_memory
