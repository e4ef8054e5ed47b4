"""The HTML report in a real browser: headless Chromium (Debian's `chromium`, installed by .ci/run).

It must render, show the chart, print on A4, and run nothing a partner's
name smuggles in. Without Chromium they are skipped with a reason on a
user's machine, and fail in CI (the `chromium` fixture in conftest.py).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import CHROMIUM_FLAGS as FLAGS
from tango_check.cli import app

PAYLOAD = "<script>document.title='PWNED';document.documentElement.setAttribute('data-pwned','yes')</script>"
IMG_PAYLOAD = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">"
# JSON strings are valid YAML double-quoted scalars.
PARTNERSHIP = f"""\
name: {json.dumps(PAYLOAD)}
partners:
  cooperative: {{name: {json.dumps(IMG_PAYLOAD)}, place: Ter Aa}}
  care_organisation: {{name: Zorggroep De Linde}}
ambition: provider
vision: {{shared: yes, elements: {{client_autonomy: yes, attentive_care: yes, respect_for_client: partly}}}}
agreements: {{mission: agreed, way_of_working: partly, finances: not_agreed}}
regulation: {{financing_route: none}}
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    source = folder / "partner.yaml"
    source.write_text(PARTNERSHIP, encoding="utf-8")
    target = folder / "report.html"
    result = CliRunner().invoke(app, ["assess", str(source), "-f", "html", "--lang", "en", "-o", str(target)])
    assert result.exit_code in (0, 1), result.stderr
    return target


def run_chromium(chromium: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [chromium, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False, cwd=tmp_path)


def test_rendered_dom_has_the_chart_and_no_injected_script(chromium: str, page: Path, tmp_path: Path) -> None:
    # Give scripts time to run, had any been injected, before the DOM is taken.
    result = run_chromium(chromium, tmp_path, "--virtual-time-budget=2000", "--dump-dom", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = result.stdout
    assert "<svg" in dom and 'class="chart"' in dom
    assert len(re.findall(r'<g class="bar band-(strength|borderline|concern|unknown)">', dom)) >= 4
    assert "data-pwned=" not in dom and "<title>PWNED</title>" not in dom
    assert not re.search(r"<script|<img", dom, flags=re.I)
    # the partner's "name" is shown as the text the user wrote
    assert "&lt;script&gt;document.title='PWNED';" in dom
    assert "&lt;img src=x onerror=" in dom
    assert "Verdict: not ready" in dom and "What to do:" in dom


def test_it_renders_to_a_non_empty_image(chromium: str, page: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    result = run_chromium(chromium, tmp_path, "--window-size=1000,1400", f"--screenshot={shot}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1000, 1400)
    assert len(data) > 20_000  # a blank page compresses to a few kilobytes


def test_it_prints_on_a4(chromium: str, page: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    result = run_chromium(chromium, tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert boxes, "no page sizes found in the PDF"
    # A4 is 210 x 297 mm = 595.3 x 841.9 points
    assert all(abs(float(w) - 595.3) < 1 and abs(float(h) - 841.9) < 1 for w, h in boxes)


def _text_objects(pdf: bytes) -> int:
    """How many text objects (BT ... ET) the PDF's compressed page streams draw."""
    import zlib

    count = 0
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", pdf, flags=re.S):
        try:
            count += zlib.decompress(stream).count(b"BT")
        except zlib.error:
            continue
    return count


def test_each_printed_page_carries_the_date_and_its_number(chromium: str, page: Path, tmp_path: Path) -> None:
    bare = tmp_path / "bare.html"  # the same report without its page margins, to compare with
    bare.write_text(re.sub(r"@page \{ @bottom-left.*?\} \}\n", "", page.read_text(encoding="utf-8"), flags=re.S), encoding="utf-8")
    printed = {}
    for name, source in (("report", page), ("bare", bare)):
        pdf = tmp_path / f"{name}.pdf"
        result = run_chromium(chromium, tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", source.as_uri())
        assert result.returncode == 0, result.stderr[-2000:]
        printed[name] = pdf.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", printed["report"]))
    assert pages >= 1
    # the date at the bottom left and "n / N" at the bottom right: two more texts on every page
    assert _text_objects(printed["report"]) - _text_objects(printed["bare"]) >= 2 * pages


def test_the_respondents_report_renders_its_radar_and_escapes_names(chromium: str, tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[1] / "examples" / "respondents"
    folder = tmp_path / "responses"
    folder.mkdir()
    for path in examples.glob("*.yaml"):
        text = path.read_text(encoding="utf-8").replace("name: Anna Bakker", f"name: {json.dumps(PAYLOAD)}")
        (folder / path.name).write_text(text, encoding="utf-8")
    target = tmp_path / "gesprek.html"
    result = CliRunner().invoke(app, ["assess", str(folder), "--together", "--show-names", "-f", "html", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    shown = run_chromium(chromium, tmp_path, "--virtual-time-budget=2000", "--dump-dom", target.as_uri())
    assert shown.returncode == 0, shown.stderr[-2000:]
    dom = shown.stdout
    assert 'class="radar"' in dom and 'class="side-cooperative"' in dom and 'class="side-care_organisation"' in dom
    assert "data-pwned=" not in dom and not re.search(r"<script", dom, flags=re.I)
    assert "&lt;script&gt;document.title='PWNED';" in dom  # the name, shown with --show-names, as text
