"""The catalogue tests itself: each rule's cases, run through the engine.

A rule carries minimal partnership fragments with the status it must give
them (`cases:` in its YAML). Every rule needs at least one case that is
`met` and one that is `unmet`, so both directions of its condition are
exercised. `tango-check rules test` and the test suite run these checks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tango_check.errors import Problem
from tango_check.scoring import rule_status

if TYPE_CHECKING:
    from tango_check.rule_file import Rule

REQUIRED_CASES = ("met", "unmet")


@dataclass(frozen=True)
class CaseReport:
    """How many cases ran, and one located problem per failing case or missing kind of case."""

    rules: int
    cases: int
    failures: tuple[Problem, ...]


def check_cases(rules: Iterable[Rule]) -> CaseReport:
    failures: list[Problem] = []
    rule_count = case_count = 0
    for rule in rules:
        rule_count += 1
        expected = {case.expect for case in rule.cases}
        for needed in REQUIRED_CASES:
            if needed not in expected:
                failures.append(Problem(rule._file, "cases.missing", {"rule_id": rule.id, "expect": needed}, rule._line))
        for number, case in enumerate(rule.cases, start=1):
            case_count += 1
            status = rule_status(rule, case.partnership)
            if status != case.expect:
                params = {
                    "rule_id": rule.id,
                    "number": number,
                    "expected": case.expect,
                    "got": status,
                    "note": f" ({case.note})" if case.note else "",
                }
                failures.append(Problem(rule._file, "cases.failed", params, case._line, case._column))
    return CaseReport(rule_count, case_count, tuple(failures))
