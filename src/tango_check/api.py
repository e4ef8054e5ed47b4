"""The library API: assess a partnership file or a mapping, get an `Assessment`.

The command line is a thin layer over these functions; renderers in
`tango_check.render` turn the result into text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from tango_check.errors import InputError, Problem
from tango_check.loading import Document, load_document, validate
from tango_check.model import Partnership
from tango_check.rules import Origin, Rule, load_rules, select_rules
from tango_check.scoring import Assessment, assess
from tango_check.views import merge


def build_rules(
    folders: Iterable[Path] = (),
    *,
    extension: bool = False,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    origins: Mapping[str, Origin] | None = None,
) -> list[Rule]:
    """The rules to assess with: built-in, the extension pack if asked, extra folders, then the selection.

    `select` and `ignore` take rule ids, id prefixes or themes; any problem
    (a broken rule file, a clashing id, a selector that matches nothing)
    raises `InputError` before anything is assessed.
    """
    return select_rules(load_rules(folders, extension=extension), select, ignore, origins)


def partnership_of(document: Document) -> Partnership:
    """Validate a parsed partnership file; a rule pack given in its place is named as one."""
    data = document.data
    if isinstance(data, dict) and isinstance(data.get("rules"), list):
        raise InputError([document.problem(("rules",), "file.is_rule_pack", at_key=True)])
    return validate(document, Partnership)


def load_partnership(path: Path | str) -> Partnership:
    """Read and validate a partnership file (raises `InputError` with locations)."""
    return partnership_of(load_document(Path(path)))


def assess_document(document: Document, rules: Iterable[Rule] | None = None) -> Assessment:
    """Validate a parsed document and assess it; the path every entry point shares."""
    partnership = partnership_of(document)
    return assess(partnership, list(rules) if rules is not None else load_rules(), source=document.source)


def assess_file(path: Path | str, rules: Iterable[Rule] | None = None) -> Assessment:
    """Assess the partnership described in a YAML file."""
    return assess_document(load_document(Path(path)), rules)


def assess_data(data: Mapping[str, Any], rules: Iterable[Rule] | None = None, source: str = "<data>") -> Assessment:
    """Assess a partnership given as a mapping (as read from YAML or JSON)."""
    return assess_document(Document(source, dict(data)), rules)


def assess_together(first: Path | str, second: Path | str, rules: Iterable[Rule] | None = None) -> Assessment:
    """Assess two files, one written by each partner (`perspective:`), as one partnership with two views."""
    files: list[tuple[Document, Partnership]] = []
    problems: list[Problem] = []
    for path in (first, second):  # both read before anything is reported
        try:
            document = load_document(Path(path))
            files.append((document, partnership_of(document)))
        except InputError as error:
            problems.extend(error.problems)
    if problems:
        raise InputError(problems)
    partnership, differences = merge(files)
    source = " + ".join(document.source for document, _ in files)
    rules = list(rules) if rules is not None else load_rules()
    return assess(partnership, rules, source=source, differences=differences)
