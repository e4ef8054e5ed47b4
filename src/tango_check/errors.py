"""Errors a user can cause, each with a place and a bilingual message.

Every problem in a user's file (or a rule file, or a configuration file) is a
`Problem`: where it is and which message it carries. The message is kept as a
key plus parameters so that it can be shown in Dutch or English.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tango_check.i18n import translate
from tango_check.safe_text import escape_controls

# Exit codes, documented in the README.
EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INPUT_ERROR = 2
EXIT_INTERNAL_ERROR = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: the output was closed early


@dataclass(frozen=True)
class Problem:
    """One located problem: `source:line:column: message`."""

    source: str
    message_key: str
    params: dict[str, object] = field(default_factory=dict)
    line: int | None = None
    column: int | None = None

    def location(self) -> str:
        parts = [self.source]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def message(self, lang: str) -> str:
        """The message on one line, a value quoted from the file with its control characters escaped."""
        return escape_controls(translate(self.message_key, lang, **self.params), keep_newlines=False)

    def render(self, lang: str) -> str:
        return f"{escape_controls(self.location(), keep_newlines=False)}: {self.message(lang)}"

    def as_dict(self, lang: str) -> dict[str, object]:
        return {
            "source": self.source,
            "line": self.line,
            "column": self.column,
            "code": self.message_key,
            "message": self.message(lang),
        }


class TangoError(Exception):
    """A problem the user can fix; the CLI prints it and exits with 2."""

    exit_code = EXIT_INPUT_ERROR

    def __init__(self, problems: list[Problem]):
        super().__init__(problems[0].render("en") if problems else "error")
        self.problems = problems


class InputError(TangoError):
    """A partnership, rule or configuration file cannot be used."""
