"""The library API: assess a partnership file or a mapping, get an `Assessment`.

The command line is a thin layer over these functions; renderers in
`tango_check.render` turn the result into text.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tango_check.errors import InputError
from tango_check.loading import Document, load_document, validate
from tango_check.rules import Origin, load_rules, select_rules
from tango_check.scoring import Assessment, assess

if TYPE_CHECKING:
    from tango_check.model import Partnership
    from tango_check.rule_file import Rule


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
    """Validate a parsed partnership file; a rule pack given in its place is named as one.

    A file the generated mirror is certain of needs no models
    (`tango_check.mirror`); any other is judged, and its errors worded, by
    the models. `TANGO_CHECK_NO_MIRROR` sends every file to the models.
    """
    data = document.data
    if isinstance(data, dict) and isinstance(data.get("rules"), list):
        raise InputError([document.problem(("rules",), "file.is_rule_pack", at_key=True)])
    if not os.environ.get("TANGO_CHECK_NO_MIRROR"):
        from tango_check import _mirror
        from tango_check.plain import NotCertain

        try:
            return _mirror.partnership(data)  # type: ignore[no-any-return]
        except NotCertain:
            pass
    from tango_check.model import Partnership

    return validate(document, Partnership)


def load_partnership(path: Path | str) -> Partnership:
    """Read and validate a partnership file (raises `InputError` with locations)."""
    return partnership_of(load_document(Path(path)))


def assess_document(document: Document, rules: Iterable[Rule] | None = None) -> Assessment:
    """Validate a parsed document and assess it; the path every entry point shares."""
    partnership = partnership_of(document)
    rules = list(rules) if rules is not None else load_rules()
    return assess(partnership, rules, source=document.source, marks=document.value_marks)


def assess_file(path: Path | str, rules: Iterable[Rule] | None = None) -> Assessment:
    """Assess the partnership described in a YAML file."""
    return assess_document(load_document(Path(path)), rules)


def assess_data(data: Mapping[str, Any], rules: Iterable[Rule] | None = None, source: str = "<data>") -> Assessment:
    """Assess a partnership given as a mapping (as read from YAML or JSON)."""
    return assess_document(Document(source, dict(data)), rules)


def assess_responses(
    paths: Sequence[Path | str], rules: Iterable[Rule] | None = None, *, show_names: bool = False
) -> Assessment:
    """Assess one partnership from its respondents' files, any number per side (`perspective:`).

    Each side's answer to a question is made from its respondents' answers
    (`tango_check.respondents`); the two sides are then set side by side as
    two views. The result's `panel` holds who answered in counts, and names
    only with `show_names`. Raises `InputError` with every problem located.
    """
    from tango_check.respondents import read_responses

    return assess_panel(read_responses(paths), rules, show_names=show_names)


def assess_panel(
    responses: Sequence[tuple[Document, Partnership]], rules: Iterable[Rule] | None = None, *, show_names: bool = False
) -> Assessment:
    """`assess_responses` for responses already read and validated (each with its document, for locations)."""
    from tango_check.model import Partnership
    from tango_check.respondents import aggregate
    from tango_check.views import deep_update, merge

    panel = aggregate(responses, show_names=show_names)
    rules = list(rules) if rules is not None else load_rules()
    partnership, differences = merge(panel)
    result = assess(partnership, rules, source=panel.folder(), differences=differences, panel=panel)
    # How each side scores the themes: its own answers, the joint ones where it gave none
    # (one side cannot say which benefits the other seeks), for the reports to set side by side.
    side_themes = {}
    for side, own in panel.partnerships.items():
        data = result.partnership.model_dump(exclude_none=True, exclude={"views"})
        deep_update(data, own.model_dump(exclude_none=True, exclude={"views", "perspective"}))
        side_themes[side] = assess(Partnership.model_validate(data), rules).themes
    return dataclasses.replace(result, panel=dataclasses.replace(panel, side_themes=side_themes))


def assess_together(first: Path | str, second: Path | str, rules: Iterable[Rule] | None = None) -> Assessment:
    """Assess two files, one written by each partner (`perspective:`): `assess_responses` with one respondent a side."""
    return assess_responses([first, second], rules)
