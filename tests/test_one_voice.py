"""One voice in every output (issue 13): the same figures, words and rules in every format, at any width."""

from __future__ import annotations

import json
from pathlib import Path, PurePath

import pytest
from typer.testing import CliRunner

from tango_check.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
PACK = ROOT / "rule-packs" / "heuvelland"
ENV = {"COLUMNS": "100", "NO_COLOR": "1", "FORCE_COLOR": None, "TERM": "xterm", "LANG": "en_GB.UTF-8", "LC_ALL": None, "LC_MESSAGES": None}


def invoke(*args: str, **env: str | None):
    return CliRunner().invoke(app, list(args), env={**ENV, **env})


# --- the examples folder, and a rule pack given as a partnership ------------------


def test_the_examples_folder_assesses_every_file() -> None:
    result = invoke("assess", str(EXAMPLES), "--format", "json")
    assert result.exit_code == 1, result.stderr  # some examples are not ready; none is unreadable
    batch = json.loads(result.stdout)
    assert batch["errors"] == []
    assert batch["summary"]["files"] == batch["summary"]["assessed"] == len(list(EXAMPLES.rglob("*.yaml")))


def test_a_rule_pack_given_as_a_partnership_says_so() -> None:
    result = invoke("assess", str(PACK / "heuvelland.yaml"))
    assert result.exit_code == 2
    assert "this is a rule pack, not a partnership file; pass its folder with --rules" in result.stderr
    assert "unknown field" not in result.stderr
    dutch = invoke("validate", str(PACK / "heuvelland.yaml"), "--lang", "nl")
    assert "dit is een regelpakket" in dutch.stderr and dutch.exit_code == 2


def test_the_rule_pack_still_works_with_rules() -> None:
    result = invoke("assess", str(EXAMPLES / "broker-ready.yaml"), "--rules", str(PACK), "--format", "json")
    assert "HVL01" in {finding["rule_id"] for finding in json.loads(result.stdout)["findings"]}


# --- one number, everywhere ---------------------------------------------------------

PROGRESS_2025, PROGRESS_2026 = str(EXAMPLES / "progress" / "2025.yaml"), str(EXAMPLES / "progress" / "2026.yaml")


def test_fail_under_judges_the_figure_the_report_shows() -> None:
    at = invoke("assess", PROGRESS_2026, "--fail-under", "90.7")
    assert "Score: 90.7/100" in at.stdout
    assert at.exit_code == 0 and at.stderr == ""
    above = invoke("assess", PROGRESS_2026, "--fail-under", "90.8")
    assert above.exit_code == 1 and "score 90.7 is below the required 90.8" in above.stderr


def test_json_shows_the_same_figure_and_keeps_the_exact_one_beside_it() -> None:
    data = json.loads(invoke("assess", PROGRESS_2026, "-f", "json").stdout)
    assert data["score"] == 90.7 and abs(data["score_exact"] - 272 / 3) < 1e-9
    assert all(theme["score"] == round(theme["score_exact"], 1) for theme in data["themes"])


def _figure(text: str) -> float:
    return float(text.replace(",", "."))


def test_every_change_in_compare_adds_up_from_the_figures_shown() -> None:
    result = invoke("compare", PROGRESS_2025, PROGRESS_2026, "--lang", "nl")
    assert "57,3 → 90,7  (+33,4)" in result.stdout
    rows = [line.split() for line in result.stdout.splitlines() if line.strip().endswith(("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"))]
    checked = 0
    for cells in rows:
        try:
            before, after, change = (_figure(cell) for cell in cells[-3:])
        except ValueError:
            continue
        assert round(after - before, 1) == change, cells
        checked += 1
    assert checked == 5  # one row per theme
    data = json.loads(invoke("compare", PROGRESS_2025, PROGRESS_2026, "-f", "json").stdout)
    assert data["score_change"] == round(data["after"]["score"] - data["before"]["score"], 1) == 33.4
    assert all(theme["change"] == round(theme["after"] - theme["before"], 1) for theme in data["themes"])


# --- Dutch numbers ---------------------------------------------------------------


def test_dutch_reports_write_a_decimal_comma_and_json_stays_numeric() -> None:
    path = str(EXAMPLES / "provider-unsorted.yaml")
    text = invoke("assess", path, "--lang", "nl").stdout
    assert "Score: 56,8/100" in text and "De totaalscore (56,8) ligt onder 60." in text
    assert "56.8" not in text and "44,1" in text
    for fmt in ("markdown", "html"):
        report = invoke("assess", path, "--lang", "nl", "-f", fmt).stdout
        assert "56,8" in report and "56.8" not in report, fmt
    assert json.loads(invoke("assess", path, "--lang", "nl", "-f", "json").stdout)["score"] == 56.8


# --- Markdown, read as CommonMark -------------------------------------------------


def markdown_sections(text: str) -> dict[str, list[list[tuple[str, list[str]]]]]:
    """Per level-2 heading (without its number and count), its lists: each item's text and its sub-items' texts."""
    from markdown_it import MarkdownIt
    from markdown_it.tree import SyntaxTreeNode

    def inline(node: SyntaxTreeNode) -> str:
        return "".join(child.content for child in node.walk() if child.type in ("text", "code_inline"))

    def item(node: SyntaxTreeNode) -> tuple[str, list[str]]:
        text = " ".join(inline(child) for child in node.children if child.type == "paragraph")
        subs = [inline(sub) for child in node.children if child.type.endswith("_list") for sub in child.children]
        return text, subs

    sections: dict[str, list[list[tuple[str, list[str]]]]] = {}
    current = ""
    for node in SyntaxTreeNode(MarkdownIt("commonmark").parse(text)).children:
        if node.type == "heading" and node.tag == "h2":
            current = inline(node).split(". ", 1)[-1].split(" (")[0]
            sections[current] = []
        elif node.type in ("ordered_list", "bullet_list") and current:
            sections[current].append([item(child) for child in node.children])
    return sections


@pytest.mark.parametrize("example", sorted(str(path.relative_to(EXAMPLES)) for path in EXAMPLES.rglob("*.yaml")))
def test_the_markdown_of_every_example_parses_to_the_intended_lists(example: str) -> None:
    path = str(EXAMPLES / example)
    data = json.loads(invoke("assess", path, "-f", "json").stdout)
    sections = markdown_sections(invoke("assess", path, "-f", "markdown").stdout)
    obstacles = [f for f in data["findings"] if f["status"] == "unmet" and f["kind"] != "benefit"]
    heading = "Obstacles to discuss, most important first"
    if obstacles:
        (items,) = sections[heading]  # one list, not one that CommonMark ends at item 10
        assert [text.split(" ", 1)[0] for text, _ in items] == [s["rule_id"] for s in data["next_steps"] if s["status"] == "unmet"]
        for text, subs in items:
            assert [sub.split(":", 1)[0] for sub in subs] == ["What to do", "Source"], text
    else:
        assert sections[heading] == []


def test_an_obstacle_list_of_more_than_nine_keeps_every_recommendation() -> None:
    sections = markdown_sections(invoke("assess", str(EXAMPLES / "provider-unsorted.yaml"), "-f", "markdown").stdout)
    (items,) = sections["Obstacles to discuss, most important first"]
    assert len(items) >= 10
    assert all(len(subs) == 2 for _, subs in items)


# --- readable at any width ----------------------------------------------------------


def _tokens(text: str) -> set[str]:
    return set(text.replace("│", " ").split())


@pytest.mark.parametrize("width", ["80", "100", "120", "140", "200"])
def test_the_summary_keeps_paths_names_and_figures_whole(width: str) -> None:
    result = invoke("assess", str(EXAMPLES), COLUMNS=width)
    summary = result.stdout[result.stdout.rindex("Summary") :]
    rows = json.loads(invoke("assess", str(EXAMPLES), "-f", "json").stdout)["summary"]["rows"]
    tokens = _tokens(summary)
    for row in rows:
        assert row["source"] in tokens, row["source"]
        missing = [word for word in row["name"].split() if word not in tokens]
        assert not missing, (row["name"], missing)
        figure = f"{row['score']:g}"
        assert figure in tokens, figure
    assert all(len(line) <= int(width) for line in summary.splitlines())


@pytest.mark.parametrize("width", ["80", "120"])
def test_the_rules_listing_keeps_titles_readable(width: str) -> None:
    listing = invoke("rules", COLUMNS=width).stdout
    rules = json.loads(invoke("rules", "--format", "json").stdout)["rules"]
    tokens = _tokens(listing)
    for rule in rules:
        assert not [word for word in rule["title"].split() if word not in tokens], rule["id"]
    if width == "80":  # too narrow for a table: each title on a line of its own
        assert all(any(rule["title"] in line for line in listing.splitlines()) for rule in rules)


# --- without colour ---------------------------------------------------------------------


def test_without_colour_bands_and_unknown_scores_read_apart() -> None:
    # the early draft scores 0 on context and has no answer at all on the workforce
    text = invoke("assess", str(EXAMPLES / "early-draft.yaml")).stdout
    bars = {line.split()[0]: line for line in text.splitlines() if "░" in line or "·" in line or "█" in line}
    legend = next(line for line in text.splitlines() if line.startswith("Band:"))
    glyphs = [legend.split("  ")[index].split()[0] for index in range(1, 5)]
    assert len(set(glyphs)) == 4, legend  # strength, borderline, concern, unknown: four marks, not one
    zero = next(line for name, line in bars.items() if name == "Context:")
    unknown = next(line for name, line in bars.items() if name == "Workforce")
    assert zero.split()[-2:] == ["0", "concern"] and unknown.split()[-2:] == ["-", "unknown"]
    assert zero.split()[3] != unknown.split()[4]  # the bars themselves differ, not only the words beside them


@pytest.mark.parametrize("width", ["80", "120"])
@pytest.mark.parametrize("example", sorted(str(path.relative_to(EXAMPLES)) for path in EXAMPLES.rglob("*.yaml")))
def test_no_line_of_plain_output_ends_in_spaces(example: str, width: str) -> None:
    for args in (["assess", str(EXAMPLES / example)], ["assess", str(EXAMPLES / example), "-q"]):
        lines = invoke(*args, COLUMNS=width).stdout.splitlines()
        assert not [line for line in lines if line != line.rstrip()], args


def test_no_line_of_a_listing_or_comparison_ends_in_spaces() -> None:
    for args in (["rules"], ["explain", "V01"], ["compare", str(EXAMPLES / "progress" / "2025.yaml"), str(EXAMPLES / "progress" / "2026.yaml")], ["assess", str(EXAMPLES)]):
        lines = invoke(*args).stdout.splitlines()
        assert lines and not [line for line in lines if line != line.rstrip()], args


# --- quiet keeps the reasons ----------------------------------------------------------


def test_quiet_gives_each_reason_for_the_verdict_on_a_line_of_its_own(tmp_path: Path) -> None:
    path = tmp_path / "partner.yaml"
    path.write_text("ambition: broker\nvision: {shared: yes}\n", encoding="utf-8")  # 2 answers: too little known
    for lang in ("en", "nl"):
        reasons = json.loads(invoke("assess", str(path), "-f", "json", "--lang", lang).stdout)["reasons"]
        lines = [line.strip() for line in invoke("assess", str(path), "-q", "--lang", lang, COLUMNS="80").stdout.splitlines()]
        assert reasons and all(f"• {reason}" in lines for reason in reasons), lines
        agenda = invoke("assess", str(path), "-q", "-f", "markdown", "--lang", lang).stdout
        assert all(reason in agenda for reason in reasons)


# --- the rules in effect ---------------------------------------------------------------


def _partnership_below_a_selecting_config(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text('[tool.tango-check]\nselect = ["vision"]\n', encoding="utf-8")
    (tmp_path / "partners").mkdir()
    path = tmp_path / "partners" / "partner.yaml"
    path.write_text((EXAMPLES / "provider-unsorted.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    return path


def test_every_report_states_a_selection_and_where_it_was_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _partnership_below_a_selecting_config(tmp_path)
    monkeypatch.chdir(tmp_path)
    from tango_check.rules import load_rules

    catalogue = len(load_rules())
    statement = f"Partial assessment: 4 of the {catalogue} rules of the core catalogue are used."
    where = "Chosen in pyproject.toml (line 2): select = vision."
    for fmt in ("text", "markdown", "html"):
        report = invoke("assess", str(path), "-f", fmt).stdout.replace("&#x27;", "'")
        assert statement in " ".join(report.split()) and where in " ".join(report.split()), fmt
        assert "(partial assessment)".casefold() in report.casefold(), fmt
    quiet = invoke("assess", str(path), "-q").stdout
    assert f"  • {statement}" in quiet.splitlines()  # -q states it too, on a line of its own
    data = json.loads(invoke("assess", str(path), "-f", "json").stdout)["rules_in_effect"]
    assert data["partial"] is True and (data["core_used"], data["core_catalogue"]) == (4, catalogue)
    assert data["chosen"] == [{"option": "select", "value": "vision", "set_in": "pyproject.toml", "line": 2}]
    assert data["text"][0] == statement


def test_the_whole_catalogue_needs_no_statement_and_added_rules_are_named() -> None:
    path = str(EXAMPLES / "broker-ready.yaml")
    plain = invoke("assess", path, "--isolated")
    assert "Rules in effect" not in plain.stdout and json.loads(invoke("assess", path, "--isolated", "-f", "json").stdout)["rules_in_effect"] is None
    extended = invoke("assess", path, "--isolated", "--extension", "--rules", str(PACK)).stdout
    assert "Rules in effect" in extended and "partial assessment" not in extended.casefold()
    assert "rules of the extension pack; 1 rule from " in " ".join(extended.split())


def test_leaving_out_the_precondition_warns_and_calls_the_result_partial() -> None:
    result = invoke("assess", str(EXAMPLES / "no-shared-vision.yaml"), "--ignore", "V01", "--isolated", "--lang", "nl")
    assert "waarschuwing: de basisvoorwaarde V01 is weggelaten" in result.stderr
    assert "Oordeel: KLAAR, ONDER VOORWAARDEN (GEDEELTELIJKE BEOORDELING)" in result.stdout
    assert "Weggelaten: de basisvoorwaarde V01" in " ".join(result.stdout.split())
    assert "warning" not in invoke("assess", str(EXAMPLES / "no-shared-vision.yaml"), "--ignore", "O12", "--isolated").stderr


# --- compare two different partnerships ----------------------------------------------


def test_compare_warns_when_the_two_are_different_partnerships(tmp_path: Path) -> None:
    other = invoke("compare", str(EXAMPLES / "broker-ready.yaml"), str(EXAMPLES / "provider-unsorted.yaml"))
    assert "warning: these may be two different partnerships" in other.stderr
    assert "the care organisation: 'Zorggroep De Linde', now 'Thuiszorg Het Baken'" in other.stderr
    data = json.loads(invoke("compare", str(EXAMPLES / "broker-ready.yaml"), str(EXAMPLES / "provider-unsorted.yaml"), "-f", "json").stdout)
    assert data["same_partnership"] is False
    saved = tmp_path / "2025.json"
    saved.write_text(invoke("assess", PROGRESS_2025, "-f", "json", "--lang", "nl").stdout, encoding="utf-8")
    for first in (PROGRESS_2025, str(saved)):  # a file, or a result saved in another language: the same partnership
        same = invoke("compare", first, PROGRESS_2026)
        assert same.stderr == "", first
    assert json.loads(invoke("compare", PROGRESS_2025, PROGRESS_2026, "-f", "json").stdout)["same_partnership"] is True


# --- explain names the place in the catalogue -----------------------------------------


def test_explain_shows_where_a_rule_lives_in_the_catalogue_not_the_install_path() -> None:
    from tango_check.rules import shipped_path

    assert invoke("explain", "V01").stdout.rstrip().endswith("defined in rules/vision.yaml:5")
    assert json.loads(invoke("explain", "X01", "--format", "json").stdout)["origin"].startswith("rules/extension/")
    assert invoke("explain", "DV01").stdout.rstrip().splitlines()[-1].strip().startswith("defined in tango_check/view_checks.yaml:")
    installed = Path(__file__).parent / "somewhere" / "site-packages"  # a file outside the package stays as given
    assert shipped_path(str(installed)) == str(installed)


# --- usage errors in the user's language ----------------------------------------------

FRAMEWORK_WORDS = ("Input should", "Value error", "Invalid value", "No such", "Traceback", "Try '", "Usage:", "unable to parse")


@pytest.mark.parametrize(
    ("args", "english", "dutch"),
    [
        (["--lang", "de"], "'de' is not a possible value for --lang; choose one of: nl, en", "'de' is geen mogelijke waarde voor --lang; kies uit: nl, en"),
        (["--fail-under", "abc"], "--fail-under takes a number from 0 to 100, not 'abc'", "--fail-under verwacht een getal van 0 tot en met 100, niet 'abc'"),
        (["--fail-under", "120"], "--fail-under takes a number from 0 to 100, not '120'", "--fail-under verwacht een getal van 0 tot en met 100, niet '120'"),
        (["-f", "pdf"], "'pdf' is not a possible value for --format; choose one of: text, json, markdown, html", "'pdf' is geen mogelijke waarde voor --format"),
        (["--colour", "never"], "unknown option --colour; did you mean '--color'?", "onbekende optie --colour; bedoelt u '--color'?"),
        (["--lang"], "--lang needs a value", "--lang heeft een waarde nodig"),
    ],
)
def test_usage_errors_speak_the_users_language_in_our_own_words(args: list[str], english: str, dutch: str) -> None:
    path = str(EXAMPLES / "broker-ready.yaml")
    for lang, expected in (("en_GB.UTF-8", english), ("nl_NL.UTF-8", dutch)):
        result = invoke("assess", path, *args, LANG=lang)
        assert result.exit_code == 2 and result.stdout == ""
        assert expected in result.stderr, result.stderr
        assert not [word for word in FRAMEWORK_WORDS if word in result.stderr], result.stderr
    chosen = invoke("assess", path, "--lang", "nl", *args, LANG="en_GB.UTF-8").stderr if args[0] != "--lang" else ""
    assert not chosen or dutch in chosen  # --lang, where given, wins over the locale


def test_an_unknown_command_or_argument_in_our_own_words() -> None:
    assert "onbekende opdracht 'asess'; bedoelt u 'assess'?" in invoke("asess", LANG="nl_NL.UTF-8").stderr
    extra = invoke("explain", "V01", "V02")
    assert extra.exit_code == 2 and "unexpected argument: V02" in extra.stderr and "See 'tango-check explain --help'." in extra.stderr
    missing = invoke("assess", LANG="nl_NL.UTF-8")
    assert missing.exit_code == 2 and "PATHS ontbreekt" in missing.stderr


def _help_texts() -> list[str]:
    """Every help text of every command and option of tango-check, as Typer builds them."""
    import typer
    from typer.main import get_command

    root = get_command(app)
    texts: list[str] = []

    def walk(command) -> None:
        context = typer.Context(command, help_option_names=["-h", "--help"])
        texts.extend(item.help for item in (command, *command.get_params(context)) if item.help)
        for sub in getattr(command, "commands", {}).values():
            walk(sub)

    walk(root)
    return texts


def test_help_follows_the_locale_and_lang() -> None:
    dutch = invoke("assess", "--help", LANG="nl_NL.UTF-8", COLUMNS="200").stdout
    assert "Gebruik: tango-check assess" in dutch and "Opties" in dutch
    assert "Uitvoervorm: text (rapport in kleur), json, markdown (gespreksagenda)" in dutch
    assert "Output format" not in dutch and "Show this message" not in dutch
    english = invoke("assess", "--help", "--lang", "en", LANG="nl_NL.UTF-8", COLUMNS="200").stdout
    assert "Usage: tango-check assess" in english and "Output format: text (coloured report)" in english
    assert "Opties" not in invoke("--help", COLUMNS="200").stdout  # a Dutch help leaves nothing Dutch behind


def test_every_help_text_has_its_dutch_translation() -> None:
    from tango_check.help_text import DUTCH

    missing = [text for text in _help_texts() if text not in DUTCH]
    assert not missing, missing


# --- one vocabulary, one way of counting, each advice once ------------------------------

TWO_FILES = [str(EXAMPLES / "two-files" / "cooperative.yaml"), "--with", str(EXAMPLES / "two-files" / "care-organisation.yaml")]


def _plain_html(text: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", " ", text))


def test_severity_has_one_word_in_every_output() -> None:
    path = str(EXAMPLES / "no-shared-vision.yaml")
    outputs = {
        "explain": invoke("explain", "V01").stdout,
        "rules": invoke("rules", COLUMNS="200").stdout,
        "text": invoke("assess", path).stdout,
        "markdown": invoke("assess", path, "-f", "markdown").stdout,
        "html": _plain_html(invoke("assess", path, "-f", "html").stdout),
    }
    for name, text in outputs.items():
        assert "precondition" in text, name
        assert " gate" not in text and "major" not in text, name
    assert "important" in outputs["rules"] and "important" in invoke("explain", "O02").stdout


def test_every_format_counts_the_same_sections_with_the_same_words() -> None:
    def counts(text: str) -> dict[str, int]:
        import re

        return {m[1].strip(" #*0123456789."): int(m[2]) for m in re.finditer(r"([A-Za-z][^\n(]*?) \((\d+)\)", text)}

    text = counts(invoke("assess", *TWO_FILES).stdout)
    markdown = counts(invoke("assess", *TWO_FILES, "-f", "markdown").stdout)
    html = counts(_plain_html(invoke("assess", *TWO_FILES, "-f", "html").stdout))
    sections = ("Obstacles to discuss, most important first", "Open questions", "What already goes well", "Benefits in sight")
    assert [text[s] for s in sections] == [markdown[s] for s in sections] == [html[s] for s in sections]
    data = json.loads(invoke("assess", *TWO_FILES, "-f", "json").stdout)
    met = [f for f in data["findings"] if f["status"] == "met"]
    assert text["Benefits in sight"] == sum(f["kind"] == "benefit" for f in met)
    assert text["What already goes well"] == sum(f["kind"] != "benefit" for f in met)


def test_counts_are_of_rules_and_an_open_question_says_why_it_is_open() -> None:
    out = " ".join(invoke("assess", *TWO_FILES).stdout.split())
    data = json.loads(invoke("assess", *TWO_FILES, "-f", "json").stdout)
    assert f"({data['answered']} of {data['applicable']} applicable rules could be assessed)" in out
    assert "questions answered" not in out
    assert "O10 Have the partners agreed how risks are covered? (the two partners answer it differently; see Two views)" in out


def test_each_recommendation_appears_once_in_every_report() -> None:
    path = str(EXAMPLES / "provider-unsorted.yaml")
    data = json.loads(invoke("assess", path, "-f", "json").stdout)
    advice = [f["recommendation"] for f in data["findings"] if f["status"] == "unmet"]
    for fmt in ("text", "markdown", "html"):
        report = " ".join(invoke("assess", path, "-f", fmt, COLUMNS="2000").stdout.split()).replace("&#x27;", "'")
        assert all(report.count(" ".join(text.split())) == 1 for text in advice), fmt


def test_counted_words_agree_with_their_number_and_dutch_reads_as_dutch() -> None:
    assert invoke("rules", "validate", str(PACK)).stdout == "1 rule in 1 file: valid\n"
    assert invoke("rules", "test", str(PACK), "--lang", "nl").stdout == "1 regel, 3 gevallen: alle geslaagd\n"
    twice = str(EXAMPLES / "broker-ready.yaml")  # named twice, assessed once: a batch of one file
    assert "1 file: 1 assessed" in invoke("assess", twice, twice).stdout
    from tango_check.i18n import MESSAGES

    dutch = " ".join(entry["nl"] for entry in MESSAGES.values())
    for wrong in ("een voor een", "onvoldaan", "(s)", "bestand(en)", "probleem/problemen"):
        assert wrong not in dutch, wrong
    assert "(verbeterd)" in invoke("compare", PROGRESS_2025, PROGRESS_2026, "--lang", "nl").stdout


# --- the HTML report: date, page numbers, file name, the two-views table, the conditions ----------


def test_the_html_report_is_dated_numbered_in_print_and_names_only_the_file(tmp_path: Path) -> None:
    import re

    partner = tmp_path / "private-folder" / "partner.yaml"
    partner.parent.mkdir()
    partner.write_text((EXAMPLES / "broker-ready.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    page = invoke("assess", str(partner), "-f", "html", "--lang", "nl", SOURCE_DATE_EPOCH="1764720000").stdout
    assert '<p class="date">Beoordeeld op 3 december 2025</p>' in page
    assert "Gemaakt met tango-check" in page and "uit partner.yaml op 3 december 2025." in page
    assert "private-folder" not in page and str(tmp_path) not in page
    margins = re.search(r"@page \{ @bottom-left \{[^}]*\}\s*@bottom-right \{([^}]*)\} \}", page)
    assert margins and 'counter(page) " / " counter(pages)' in margins[1]
    markdown = invoke("assess", str(partner), "-f", "markdown", SOURCE_DATE_EPOCH="1764720000").stdout
    assert "Assessed on 3 December 2025" in markdown


def test_the_html_two_views_table_gives_the_question_the_room() -> None:
    page = invoke("assess", *TWO_FILES, "-f", "html").stdout
    css = page[page.index("<style>") : page.index("</style>")]
    assert "table.views td:last-child { white-space: nowrap; }" not in css  # the status wraps like any other cell
    assert "table.views { table-layout: fixed; }" in css
    assert "table.views th:first-child { width: 38%; }" in css


def test_the_html_verdict_carries_its_conditions() -> None:
    import re

    page = invoke("assess", *TWO_FILES, "-f", "html").stdout
    box = re.search(r'<div class="verdict verdict-ready_with_conditions">(.*?)</div>', page, flags=re.S)
    assert box, "no verdict box"
    label, conditions, score = box[1].index("ready with conditions"), box[1].index("The conditions"), box[1].index("Score:")
    assert label < conditions < score  # the condition right under the verdict, above the all-100 chart
    assert "A difference between the partners is not bridged" in box[1]


# --- one example, figure for figure and word for word, in text, Markdown, HTML and JSON ------------

GOLDEN_SECTIONS = ("report.obstacles_to_discuss", "report.open_questions", "report.goes_well", "report.benefits")


def _from_json(data: dict, lang: str) -> dict:
    from tango_check.i18n import translate
    from tango_check.scoring import band, format_score

    themes = [(t["title"], format_score(t["score"], lang), translate(f"band.{t['band']}", lang)) for t in data["themes"]]
    themes.append((translate("report.overall", lang), format_score(data["score"], lang), translate(f"band.{band(data['score'])}", lang)))
    steps, findings = data["next_steps"], data["findings"]
    ids = {
        "report.obstacles_to_discuss": [s["rule_id"] for s in steps if s["status"] == "unmet"],
        "report.open_questions": [s["rule_id"] for s in steps if s["status"] == "unknown"],
        "report.goes_well": [f["rule_id"] for f in findings if f["status"] == "met" and f["kind"] != "benefit"],
        "report.benefits": [f["rule_id"] for f in findings if f["status"] == "met" and f["kind"] == "benefit"],
    }
    answered = translate("report.answered", lang, known=data["answered"], total=data["applicable"])
    return {
        "verdict": data["verdict_text"],
        "score": format_score(data["score"], lang),
        "answered": answered,
        "reasons": data["reasons"],
        "themes": themes,
        "sections": {  # the obstacles and what goes well always have a section, even an empty one
            translate(key, lang): value for key, value in ids.items() if value or key in GOLDEN_SECTIONS[::2]
        },
    }


def _from_text(text: str, lang: str) -> dict:
    import re

    from tango_check.i18n import translate

    verdict = re.search(rf"^{translate('report.verdict', lang)}: (.+?)   {translate('report.score', lang)}: (\S+)/100   \((.+)\)$", text, re.M)
    themes = [(m[1].strip(), m[2], m[3]) for m in re.finditer(r"^ (\S.*?)\s+[█▓▒░·]{20}\s+(\S+)\s+(\S+)$", text, re.M)]
    sections, current = {}, None
    for line in text.splitlines():
        heading = re.match(r"^(\S.*) \((\d+)\)$", line)
        if heading:
            current = heading[1]
            sections[current] = []
        elif current and (item := re.match(r"^  (?:\d+\.|✓|\+)\s+([A-Z]+\d+) ", line)):
            sections[current].append(item[1])
        elif not line.strip():
            current = None
    reasons = re.findall(r"^  •  (.+)$", text, re.M)
    assert verdict, text[:500]
    return {"verdict": verdict[1].lower(), "score": verdict[2], "answered": verdict[3], "reasons": reasons, "themes": themes, "sections": sections}


def _from_markdown(text: str, lang: str) -> dict:
    import re

    from tango_check.i18n import translate

    verdict = re.search(rf"^## 1\. {translate('report.verdict', lang)}: (.+)$", text, re.M)
    score = re.search(rf"^\*\*{translate('report.score', lang)}: (\S+)/100\*\* \((.+)\)$", text, re.M)
    table = text[text.index(f"| {translate('report.theme', lang)} |") : text.index(f"{translate('report.band', lang)}: ")]
    rows = re.findall(r"^\| (.+?) \| (\S+?) \| (.+?) \|$", table, re.M)
    themes = [tuple(cell.strip("*") for cell in row) for row in rows[2:]]
    unescape = lambda s: re.sub(r"\\(.)", r"\1", s)  # noqa: E731
    counted = dict(re.findall(r"^## \d+\. (.+) \((\d+)\)$", text, re.M))
    lists = markdown_sections(text)
    sections = {heading: [item.split(" ", 1)[0] for items in lists.get(heading, []) for item, _ in items] for heading in counted}
    first = text.index("**", text.index(score[0]) + len(score[0]))
    reasons = [unescape(r) for r in re.findall(r"^- (.+)$", text[first : text.index("| ")], re.M)]
    return {"verdict": verdict[1], "score": score[1], "answered": score[2], "reasons": reasons, "themes": themes, "sections": sections}


def _from_html(page: str, lang: str) -> dict:
    import html
    import re

    from tango_check.i18n import translate

    label = re.search(r'<span class="label">[^:]+: (.*?)</span>', page)
    score = re.search(rf"<p>{translate('report.score', lang)}: (\S+)/100 \((.*?)\)</p>", page)
    box = re.search(r'<p class="why">.*?<ul>(.*?)</ul>', page)
    bars = re.findall(r'<g class="bar band-\w+"><text[^>]*>(.*?)</text>.*?<text[^>]*>(\S+) <tspan[^>]*>(.*?)</tspan>', page)
    sections = {
        html.unescape(m[1]): re.findall(r'<span class="rule-id">(\w+)</span>', m[3])
        for m in re.finditer(r'<h2>(.*?) \((\d+)\)</h2>\n<(ol|ul) class="findings">(.*?)</\3>', page)
        for m in [(m[0], m[1], m[2], m[4])]
    }
    return {
        "verdict": html.unescape(label[1]),
        "score": score[1],
        "answered": html.unescape(score[2]),
        "reasons": [html.unescape(r) for r in re.findall(r"<li>(.*?)</li>", box[1])],
        "themes": [tuple(html.unescape(cell) for cell in bar) for bar in bars],
        "sections": sections,
    }


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("example", ["provider-unsorted.yaml", "early-draft.yaml"])
def test_one_example_reads_the_same_in_text_markdown_html_and_json(example: str, lang: str) -> None:
    path = str(EXAMPLES / example)
    expected = _from_json(json.loads(invoke("assess", path, "-f", "json", "--lang", lang).stdout), lang)
    readings = {
        "text": _from_text(invoke("assess", path, "--lang", lang, COLUMNS="2000").stdout, lang),
        "markdown": _from_markdown(invoke("assess", path, "-f", "markdown", "--lang", lang).stdout, lang),
        "html": _from_html(invoke("assess", path, "-f", "html", "--lang", lang).stdout, lang),
    }
    for name, reading in readings.items():
        for key in ("verdict", "score", "answered", "reasons", "themes", "sections"):
            assert reading[key] == expected[key], (name, key)


@pytest.mark.parametrize("width", ["80", "120"])
@pytest.mark.parametrize("example", sorted(str(path.relative_to(EXAMPLES)) for path in EXAMPLES.rglob("*.yaml")))
def test_the_text_report_keeps_names_and_paths_whole(example: str, width: str) -> None:
    path = str(EXAMPLES / example)
    data = json.loads(invoke("assess", path, "-f", "json").stdout)
    names = [data["partnership"]["name"], *data["partnership"]["parties"].values()]
    for args in ([path], [path, path]):  # alone, and in a batch with its path above the report and in the summary
        tokens = _tokens(invoke("assess", *args, COLUMNS=width).stdout.replace("─", " "))
        assert not [word for name in names for word in name.split() if word not in tokens], (args, names)
    assert path in _tokens(invoke("assess", path, path, COLUMNS=width).stdout.replace("─", " "))


@pytest.mark.parametrize("width", ["50", "80", "120"])
def test_history_keeps_file_names_whole(width: str) -> None:
    out = invoke("history", PROGRESS_2025, PROGRESS_2026, COLUMNS=width).stdout
    tokens = _tokens(out)
    assert {"2025.yaml", "2026.yaml"} <= {PurePath(token).name for token in tokens}
    assert not [line for line in out.splitlines() if len(line) > int(width) or line != line.rstrip()]
