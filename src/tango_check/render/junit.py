"""The assessments as JUnit XML, for CI test reports: a test suite per partnership, a test case per rule.

A test case for each rule that applies: it fails when the rule is an
obstacle (a success factor or obstacle not met), is skipped when its answer
is unknown, and passes otherwise (also an unmet benefit: a gain the partners
do not seek is no obstacle). A file that could not be read is a suite with
one error.
"""

from __future__ import annotations

import re
from typing import TextIO
from xml.sax.saxutils import escape, quoteattr

from tango_check.batch import Failure, Summary
from tango_check.i18n import translate
from tango_check.locations import finding_location
from tango_check.render.ci import artifact, message, rule_help
from tango_check.render.common import partnership_title, theme_title
from tango_check.render.json_report import score_number
from tango_check.scoring import Assessment, Finding

# Characters XML 1.0 cannot hold, not even escaped (YAML's "\x01" can put them in a name).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def text(value: object) -> str:
    return escape(_NOT_XML.sub("\ufffd", str(value)))


def attr(value: object) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", str(value)), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


class JunitWriter:
    def __init__(self, stream: TextIO, lang: str):
        self.stream, self.lang = stream, lang
        stream.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="tango-check">\n')

    def _case(self, assessment: Assessment, finding: Finding, obstacles: set[int], source: str | None) -> str:
        rule = finding.rule
        where = ""
        location = finding_location(assessment, finding)
        if source is not None:
            where = f" file={attr(source)}" + ("" if location is None else f' line="{location.line}"')
        head = (
            f"    <testcase classname={attr(theme_title(rule.theme, self.lang))} "
            f"name={attr(f'{rule.id} {rule.title.text(self.lang)}')}{where}"
        )
        if id(finding) in obstacles:
            body = f"{message(finding, self.lang)}\n{rule_help(rule, self.lang)}"
            return (
                f"{head}>\n      <failure message={attr(message(finding, self.lang))} type={attr(rule.severity)}>"
                f"{text(body)}</failure>\n    </testcase>\n"
            )
        if finding.status == "unknown":
            return f"{head}>\n      <skipped message={attr(message(finding, self.lang))}/>\n    </testcase>\n"
        return f"{head}/>\n"

    def add(self, assessment: Assessment) -> None:
        applicable = [f for f in assessment.findings if f.status != "not_applicable"]
        obstacles = {id(f) for f in assessment.obstacles}
        skipped = sum(1 for f in applicable if f.status == "unknown")
        source = artifact(assessment)
        name = partnership_title(assessment, self.lang)
        self.stream.write(
            f"  <testsuite name={attr(assessment.source)} tests=\"{len(applicable)}\" failures=\"{len(obstacles)}\" "
            f'errors="0" skipped="{skipped}">\n'
            "    <properties>\n"
            f'      <property name="partnership" value={attr(name)}/>\n'
            f'      <property name="verdict" value={attr(translate(f"verdict.{assessment.verdict}", self.lang))}/>\n'
            f'      <property name="score" value={attr(score_number(assessment.score))}/>\n'
            "    </properties>\n"
        )
        for finding in applicable:
            self.stream.write(self._case(assessment, finding, obstacles, source))
        self.stream.write("  </testsuite>\n")

    def failed(self, failure: Failure) -> None:
        problems = "\n".join(problem.render(self.lang) for problem in failure.problems)
        first = failure.problems[0].message(self.lang)
        self.stream.write(
            f'  <testsuite name={attr(failure.source)} tests="1" failures="0" errors="1" skipped="0">\n'
            f"    <testcase classname=\"tango-check\" name={attr(failure.source)}>\n"
            f"      <error message={attr(first)} type={attr(translate('ci.not_read', self.lang))}>{text(problems)}</error>\n"
            "    </testcase>\n  </testsuite>\n"
        )

    def finish(self, summary: Summary) -> None:
        self.stream.write("</testsuites>\n")
