"""The findings as SARIF 2.1.0, for code scanning: one run, the rules, one result per finding.

Results are written as they come; the run's rules (each with its help text
and its source in the study) and the files that could not be read (as tool
notifications) follow at the end, when every rule a file used is known.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, TextIO

from tango_check import __version__
from tango_check.batch import Failure, Summary
from tango_check.locations import Location
from tango_check.render.ci import LOUD, artifact, level, message, reported, rule_help, uri
from tango_check.render.common import partnership_title
from tango_check.scoring import Assessment

if TYPE_CHECKING:
    from tango_check.rule_file import Rule

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _physical(source: str, location: Location | None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri(source)}}
    if location is not None:
        physical["region"] = {"startLine": location.line, "startColumn": location.column}
    return {"physicalLocation": physical}


def rule_descriptor(rule: Rule, lang: str) -> dict[str, Any]:
    return {
        "id": rule.id,
        "shortDescription": {"text": rule.title.text(lang)},
        "fullDescription": {"text": rule.finding.text(lang)},
        "help": {"text": rule_help(rule, lang)},
        "defaultConfiguration": {"level": "error" if rule.severity in LOUD else "warning"},
        "properties": {
            "kind": rule.kind,
            "theme": rule.theme,
            "severity": rule.severity,
            "weight": rule.weight,
            "source": rule.source.as_dict(),
            "tags": [rule.theme, rule.severity],
        },
    }


class SarifWriter:
    def __init__(self, stream: TextIO, lang: str):
        self.stream, self.lang = stream, lang
        self.rules: dict[str, tuple[int, Rule]] = {}
        self.notifications: list[dict[str, Any]] = []
        self.count = 0
        stream.write(
            f'{{\n  "$schema": {json.dumps(SARIF_SCHEMA)},\n  "version": "{SARIF_VERSION}",\n'
            f'  "runs": [\n    {{\n      "language": {json.dumps(lang)},\n      "columnKind": "unicodeCodePoints",\n'
            '      "results": ['
        )

    def _index(self, rule: Rule) -> int:
        known = self.rules.get(rule.id)
        if known is None:
            known = self.rules[rule.id] = (len(self.rules), rule)
        return known[0]

    def add(self, assessment: Assessment) -> None:
        for finding in assessment.findings:
            self._index(finding.rule)
        source = artifact(assessment)
        for finding, location in reported(assessment):
            result: dict[str, Any] = {
                "ruleId": finding.rule.id,
                "ruleIndex": self._index(finding.rule),
                "level": level(finding),
                "message": {"text": message(finding, self.lang)},
                "properties": {
                    "status": finding.status,
                    "partnership": partnership_title(assessment, self.lang),
                    "source": assessment.source,
                },
            }
            if source is not None:
                result["locations"] = [_physical(source, location)]
            self.stream.write(("," if self.count else "") + "\n        " + json.dumps(result, ensure_ascii=False))
            self.count += 1

    def failed(self, failure: Failure) -> None:
        for problem in failure.problems:
            place = None if problem.line is None else Location(problem.line, problem.column or 1)
            self.notifications.append(
                {"level": "error", "message": {"text": problem.message(self.lang)}, "locations": [_physical(problem.source, place)]}
            )

    def finish(self, summary: Summary) -> None:
        driver = {
            "name": "tango-check",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": [rule_descriptor(rule, self.lang) for _, rule in sorted(self.rules.values(), key=lambda item: item[0])],
        }
        invocation = {"executionSuccessful": not summary.failures, "toolExecutionNotifications": self.notifications}
        tail = {"invocations": [invocation], "tool": {"driver": driver}}
        text = json.dumps(tail, ensure_ascii=False, indent=2)[1:-2].replace("\n", "\n    ")
        self.stream.write(("\n      " if self.count else "") + "]," + text + "\n    }\n  ]\n}\n")
