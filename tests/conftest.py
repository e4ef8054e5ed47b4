"""Shared fixtures, and the hypothesis profiles for the property tests (tests/test_properties.py).

"default" keeps the suite quick (100 examples per property); "thorough" runs
100,000 examples per property, for a run before a release:

    TANGO_HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py
    python -m pytest tests/test_properties.py --hypothesis-profile thorough
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from tango_check.loading import load_document
from tango_check.outline import set_at
from tango_check.rule_file import Rule
from tango_check.rules import load_rules

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def nested(answers: dict[str, Any]) -> dict[str, Any]:
    """A partnership file's data from answers by dotted path: {"vision.shared": "yes"} -> {"vision": {"shared": "yes"}}."""
    data: dict[str, Any] = {}
    for path, value in answers.items():
        set_at(data, path, value)
    return data


# How the browser tests start Chromium: headless, offline, without a first-run or background traffic.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "thorough",
    max_examples=100_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile(os.environ.get("TANGO_HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="module")
def rules() -> list[Rule]:
    """The built-in catalogue, as `assess` uses it by default."""
    return load_rules()


@pytest.fixture(scope="module")
def ready_data() -> dict[str, Any]:
    """The ready broker example as plain data, to change one answer at a time."""
    return load_document(EXAMPLES / "broker-ready.yaml").data


@pytest.fixture(scope="session")
def chromium() -> str:
    """Debian's Chromium for the browser tests: skipped on a machine without it, required in CI.

    .ci/run installs the browser and sets TANGO_CHECK_REQUIRE_BROWSER=1, so CI
    never passes without having run them.
    """
    found = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    reason = "no Chromium found: install Debian's package (`apt-get install chromium`) or set CHROMIUM to the browser's path"
    if os.environ.get("TANGO_CHECK_REQUIRE_BROWSER"):
        pytest.fail(f"{reason}; TANGO_CHECK_REQUIRE_BROWSER is set, so the browser tests must run")
    pytest.skip(reason)
