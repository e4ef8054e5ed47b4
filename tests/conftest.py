"""Hypothesis profiles for the property tests (tests/test_properties.py).

"default" keeps the suite quick (100 examples per property); "thorough" runs
100,000 examples per property, for a run before a release:

    TANGO_HYPOTHESIS_PROFILE=thorough python -m pytest tests/test_properties.py
    python -m pytest tests/test_properties.py --hypothesis-profile thorough
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "thorough",
    max_examples=100_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile(os.environ.get("TANGO_HYPOTHESIS_PROFILE", "default"))
