"""tango-check: is this partnership between a care cooperative and a care organisation ready to work?

The library API is `assess_file` and `assess_data` (see `tango_check.api`);
they are loaded on first use so that importing the package stays cheap.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "assess_data", "assess_file"]


def __getattr__(name: str) -> Any:
    if name in ("assess_file", "assess_data"):
        from tango_check import api

        return getattr(api, name)
    raise AttributeError(f"module 'tango_check' has no attribute {name!r}")
