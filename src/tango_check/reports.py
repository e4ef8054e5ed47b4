"""Writing the reports of a run: one writer per format, to stdout or a file.

A writer receives the assessments one at a time (`add`), the files that
could not be read (`failed`), and at the end the summary (`finish`), so a
run over thousands of files never holds more than one report. In batch mode
(several inputs or a folder) every format ends with the summary, and JSON
takes the batch shape:

    {"schema_version": 1, "tool": {...}, "lang": "en",
     "results": [<assessment>, ...], "errors": [<problem>, ...], "summary": {...}}

With one input JSON is the single assessment object. `--output` goes
through `files.AtomicFile`: a temporary file next to the target, renamed
over it only when the report is complete.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from tango_check.batch import Failure, Input, Summary, file_key
from tango_check.errors import InputError, Problem
from tango_check.i18n import translate
from tango_check.scoring import Assessment

if TYPE_CHECKING:
    from tango_check.render.json_report import KnownTexts

PROGRESS_FROM = 20  # files; fewer finish before a bar would help


class Writer(Protocol):
    def add(self, assessment: Assessment) -> None: ...

    def failed(self, failure: Failure) -> None: ...

    def finish(self, summary: Summary) -> None: ...


class TextWriter:
    """The terminal report per partnership; in batch mode a rule between them and the summary table."""

    def __init__(self, stream: TextIO, color: str, lang: str, verbosity: int, batch: bool):
        from tango_check.render.terminal import make_console

        self.console = make_console(color, stream)
        self.lang, self.verbosity, self.batch = lang, verbosity, batch
        self.count = 0

    def add(self, assessment: Assessment) -> None:
        from rich.rule import Rule

        from tango_check.render.terminal import render_terminal

        if self.batch:
            if self.count:
                self.console.print()
            self.console.print(Rule(assessment.source, align="left", style="dim"))
        self.count += 1
        render_terminal(assessment, self.console, self.lang, self.verbosity)

    def failed(self, failure: Failure) -> None:
        """Problems go to stderr; the summary gives the file a row."""

    def finish(self, summary: Summary) -> None:
        from tango_check.render.summary import summary_tables

        if self.batch:
            self.console.print()
            for part in summary_tables(summary, self.lang, self.console.width):
                self.console.print(part)


class JsonWriter:
    """One assessment object, or in batch mode the batch object written as it goes."""

    def __init__(self, stream: TextIO, lang: str, batch: bool):
        self.stream, self.lang, self.batch = stream, lang, batch
        self.count = 0
        self.errors: list[dict[str, object]] = []
        self.known_texts: KnownTexts = {}  # what the encoder already wrote: findings repeat in a batch

    def _member(self, name: str, value: object, last: bool = False) -> None:
        # Written as it is encoded: the summary of 10,000 files as one string (and its
        # indented copy) would double the peak memory of the whole run.
        self.stream.write(f'  "{name}": ')
        for chunk in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(value):
            self.stream.write(chunk.replace("\n", "\n  "))
        self.stream.write("\n" if last else ",\n")

    def _start(self) -> None:
        from tango_check.render.json_report import JSON_SCHEMA_VERSION, tool_info

        self.stream.write("{\n")
        self._member("schema_version", JSON_SCHEMA_VERSION)
        self._member("tool", tool_info())
        self._member("lang", self.lang)
        self.stream.write('  "results": [')

    def add(self, assessment: Assessment) -> None:
        from tango_check.render.json_report import assessment_json, render_json

        if not self.batch:
            self.stream.write(render_json(assessment, self.lang))
            return
        if self.count == 0:
            self._start()
        text = assessment_json(assessment, self.lang, self.known_texts, level=2)
        self.stream.write(("," if self.count else "") + "\n    " + text)
        self.count += 1

    def failed(self, failure: Failure) -> None:
        self.errors.extend(problem.as_dict(self.lang) for problem in failure.problems)

    def finish(self, summary: Summary) -> None:
        if not self.batch:
            return
        from tango_check.render.summary import summary_dict  # Rich comes with it: only for a batch

        if self.count == 0:
            self._start()
        self.stream.write("\n  ],\n" if self.count else "],\n")
        self._member("errors", self.errors)
        self._member("summary", summary_dict(summary, self.lang), last=True)
        self.stream.write("}\n")


class MarkdownWriter:
    """The meeting agenda per partnership, separated by a rule; in batch mode the summary table last."""

    def __init__(self, stream: TextIO, lang: str, verbosity: int, batch: bool):
        self.stream, self.lang, self.verbosity, self.batch = stream, lang, verbosity, batch
        self.count = 0

    def add(self, assessment: Assessment) -> None:
        from tango_check.render.markdown import render_markdown

        if self.count:
            self.stream.write("\n---\n\n")
        self.stream.write(render_markdown(assessment, self.lang, self.verbosity))
        self.count += 1

    def failed(self, failure: Failure) -> None:
        """Problems go to stderr; the summary gives the file a row."""

    def finish(self, summary: Summary) -> None:
        from tango_check.render.summary import summary_markdown

        if self.batch:
            self.stream.write(("\n---\n\n" if self.count else "") + summary_markdown(summary, self.lang))


class HtmlWriter:
    """One HTML document: a section per partnership, in batch mode the summary last."""

    def __init__(self, stream: TextIO, lang: str, batch: bool):
        self.stream, self.lang, self.batch = stream, lang, batch
        self.started = False

    def _start(self) -> None:
        from tango_check.render.html import document_start

        if not self.started:
            self.stream.write(document_start(self.lang, translate("summary.html_title", self.lang)))
            self.started = True

    def add(self, assessment: Assessment) -> None:
        from tango_check.render.html import assessment_section, render_html

        if not self.batch:
            self.stream.write(render_html(assessment, self.lang))
            return
        self._start()
        self.stream.write(assessment_section(assessment, self.lang))

    def failed(self, failure: Failure) -> None:
        """Problems go to stderr; the summary gives the file a row."""

    def finish(self, summary: Summary) -> None:
        from tango_check.render.html import document_end, summary_section

        if self.batch:
            self._start()
            self.stream.write(summary_section(summary, self.lang) + document_end(self.lang))


def make_writer(output_format: str, stream: TextIO, *, color: str, lang: str, verbosity: int, batch: bool) -> Writer:
    if output_format == "json":
        return JsonWriter(stream, lang, batch)
    if output_format == "markdown":
        return MarkdownWriter(stream, lang, verbosity, batch)
    if output_format == "html":
        return HtmlWriter(stream, lang, batch)
    return TextWriter(stream, color, lang, verbosity, batch)


# --- the output file -----------------------------------------------------------


def check_output(target: Path, inputs: list[Input]) -> None:
    """Refuse an output path that is a folder, in no folder, or one of the inputs (an `InputError`)."""
    source = str(target)
    if target.is_dir():
        raise InputError([Problem(source, "output.is_folder")])
    if not target.parent.is_dir():
        raise InputError([Problem(source, "write.no_folder", {"folder": str(target.parent)})])
    resolved = file_key(target)
    for item in inputs:
        if item.path is not None and file_key(item.path) == resolved:
            raise InputError([Problem(source, "output.is_input")])


# --- progress on stderr -------------------------------------------------------


@contextmanager
def progress(total: int, lang: str, color: str, *, enabled: bool) -> Iterator[Callable[[], None]]:
    """A callable to advance a progress bar on stderr, or a no-op when there is no bar."""
    if not enabled:
        yield lambda: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from tango_check.render.terminal import make_console

    console = make_console(color, sys.stderr, trim=False)
    columns = (TextColumn(translate("cli.progress", lang)), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("", total=total)
        yield lambda: bar.advance(task)


def show_progress(total: int, to_file: bool) -> bool:
    """A bar only for many files, with stderr a terminal, and the report not scrolling on that terminal."""
    return total > PROGRESS_FROM and sys.stderr.isatty() and (to_file or not sys.stdout.isatty())
