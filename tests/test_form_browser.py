"""The questionnaire page of `tango-check form` in a real browser: headless Chromium, driven by Playwright.

A person fills in the form, saves, and the file the browser downloads must
pass `tango-check validate` and assess as the same answers typed into a file
would; opened again, it restores every answer. The page must make no network
request, refuse a file it cannot use without changing an answer, work with the
keyboard alone and on a phone, and pass the axe-core accessibility rules.
Without Chromium these tests are skipped with a reason on a user's machine and
fail in CI (the `chromium` fixture in conftest.py).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import CHROMIUM_FLAGS, EXAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import Browser, Page, sync_playwright
from typer.testing import CliRunner

from tango_check import __version__
from tango_check.cli import app
from tango_check.loading import load_document
from tango_check.outline import field_catalog

runner = CliRunner()

# The state of every question as the DOM shows it, read without the page's own script:
# a text field's value, or the values of the ticked inputs.
READ_STATE = """() => Object.fromEntries([...document.querySelectorAll('fieldset[data-field]')].map(f => {
  const inputs = [...f.querySelectorAll('input')];
  const kind = f.dataset.kind;
  return [f.dataset.field, kind === 'text' ? inputs[0].value : inputs.filter(i => i.checked).map(i => i.value)];
}))"""

# The page empties the open control once it has dealt with the chosen file.
OPEN = '[data-action="open"]'


def _read_done(page: Any) -> None:
    """Wait until the page has read the chosen file (it then clears the open control).

    Not `wait_for_function` with a string: while it polls, older Playwright
    evaluates the string in the page, which the page's CSP (no 'unsafe-eval')
    refuses. `expect` runs in Playwright's own isolated world.
    """
    from playwright.sync_api import expect

    expect(page.locator(OPEN)).to_have_value("")


@pytest.fixture(scope="module")
def browser(chromium: str) -> Iterator[Browser]:
    with sync_playwright() as playwright:
        # Playwright adds its own headless switch.
        launched = playwright.chromium.launch(
            executable_path=chromium, args=[flag for flag in CHROMIUM_FLAGS if flag != "--headless"]
        )
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def forms(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """The page `tango-check form` writes for these options, made once per module."""
    folder = tmp_path_factory.mktemp("forms")
    made: dict[tuple[str, ...], Path] = {}

    def make(*options: str) -> Path:
        if options not in made:
            target = folder / f"form-{len(made)}.html"
            result = runner.invoke(app, ["form", str(target), *options])
            assert result.exit_code == 0, result.stderr
            made[options] = target
        return made[options]

    return make


class Visit:
    """One page in a fresh browser context, with every request and script error it caused."""

    def __init__(self, browser: Browser, path: Path, **context: Any):
        self.context = browser.new_context(accept_downloads=True, **context)
        self.page: Page = self.context.new_page()
        self.requests: list[str] = []
        self.failed: list[tuple[str, str | None]] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("requestfailed", lambda request: self.failed.append((request.url, request.failure)))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        self.url = path.as_uri()
        self.page.goto(self.url)

    def question(self, field: str) -> Any:
        return self.page.locator(f'fieldset[data-field="{field}"]')

    def fill(self, answers: dict[str, Any]) -> None:
        """Answer as a person would, by clicking the choices and typing the texts."""
        for field, value in answers.items():
            question = self.question(field)
            kind = question.get_attribute("data-kind")
            if kind == "text":
                question.locator("input").fill(value)
            elif kind == "choice":
                question.locator(f'input[value="{value}"]').check()
            else:
                for item in value or ["[]"]:
                    question.locator(f'input[value="{item}"]').check()

    def state(self) -> dict[str, Any]:
        return self.page.evaluate(READ_STATE)

    def save(self, target: Path) -> Path:
        with self.page.expect_download() as download:
            self.page.click('[data-action="save"]')
        path = target / download.value.suggested_filename
        download.value.save_as(path)
        return path

    def open(self, path: Path) -> str:
        """Choose a file with the open control; the message the page shows once it has read it."""
        self.page.set_input_files('[data-action="open"]', str(path))
        _read_done(self.page)
        return self.page.locator("#message").inner_text()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser: Browser) -> Iterator[Callable[..., Visit]]:
    visits: list[Visit] = []

    def start(path: Path, **context: Any) -> Visit:
        visits.append(Visit(browser, path, **context))
        return visits[-1]

    yield start
    for each in visits:
        each.close()
    for each in visits:
        assert each.errors == [], f"the page reported errors: {each.errors}"
        # one request: the page itself, from the file; nothing else, ever
        assert each.requests == [each.url]


def answers_of(path: Path, fields: list[str]) -> dict[str, Any]:
    """The answers of a partnership file, by dotted path, for the given questions."""
    data = load_document(path).data
    answers = {}
    for field in fields:
        value: Any = data
        for key in field.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if value is not None:
            answers[field] = value
    return answers


def leaves(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Every answered field of a partnership file's data, by dotted path."""
    found = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            found.update(leaves(value, f"{path}."))
        elif path != "schema_version":
            found[path] = value
    return found


def unordered(answers: dict[str, Any]) -> dict[str, Any]:
    return {field: sorted(value) if isinstance(value, list) else value for field, value in answers.items()}


def fields_of(visit: Visit) -> list[str]:
    return visit.page.eval_on_selector_all("fieldset[data-field]", "all => all.map(f => f.dataset.field)")


def assess(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["assess", *args, "--format", "json", "--isolated"])
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("lang", "example", "verdict"),
    [("en", "broker-ready.yaml", "ready"), ("nl", "provider-unsorted.yaml", "not_ready")],
)
def test_a_filled_in_form_saves_a_file_the_tool_reads_and_assesses(
    visit: Callable[..., Visit], forms: Callable[..., Path], tmp_path: Path, lang: str, example: str, verdict: str
) -> None:
    page = visit(forms("--lang", lang))
    answers = answers_of(EXAMPLES / example, fields_of(page))
    page.fill(answers)
    saved = page.save(tmp_path)
    assert saved.name == ("answers.yaml" if lang == "en" else "antwoorden.yaml")
    text = saved.read_text(encoding="utf-8")
    today = datetime.date.today()
    assert text.splitlines()[0] == (
        f"# Answers saved with the questionnaire of tango-check {__version__} on {today.isoformat()}."
        if lang == "en"
        else f"# Antwoorden opgeslagen met de vragenlijst van tango-check {__version__} op {today.day}-{today.month}-{today.year}."
    )
    result = runner.invoke(app, ["validate", str(saved)])
    assert result.exit_code == 0, result.stderr
    # exactly what was filled in, nothing else (several choices in the order of the answers)
    assert unordered(leaves(load_document(saved).data)) == unordered(answers)
    mine, theirs = assess(str(saved)), assess(str(EXAMPLES / example))
    assert mine["verdict"] == theirs["verdict"] == verdict
    assert mine["score"] == theirs["score"]
    progress = page.page.inner_text("#progress-text")
    total = len(fields_of(page))
    assert progress == (f"{len(answers)} of {total} questions answered" if lang == "en" else f"{len(answers)} van de {total} vragen beantwoord")


def test_each_partner_fills_in_its_own_form_and_the_two_are_assessed_together(
    visit: Callable[..., Visit], forms: Callable[..., Path], tmp_path: Path
) -> None:
    saved = {}
    for side, example in (("cooperative", "cooperative.yaml"), ("care_organisation", "care-organisation.yaml")):
        page = visit(forms("--lang", "en", "--perspective", side, "--all"))
        given = leaves(load_document(EXAMPLES / "two-files" / example).data)
        answers = answers_of(EXAMPLES / "two-files" / example, fields_of(page))
        assert set(given) - set(answers) == {"perspective"}  # the form asks everything the example answers
        page.fill({**answers, "respondent.role": "coordinator", "respondent.name": "Anna de Vries"})
        folder = tmp_path / side
        folder.mkdir()
        saved[side] = page.save(folder)
        assert saved[side].name == f"answers-{side.replace('_', '-')}-coordinator-anna-de-vries.yaml"
        data = load_document(saved[side]).data
        assert data["perspective"] == side and data["respondent"] == {"role": "coordinator", "name": "Anna de Vries"}
    together = assess(str(saved["cooperative"]), "--with", str(saved["care_organisation"]))
    examples = assess(str(EXAMPLES / "two-files" / "cooperative.yaml"), "--with", str(EXAMPLES / "two-files" / "care-organisation.yaml"))
    assert together["verdict"] == examples["verdict"] == "ready_with_conditions"
    assert together["score"] == examples["score"]


def test_many_respondents_fill_in_forms_and_are_assessed_together(
    visit: Callable[..., Visit], forms: Callable[..., Path], tmp_path: Path
) -> None:
    examples = [EXAMPLES / "respondents" / name for name in (
        "cooperative-1.yaml", "cooperative-2.yaml", "care-organisation-1.yaml", "care-organisation-2.yaml"
    )]
    for number, example in enumerate(examples):
        side = load_document(example).data["perspective"]
        page = visit(forms("--lang", "nl", "--perspective", side, "--all"))
        answers = answers_of(example, fields_of(page))
        assert set(leaves(load_document(example).data)) - set(answers) <= {"perspective"}
        page.fill(answers)
        folder = tmp_path / str(number)
        folder.mkdir()
        page.save(folder).rename(tmp_path / f"{number}.yaml")
    mine = assess(*[str(tmp_path / f"{number}.yaml") for number in range(len(examples))], "--together")
    theirs = assess(*map(str, examples), "--together")
    assert mine["verdict"] == theirs["verdict"] and mine["score"] == theirs["score"]
    assert mine["respondents"] == theirs["respondents"]
    assert mine["respondents"]["cooperative"]["count"] == 2


def test_opening_saved_answers_restores_every_answer(
    visit: Callable[..., Visit], forms: Callable[..., Path], tmp_path: Path
) -> None:
    path = forms("--lang", "en", "--all")
    first = visit(path)
    answers = answers_of(EXAMPLES / "two-views-bridged.yaml", fields_of(first))
    first.fill({**answers, "respondent.role": "board", "benefits.care_organisation_seeks": []})
    filled = first.state()
    saved = first.save(tmp_path)

    again = visit(path)
    message = again.open(saved)
    assert message.startswith(f"Opened {saved.name}: the answers in it are filled in")
    assert again.state() == filled
    assert again.state()["benefits.care_organisation_seeks"] == ["[]"]  # "none of these" comes back as itself
    assert again.page.inner_text("#progress-text") == first.page.inner_text("#progress-text")
    (tmp_path / "again").mkdir()
    resaved = again.save(tmp_path / "again")
    assert load_document(resaved).data == load_document(saved).data


def test_any_partnership_file_opens_and_what_the_form_does_not_ask_is_named(
    visit: Callable[..., Visit], forms: Callable[..., Path]
) -> None:
    page = visit(forms("--lang", "en"))
    example = EXAMPLES / "two-views-bridged.yaml"  # flow mappings, comments, and a views: section
    message = page.open(example)
    asked = fields_of(page)
    state = page.state()
    for field, value in answers_of(example, asked).items():
        kind = field_catalog()[field].kind
        assert state[field] == {"text": value, "choice": [value], "choices": value}[kind]
    assert "not asked in this form and will not be in the file you save: views.cooperative.vision.shared," in message
    assert page.page.get_attribute("#message", "role") == "status"


def test_a_dated_file_opens_and_its_date_is_named_as_not_asked(
    visit: Callable[..., Visit], forms: Callable[..., Path], tmp_path: Path
) -> None:
    dated = tmp_path / "dated.yaml"
    dated.write_text("assessed_on: 2026-03-01\nambition: broker\n", encoding="utf-8")
    page = visit(forms("--lang", "en"))
    message = page.open(dated)
    assert message.startswith("Opened dated.yaml") and "will not be in the file you save: assessed_on" in message
    assert page.state()["ambition"] == ["broker"]


BAD_FILES = {
    "unknown-field.yaml": ("vision:\n  sharred: yes\n", "unknown field 'vision.sharred'; did you mean 'shared'?"),
    "wrong-answer.yaml": ("ambition: brokr\n", "'brokr' is not an allowed answer for 'ambition'; choose one of: 'broker', 'provider', 'undecided', 'unknown'; did you mean 'broker'?"),
    "a-list.yaml": ("- vision\n- ambition\n", "the file must be a mapping of fields (such as 'partners:'), not a list"),
    "broken.yaml": ("vision: {shared: yes\n", "broken.yaml:2:1: invalid YAML:"),
    "notes.txt": ("Dear coordinator, here are my answers.\n", "not a single value"),
    "twice.yaml": ("name: a\nname: b\n", "invalid YAML: duplicated mapping key"),
    "empty.yaml": ("# only a comment\n", "the file is empty: it holds no answers"),
    "huge.yaml": ("name: x\n" + "# notes\n" * 70_000, "the file is larger than 512 kB"),
    "bad-date.yaml": ("assessed_on: 2026-02-30\n", "'assessed_on' must be a date written as YYYY-MM-DD"),
    "picture.yaml": ("\x89PNG\r\n\x1a\n\x00\x00", "binary data"),
    "wrong-list.yaml": ("benefits:\n  cooperative_seeks: volunteers\n", "'benefits.cooperative_seeks' must be a list"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_file_it_cannot_use_is_refused_with_a_message_and_changes_no_answer(
    visit: Callable[..., Visit], forms: Callable[..., Path], tmp_path: Path, name: str
) -> None:
    content, expected = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_text(content, encoding="utf-8")
    page = visit(forms("--lang", "en"))
    page.fill({"name": "De Linde", "vision.shared": "partly", "benefits.cooperative_seeks": ["volunteers"]})
    before = page.state()
    message = page.open(bad)
    assert message.startswith(f"{name} was not opened; no answer was changed.")
    assert expected in message
    assert page.page.get_attribute("#message", "role") == "alert"
    assert page.state() == before


def test_opening_a_file_over_unsaved_answers_asks_first(
    visit: Callable[..., Visit], forms: Callable[..., Path], tmp_path: Path
) -> None:
    page = visit(forms("--lang", "en"))
    page.fill({"vision.shared": "partly"})
    asked = []

    def answer(dialog: Any, accept: bool) -> None:
        asked.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    page.page.once("dialog", lambda dialog: answer(dialog, accept=False))
    page.page.set_input_files('[data-action="open"]', str(EXAMPLES / "broker-ready.yaml"))
    _read_done(page.page)
    assert asked == ["Replace the answers on this page with those in broker-ready.yaml? The answers you have not saved will be lost."]
    assert page.state()["vision.shared"] == ["partly"]  # kept
    page.page.once("dialog", lambda dialog: answer(dialog, accept=True))
    page.open(EXAMPLES / "broker-ready.yaml")
    assert page.state()["vision.shared"] == ["yes"]
    page.save(tmp_path)  # saved: opening another file asks nothing
    page.open(EXAMPLES / "provider-unsorted.yaml")
    assert len(asked) == 2 and page.state()["ambition"] == ["provider"]


def test_a_form_for_one_partner_refuses_the_other_partners_file(
    visit: Callable[..., Visit], forms: Callable[..., Path]
) -> None:
    page = visit(forms("--lang", "nl", "--perspective", "cooperative"), viewport={"width": 800, "height": 700})
    before = page.state()
    page.page.evaluate("window.scrollTo(0, document.body.scrollHeight)")  # far down the page
    message = page.open(EXAMPLES / "two-files" / "care-organisation.yaml")
    assert "dit bestand geeft de blik van de zorgorganisatie; deze vragenlijst vraagt naar de blik van de coöperatie" in message
    assert page.state() == before
    # the message is in view wherever the person is, and goes when they close it
    box = page.page.locator("#message").bounding_box()
    assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= 700
    page.page.get_by_role("button", name="Dit bericht sluiten").click()
    assert page.page.locator("#message").is_hidden()
    assert page.page.evaluate("document.activeElement.dataset.action") == "save"


def test_the_page_sends_nothing_anywhere(visit: Callable[..., Visit], forms: Callable[..., Path], tmp_path: Path) -> None:
    page = visit(forms("--lang", "en"))
    page.fill({"name": "Eikenhorst", "vision.shared": "yes"})
    page.save(tmp_path)
    page.open(EXAMPLES / "broker-ready.yaml")
    # Even a script that tried would be stopped by the page's Content-Security-Policy.
    blocked = page.page.evaluate(
        """async () => {
          const violations = [];
          document.addEventListener('securitypolicyviolation', e => violations.push(e.violatedDirective));
          let fetched = 'sent';
          try { await fetch('http://127.0.0.1:9/answers', {method: 'POST', body: 'x'}); } catch (error) { fetched = 'refused'; }
          const image = new Image(); image.src = 'http://127.0.0.1:9/pixel.png';
          await new Promise(resolve => setTimeout(resolve, 200));
          return {fetched, violations};
        }"""
    )
    assert blocked["fetched"] == "refused"
    assert {"connect-src", "img-src"} <= set(blocked["violations"])
    assert page.errors and all("Content Security Policy" in error for error in page.errors)
    page.errors.clear()  # the browser's reports of what it blocked, which the `visit` fixture would count
    # The image was asked for, and blocked before it left the browser.
    assert [url for url, reason in page.failed if "csp" in (reason or "").lower()] == ["http://127.0.0.1:9/pixel.png"]
    page.requests.remove("http://127.0.0.1:9/pixel.png")
    # the `visit` fixture checks that the page itself was the only request


def test_one_question_of_each_kind(visit: Callable[..., Visit], forms: Callable[..., Path], tmp_path: Path) -> None:
    page = visit(forms("--lang", "en", "--perspective", "cooperative"))
    hostile = '  Zorg "De Linde": #1 \\ yes, null & <b>1.10</b> — ☂ '
    # a choice: "don't know" is an answer, written as unknown
    page.fill({"vision.shared": "unknown"})
    # a choice without unknown among its answers: "don't know" writes nothing
    page.question("respondent.role").locator('input[value=""]').check()
    # several choices: "none of these" and the answers exclude each other
    page.fill({"benefits.cooperative_seeks": ["volunteers", "facilities"]})
    page.question("benefits.cooperative_seeks").locator('input[value="[]"]').check()
    assert page.state()["benefits.cooperative_seeks"] == ["[]"]
    page.fill({"benefits.care_organisation_seeks": []})
    page.question("benefits.care_organisation_seeks").locator('input[value="legitimacy"]').check()
    assert page.state()["benefits.care_organisation_seeks"] == ["legitimacy"]
    # text: anything a person types comes back as typed (trimmed)
    page.fill({"name": hostile, "partners.cooperative.place": "yes"})
    assert page.page.inner_text("#progress-text") == "6 of 54 questions answered"
    saved = page.save(tmp_path)
    assert saved.name == "answers-cooperative.yaml"
    assert runner.invoke(app, ["validate", str(saved)]).exit_code == 0
    data = load_document(saved).data
    assert data == {
        "schema_version": 1,
        "perspective": "cooperative",
        "name": hostile.strip(),
        "partners": {"cooperative": {"place": "yes"}},
        "vision": {"shared": "unknown"},
        "benefits": {"cooperative_seeks": [], "care_organisation_seeks": ["legitimacy"]},
    }
    # a YAML 1.1 reader would take `yes` for true; ours keeps it as text, as the README says
    assert yaml.safe_load(saved.read_text(encoding="utf-8"))["name"] == hostile.strip()


def test_any_text_typed_comes_back_as_typed(browser: Browser, forms: Callable[..., Path], tmp_path: Path) -> None:
    """Whatever a person types as a name is quoted so that the tool reads back exactly that text."""
    page = Visit(browser, forms("--lang", "en"))
    field = page.question("name").locator("input")

    @settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text(max_size=80))
    def round_trip(text: str) -> None:
        # Afresh each time: Chromium holds back a burst of downloads from one page (about ten in a few seconds).
        page.page.goto(page.url)
        field.fill(text)
        typed = field.evaluate("input => input.value.trim()")  # as the browser keeps it (no line breaks)
        saved = load_document(page.save(tmp_path)).data
        assert saved.get("name") == (typed or None)

    try:
        round_trip()
    finally:
        page.close()
    assert page.errors == [] and set(page.requests) == {page.url}


def test_without_javascript_it_says_what_to_do(visit: Callable[..., Visit], forms: Callable[..., Path]) -> None:
    page = visit(forms("--lang", "nl"), java_script_enabled=False)  # as in an e-mail program's preview
    assert "sla het bestand dan eerst op en open het in een browser" in page.page.inner_text("noscript")
    assert page.page.locator("noscript p").is_visible()


def test_skipping_a_part_folds_it_away_and_moves_on(visit: Callable[..., Visit], forms: Callable[..., Path]) -> None:
    page = visit(forms("--lang", "nl"))
    vision = page.page.locator('section[data-part="vision"]')
    page.fill({"vision.shared": "yes"})
    vision.locator('[data-action="skip"]').click()
    assert vision.locator(".part-body").is_hidden()
    assert vision.locator(".skipped").is_visible()
    assert vision.locator('[data-action="skip"]').get_attribute("aria-expanded") == "false"
    focused = page.page.evaluate("document.activeElement.closest('section').dataset.part")
    assert focused == "agreements"
    assert vision.locator(".part-progress").inner_text() == "1 van 5 beantwoord"
    vision.locator('[data-action="skip"]').click()
    assert vision.locator(".part-body").is_visible() and page.state()["vision.shared"] == ["yes"]


def test_the_keyboard_alone_fills_in_and_saves(visit: Callable[..., Visit], forms: Callable[..., Path], tmp_path: Path) -> None:
    page = visit(forms("--lang", "en"))
    keyboard = page.page.keyboard

    def tab_to(selector: str) -> None:
        for _ in range(30):
            keyboard.press("Tab")
            if page.page.evaluate(f"document.activeElement.matches({json.dumps(selector)})"):
                return
        raise AssertionError(f"Tab never reached {selector}")

    tab_to("#q-name")
    keyboard.type("Eikenhorst")
    tab_to('input[name="ambition"]')
    keyboard.press("ArrowRight")  # into the group: the next answer, provider
    keyboard.press("ArrowLeft")  # and back: broker
    tab_to('input[name="vision.shared"]')
    keyboard.press("Space")  # the first answer: yes
    for _ in range(40):
        keyboard.press("Shift+Tab")
        if page.page.evaluate("document.activeElement.dataset.action === 'save'"):
            break
    with page.page.expect_download() as download:
        keyboard.press("Enter")
    saved = tmp_path / "keyboard.yaml"
    download.value.save_as(saved)
    assert load_document(saved).data == {
        "schema_version": 1, "name": "Eikenhorst", "ambition": "broker", "vision": {"shared": "yes"}
    }


def test_the_keyboard_reaches_the_open_control_with_a_visible_focus(visit: Callable[..., Visit], forms: Callable[..., Path]) -> None:
    page = visit(forms("--lang", "nl"))
    page.page.keyboard.press("Tab")  # the save button
    page.page.keyboard.press("Tab")  # the open control, shown as a button
    assert page.page.evaluate("document.activeElement.dataset.action") == "open"
    outline = page.page.eval_on_selector("label[for=open-file]", "label => getComputedStyle(label).outlineStyle")
    assert outline == "solid"  # the focus is visible on the button a person sees
    # A native file input: Space opens the system's file chooser (the browser's part, not tested here
    # as headless Chromium opens it only some of the time), and what is chosen is read as with a click.
    assert page.page.get_attribute("#open-file", "type") == "file"
    page.open(EXAMPLES / "broker-ready.yaml")
    assert page.state()["ambition"] == ["broker"]


@pytest.mark.parametrize("options", [("--lang", "nl"), ("--lang", "en", "--all", "--perspective", "care_organisation")])
def test_it_reads_on_a_phone(visit: Callable[..., Visit], forms: Callable[..., Path], options: tuple[str, ...]) -> None:
    page = visit(forms(*options), viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True)
    assert page.page.evaluate("document.documentElement.scrollWidth") <= 360
    # every choice is a comfortable target for a finger (44 px, as WCAG 2.5.5 asks)
    heights = page.page.eval_on_selector_all(".choices label", "all => all.map(l => l.getBoundingClientRect().height)")
    assert heights and min(heights) >= 44


@pytest.mark.parametrize("options", [("--lang", "nl", "--all"), ("--lang", "en", "--perspective", "cooperative")])
def test_it_passes_the_axe_accessibility_rules(
    visit: Callable[..., Visit], forms: Callable[..., Path], options: tuple[str, ...]
) -> None:
    from axe_playwright_python.sync_playwright import Axe

    # axe is injected as a script of its own, which the page's policy rightly forbids: let this one visit in.
    page = visit(forms(*options), bypass_csp=True)
    page.fill({"vision.shared": "yes"})
    page.page.once("dialog", lambda dialog: dialog.accept())
    page.open(EXAMPLES / "two-files" / "cooperative.yaml")  # with a message shown
    results = Axe().run(page.page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]})
    assert results.violations_count == 0, results.generate_report()
