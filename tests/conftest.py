"""Shared fixtures, and the hypothesis profiles for the property tests (tests/test_properties.py).

"default" keeps the suite quick (100 examples per property); "thorough" runs
100,000 examples per property, for a run before a release:

    TANGO_HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py
    python -m pytest tests/test_properties.py --hypothesis-profile thorough
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from tango_check.loading import load_document
from tango_check.rules import Rule, load_rules

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

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
