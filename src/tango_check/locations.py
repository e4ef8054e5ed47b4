"""Where in the partnership file a finding's answer stands.

The loader records the line and column of every value by its path
(`loading.Document.value_marks`); an assessment keeps them. A finding is
located at the first field its rule reads that the file answers: for a
two-views check the partners' own answers first, then the fields of its
condition. A finding whose answers the file leaves out has no location.
"""

from __future__ import annotations

from dataclasses import dataclass

from tango_check.evaluation import fields_of
from tango_check.loading import Path_
from tango_check.scoring import Assessment, Finding


@dataclass(frozen=True)
class Location:
    line: int
    column: int

    def as_dict(self) -> dict[str, int]:
        return {"line": self.line, "column": self.column}


# The paths a rule reads, by the rule's id(): the same rules serve every file of a run.
_PATHS: dict[int, tuple[object, tuple[Path_, ...]]] = {}


def answer_paths(rule: object) -> tuple[Path_, ...]:
    """The paths of the answers `rule` rests on, in the order they are looked for."""
    known = _PATHS.get(id(rule))
    if known is None:
        paths: list[Path_] = []
        view = getattr(rule, "view", None)
        if view:
            paths += [("views", side, *view.split(".")) for side in ("cooperative", "care_organisation")]
        met_when = getattr(rule, "met_when", None)
        if met_when is not None:
            paths += [tuple(test.field.split(".")) for test in fields_of(met_when)]
        known = _PATHS[id(rule)] = (rule, tuple(paths))
    return known[1]


def finding_location(assessment: Assessment, finding: Finding) -> Location | None:
    """Line and column of the answer `finding` rests on, or None when the file does not give it."""
    marks = assessment.marks
    if not marks:
        return None
    for path in answer_paths(finding.rule):
        mark = marks.get(path)
        if mark is not None:
            return Location(*mark)
    return None
