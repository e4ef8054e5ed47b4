"""The library API: assess a partnership file or a mapping, get an `Assessment`.

The command line is a thin layer over these functions; renderers in
`tango_check.render` turn the result into text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tango_check.loading import Document, load_document, validate
from tango_check.model import Partnership
from tango_check.rules import Rule, load_rules
from tango_check.scoring import Assessment, assess


def load_partnership(path: Path | str) -> Partnership:
    """Read and validate a partnership file (raises `InputError` with locations)."""
    return validate(load_document(Path(path)), Partnership)


def assess_file(path: Path | str, rules: Iterable[Rule] | None = None) -> Assessment:
    """Assess the partnership described in a YAML file."""
    partnership = load_partnership(path)
    return assess(partnership, list(rules) if rules is not None else load_rules(), source=str(path))


def assess_data(data: Mapping[str, Any], rules: Iterable[Rule] | None = None, source: str = "<data>") -> Assessment:
    """Assess a partnership given as a mapping (as read from YAML or JSON)."""
    partnership = validate(Document(source, dict(data)), Partnership)
    return assess(partnership, list(rules) if rules is not None else load_rules(), source=source)
