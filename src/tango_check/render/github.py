"""The findings as GitHub Actions workflow commands: each obstacle shown at its line in a pull request.

`::error file=F,line=L,col=C,title=T::message` for an unmet gate or major
rule, `::warning` for the other obstacles and the open questions, and a
`::notice` with each partnership's verdict. Values are escaped as the
runner expects (`%`, line breaks, and in properties `:` and `,`).
"""

from __future__ import annotations

from typing import TextIO

from tango_check.batch import Failure, Summary
from tango_check.i18n import translate
from tango_check.locations import Location
from tango_check.render.ci import artifact, level, message, reported
from tango_check.safe_text import escape_controls
from tango_check.scoring import Assessment, format_score


def escape_data(value: str) -> str:
    """As GitHub reads it; any other control character shown as `\\x1b`, so a CI log never obeys one."""
    return escape_controls(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, text: str, *, file: str | None = None, location: Location | None = None, title: str = "") -> str:
    properties = []
    if file is not None:
        properties.append(f"file={escape_property(file)}")
        if location is not None:
            properties += [f"line={location.line}", f"col={location.column}"]
    if title:
        properties.append(f"title={escape_property(title)}")
    return f"::{kind} {','.join(properties)}::{escape_data(text)}\n" if properties else f"::{kind}::{escape_data(text)}\n"


class GithubWriter:
    def __init__(self, stream: TextIO, lang: str):
        self.stream, self.lang = stream, lang

    def add(self, assessment: Assessment) -> None:
        source = artifact(assessment)
        for finding, location in reported(assessment):
            title = f"{finding.rule.id} {finding.rule.title.text(self.lang)}"
            self.stream.write(command(level(finding), message(finding, self.lang), file=source, location=location, title=title))
        verdict = translate(f"verdict.{assessment.verdict}", self.lang)
        score = f"{translate('report.score', self.lang).lower()} {format_score(assessment.score, self.lang)}/100"
        self.stream.write(command("notice", f"{assessment.source}: {verdict}, {score}", file=source, title="tango-check"))

    def failed(self, failure: Failure) -> None:
        for problem in failure.problems:
            place = None if problem.line is None else Location(problem.line, problem.column or 1)
            self.stream.write(command("error", problem.message(self.lang), file=problem.source, location=place, title="tango-check"))

    def finish(self, summary: Summary) -> None:
        """Each command is written as it comes."""
