"""What the CI formats (SARIF, JUnit, GitHub) share: which findings they report, how loud, and where.

They report what the reports list as next steps: the obstacles (success
factors and obstacles not met) and the open questions (weighted rules whose
answers are unknown), each at the answer it rests on (`tango_check.locations`). An unmet gate or major rule is an error, the rest
a warning, in every CI format alike.
"""

from __future__ import annotations

import os
from pathlib import PurePath
from typing import TYPE_CHECKING
from urllib.parse import quote

from tango_check.batch import STDIN_SOURCE
from tango_check.i18n import translate
from tango_check.locations import Location, finding_location
from tango_check.render.common import finding_message
from tango_check.scoring import Assessment, Finding

if TYPE_CHECKING:
    from tango_check.rule_file import Rule

LOUD = ("gate", "major")


def reported(assessment: Assessment) -> list[tuple[Finding, Location | None]]:
    """The obstacles and open questions, most important first, each with where its answer stands."""
    return [(finding, finding_location(assessment, finding)) for finding in assessment.next_steps]


def level(finding: Finding) -> str:
    """`error` for an unmet gate or major rule, else `warning`."""
    return "error" if finding.status == "unmet" and finding.rule.severity in LOUD else "warning"


def message(finding: Finding, lang: str) -> str:
    """The problem (or the open question) and what to do about it."""
    if finding.status == "unknown":  # the question, marked when it rests on the tool's reading
        return translate("ci.unknown", lang, question=finding_message(finding, lang))
    return f"{finding_message(finding, lang)} {translate('ci.recommendation', lang, text=finding.rule.recommendation.text(lang))}"


def rule_help(rule: Rule, lang: str) -> str:
    """A rule's help: what to do, and where in the study it comes from."""
    return f"{rule.recommendation.text(lang)} ({translate('report.source', lang)}: {rule.source.citation()}; {rule.source.document})"


def artifact(assessment: Assessment) -> str | None:
    """The file the findings point into; None for standard input or two partners' files assessed together."""
    if not assessment.marks or assessment.source == STDIN_SOURCE:
        return None
    return assessment.source


def uri(source: str) -> str:
    """A file's path as a URI reference: relative paths stay relative (to the repository), with `/`.

    The path's own bytes are percent-encoded, so a file name that is no UTF-8 still names its file.
    """
    path = PurePath(source)
    quoted = quote(os.fsencode(path.as_posix()))
    return "file://" + quoted if path.is_absolute() else quoted
