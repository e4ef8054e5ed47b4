"""Reports people share: Markdown and HTML, the same content in every format, -q/-v, the library API."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tango_check import assess_data, assess_file
from tango_check.cli import app
from tango_check.conditions import MinMet
from tango_check.evaluation import fields_of
from tango_check.render.common import finding_message, met_answers
from tango_check.render.html import render_html
from tango_check.render.markdown import md_text, render_markdown
from tango_check.rules import load_rules
from tango_check.scoring import Assessment, format_score

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PROVIDER = EXAMPLES / "provider-unsorted.yaml"
ENV = {"COLUMNS": "400", "NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm", "LANG": "en_GB.UTF-8", "LC_ALL": None}
EVIL = "<script>document.body.setAttribute('data-pwned','1')</script>"


def invoke(*args: str, **env: str | None):
    return CliRunner().invoke(app, list(args), env={**ENV, **env})


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.fixture(scope="module")
def provider(rules) -> Assessment:
    return assess_file(PROVIDER, rules)


def _plain_markdown(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _plain_html(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _essentials(data: dict) -> list[str]:
    """What every format must say, taken from the JSON: verdict, score, themes, obstacles, questions, strengths."""
    texts = [data["verdict_text"], data["partnership"]["name"], *data["reasons"]]
    texts += [theme["title"] for theme in data["themes"]]
    for finding in data["findings"]:
        if finding["status"] == "unmet" and finding["kind"] != "benefit":
            texts += [finding["message"], finding["recommendation"], finding["source"]["citation"]]
        elif finding["status"] in ("met", "unknown") and finding["weight"] > 0:
            texts.append(finding["message"])
    return texts


@pytest.mark.parametrize("example", sorted(path.name for path in EXAMPLES.glob("*.yaml")))
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_text_json_markdown_and_html_say_the_same_things(example: str, lang: str) -> None:
    path = str(EXAMPLES / example)
    outputs = {fmt: invoke("assess", path, "-f", fmt, "--lang", lang) for fmt in ("json", "text", "markdown", "html")}
    assert len({result.exit_code for result in outputs.values()}) == 1
    data = json.loads(outputs["json"].stdout)
    score = format_score(data["score"], lang)
    readable = {
        "text": outputs["text"].stdout,
        "markdown": _plain_markdown(outputs["markdown"].stdout),
        "html": _plain_html(outputs["html"].stdout),
    }
    for fmt, text in readable.items():
        folded = " ".join(text.split()).casefold()  # the terminal shows the verdict in capitals
        missing = [item for item in _essentials(data) if " ".join(item.split()).casefold() not in folded]
        assert not missing, f"{fmt} lacks {missing[:3]}"
        assert f"{score}/100" in folded, fmt
        for step in data["next_steps"]:
            assert step["rule_id"] in text, fmt


def test_markdown_is_an_agenda_in_meeting_order(provider: Assessment) -> None:
    text = render_markdown(provider, "en")
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings == [
        "## 1. Verdict: not ready",
        "## 2. Obstacles to discuss, most important first (15)",
        "## 3. What already goes well (16)",
        "## 4. Benefits in sight (5)",
        "## 5. Action list",
    ]
    obstacles = text.split(headings[1])[1].split(headings[2])[0]
    ids = re.findall(r"^\d+\. \*\*([A-Z]+\d+)\*\*", obstacles, flags=re.M)
    assert ids == [f.rule.id for f in provider.obstacles]
    assert "   - What to do: Compare the routes with the care organisation" in obstacles
    assert "   - Source: Conclusies en aanbevelingen › Hindernissen afhankelijk van ambitie" in obstacles


def test_markdown_agenda_ends_with_an_action_list_to_fill_in(provider: Assessment, rules) -> None:
    for lang, header in (("en", "| No. | Next step | Who | By when |"), ("nl", "| Nr. | Volgende stap | Wie | Wanneer |")):
        text = render_markdown(provider, lang)
        actions = text[text.index(header) :]
        rows = [line for line in actions.splitlines() if line.startswith("| ")][2:]
        assert [re.match(r"\| (\d+) \| \*\*(\w+)\*\*", row).groups() for row in rows] == [
            (str(number), f.rule.id) for number, f in enumerate(provider.next_steps, start=1)
        ]
        assert all(row.endswith(" |  |  |") for row in rows)  # who and by when: empty, for the meeting
        assert text.rindex("## ") < text.index(header)  # the last section
    early = render_markdown(assess_file(EXAMPLES / "early-draft.yaml", rules), "en")
    assert "Find out and discuss: " in early[early.index(". Action list\n") :]
    # an obstacle's step points at the one place that says what to do, instead of saying it again
    assert "| 1 | **V02** Achieve: Both partners endorse the marks of good care (what to do: obstacle 1 above) |" in render_markdown(provider, "en")


def test_markdown_open_questions_in_dutch(rules) -> None:
    text = render_markdown(assess_file(EXAMPLES / "early-draft.yaml", rules), "nl")
    assert "# Gespreksagenda: Buurtcoöperatie Ter Aa (Ter Aa) × Stichting Zorg Dichtbij" in text
    assert re.search(r"^## 3\. Open vragen \(\d+\)$", text, flags=re.M)
    assert "## 4. Wat al goed gaat" in text


def test_markdown_escapes_what_users_write(rules) -> None:
    result = assess_data({"name": f"{EVIL} *bold* [link](http://x) | pipe", "vision": {"shared": "yes"}}, rules)
    text = render_markdown(result, "en")
    title = text.splitlines()[0]
    assert "<script>" not in text and "\\<script\\>" in title
    assert "\\*bold\\*" in title and "\\[link\\]" in title and "\\| pipe" in title
    assert md_text("a\nb  c") == "a b c"


def test_quiet_markdown_keeps_verdict_and_obstacles_only(provider: Assessment) -> None:
    text = render_markdown(provider, "en", verbosity=-1)
    assert "## 1. Verdict: not ready" in text and "## 2. Obstacles to discuss" in text
    assert "What already goes well" not in text and "| Theme |" not in text


def test_verbose_markdown_shows_the_answers_that_met_each_rule(provider: Assessment) -> None:
    text = render_markdown(provider, "en", verbosity=1)
    assert "- **V01** The partners share a vision on good care\n  - answers: `vision.shared` = `yes`" in text
    assert "`benefits.cooperative_seeks` = `knowledge_exchange, funding, experimentation`" in text


def test_fields_of_walks_every_combinator(rules) -> None:
    v02 = next(rule for rule in rules if rule.id == "V02")  # all of four fields
    assert [test.field for test in fields_of(v02.met_when)] == [
        "vision.elements.client_autonomy",
        "vision.elements.attentive_care",
        "vision.elements.respect_for_client",
        "vision.elements.few_faces",
    ]
    nested = MinMet.model_validate(
        {"min_met": 1, "of": [{"all": [{"not": {"field": "vision.shared", "equals": "no"}}]}, {"field": "vision.shared", "equals": "yes"}]}
    )
    assert [test.field for test in fields_of(nested)] == ["vision.shared"]


def test_met_answers_leave_out_unanswered_fields(rules) -> None:
    result = assess_data({"benefits": {"cooperative_seeks": ["knowledge_exchange"]}}, rules)
    b02 = next(f for f in result.findings if f.rule.id == "B02")  # either partner seeking it is enough
    assert b02.status == "met"
    assert met_answers(result, b02) == [("benefits.cooperative_seeks", "knowledge_exchange")]


def test_terminal_quiet_and_verbose() -> None:
    quiet = invoke("assess", str(PROVIDER), "-q").stdout
    assert "Verdict: NOT READY" in quiet and "C02 There is no financing route" in quiet
    assert "Success factors present" not in quiet and "What to do" not in quiet and "Themes" not in quiet
    verbose = invoke("assess", str(PROVIDER), "--verbose").stdout
    assert re.search(r"V01 The partners share a vision on good care *\n +answers: vision\.shared = yes", verbose)
    normal = invoke("assess", str(PROVIDER)).stdout
    assert "answers:" not in normal


def test_quiet_and_verbose_together_is_a_usage_error() -> None:
    result = invoke("assess", str(PROVIDER), "-q", "-v", "--lang", "nl")
    assert result.exit_code == 2
    assert result.stderr == "--quiet en --verbose gaan niet samen; kies er één\n"


def test_terminal_chart_has_overall_bar_and_coloured_legend() -> None:
    plain = invoke("assess", str(PROVIDER)).stdout
    assert re.search(r"Overall\s+▒{10}░{10}\s+52\.3\s+concern", plain)
    assert "Band:  █ strength ≥ 80  ▓ borderline 60–79  ▒ concern < 60  · unknown: not answered yet" in plain
    coloured = invoke("assess", str(PROVIDER), "--color", "always").stdout
    legend = next(line for line in coloured.splitlines() if "borderline 60–79" in line)
    # each band's swatch is drawn in the band's colour (green, yellow, red)
    assert all(code in legend for code in ("\x1b[32m█", "\x1b[33m▓", "\x1b[31m▒"))


def test_machine_formats_are_never_coloured() -> None:
    for fmt in ("json", "markdown", "html"):
        result = invoke("assess", str(PROVIDER), "-f", fmt, "--color", "always", FORCE_COLOR="1")
        assert "\x1b[" not in result.stdout, fmt


def test_html_is_self_contained_and_escapes_user_text(rules) -> None:
    data = {
        "name": EVIL,
        "partners": {"cooperative": {"name": '<img src=x onerror="alert(1)">', "place": 'Ter "Aa"'}},
        "vision": {"shared": "yes"},
    }
    page = render_html(assess_data(data, rules, source="folder/<b>file<i>.yaml"), "en")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page.lower() and "<img" not in page
    assert "&lt;script&gt;document.body.setAttribute(&#x27;data-pwned&#x27;,&#x27;1&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; (Ter &quot;Aa&quot;)" in page
    assert "&lt;b&gt;file&lt;i&gt;.yaml" in page and "folder/" not in page  # the file's name, escaped
    tags = re.findall(r"<[^>]*>", page)
    assert not [tag for tag in tags if re.search(r"\s(src|href|on\w+)\s*=", tag, flags=re.I)]
    assert not re.search(r"https?://|url\(|@import", page, flags=re.I)
    assert "default-src 'none'" in page


def test_html_has_a4_print_styles_chart_and_sources(provider: Assessment) -> None:
    page = render_html(provider, "nl")
    assert '<html lang="nl">' in page
    assert "@page { size: A4" in page and "@media print" in page
    chart = page[page.index('<svg class="chart"') : page.index("</svg>")]
    # a bar per theme and one overall, each coloured by its band
    assert chart.count('<g class="bar band-') == len(provider.themes) + 1
    assert 'class="bar band-concern"' in chart and 'fill="#c62828"' in chart
    assert "Organisatie van de samenwerking" in chart
    for finding in provider.obstacles:
        assert html.escape(finding_message(finding, "nl"), quote=True) in page
        assert html.escape(finding.rule.recommendation.text("nl"), quote=True) in page
    assert "Bron: Conclusies en aanbevelingen › Hindernissen afhankelijk van ambitie" in page


def test_library_api_is_what_the_cli_uses(rules, monkeypatch: pytest.MonkeyPatch) -> None:
    import tango_check
    from tango_check import api

    assert tango_check.assess_file is api.assess_file and tango_check.assess_data is api.assess_data
    result = assess_file(PROVIDER, rules)
    assert isinstance(result, Assessment) and result.verdict == "not_ready" and result.source == str(PROVIDER)
    same = assess_data(json.loads(json.dumps(_as_data(PROVIDER))), rules, source="mine")
    assert (same.verdict, same.score, same.source) == (result.verdict, result.score, "mine")

    calls: list[object] = []
    real = api.assess_file
    monkeypatch.setattr(api, "assess_file", lambda path, rules=None: calls.append(path) or real(path, rules))
    assert invoke("assess", str(PROVIDER), "-f", "json").exit_code == 1
    assert [str(call) for call in calls] == [str(PROVIDER)]


def _as_data(path: Path) -> dict:
    from tango_check.loading import load_document

    return load_document(path).data
