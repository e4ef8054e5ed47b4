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

import os
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
    from tango_check.render.json_report import KnownObjects

PROGRESS_FROM = 20  # files; fewer finish before a bar would help
SPOOL_IN_MEMORY = 8_000_000  # characters of batch reports kept in memory before they go to a temporary file


class Writer(Protocol):
    def add(self, assessment: Assessment) -> None: ...

    def failed(self, failure: Failure) -> None: ...

    def finish(self, summary: Summary) -> None: ...


class TextWriter:
    """The terminal report per partnership; in batch mode a rule between them and the summary table."""

    def __init__(self, stream: TextIO, color: str, lang: str, verbosity: int, batch: bool):
        from tango_check.render.terminal import open_screen

        self.screen = open_screen(color, stream)
        self.stream, self.color = stream, color
        self.lang, self.verbosity, self.batch = lang, verbosity, batch
        self.count = 0

    def add(self, assessment: Assessment) -> None:
        from tango_check.render.blocks import rule
        from tango_check.render.terminal import report_lines

        screen = self.screen
        lines = report_lines(assessment, self.lang, screen.width, self.verbosity, ascii_only=screen.ascii_only)
        if self.batch:
            lines[:0] = ([[]] if self.count else []) + rule(assessment.source, "dim", screen.width, ascii_only=screen.ascii_only)
        self.count += 1
        screen.write(lines)

    def failed(self, failure: Failure) -> None:
        """Problems go to stderr; the summary gives the file a row."""

    def finish(self, summary: Summary) -> None:
        if self.batch:
            from tango_check.overview import overview_of
            from tango_check.render.overview import common_obstacles_text
            from tango_check.render.summary import summary_lines
            from tango_check.render.terminal import make_console

            self.screen.write([[]])
            for part in summary_lines(summary, self.lang, self.screen.width, ascii_only=self.screen.ascii_only):
                self.screen.write(part)
            console = make_console(self.color, self.stream)
            console.print()
            for part in common_obstacles_text(overview_of(summary), self.lang):
                console.print(part)


class JsonWriter:
    """One assessment object, or in batch mode the batch object written as it goes."""

    def __init__(self, stream: TextIO, lang: str, batch: bool):
        from tango_check.json_text import Output

        self.stream, self.lang, self.batch = Output(stream), lang, batch
        self.count = 0
        self.known_objects: KnownObjects = {}  # findings repeat in a batch: each object built once

    def _member(self, name: str, value: object, last: bool = False) -> None:
        # Written as it is encoded: the summary of 10,000 files as one string would double the peak memory of the run.
        from tango_check.json_text import chunks

        self.stream.write(f'  "{name}": ')
        for chunk in chunks(value, level=1):  # text: the summary is small beside the reports
            self.stream.write(chunk)
        self.stream.write("\n" if last else ",\n")

    def _start(self) -> None:
        from tango_check.render.json_report import JSON_SCHEMA_VERSION, tool_info

        self.stream.write("{\n")
        self._member("schema_version", JSON_SCHEMA_VERSION)
        self._member("tool", tool_info())
        self._member("lang", self.lang)
        self.stream.write('  "results": [')

    def add(self, assessment: Assessment) -> None:
        from tango_check.json_text import encoded
        from tango_check.render.json_report import assessment_data, render_json

        if not self.batch:
            self.stream.write(render_json(assessment, self.lang))
            return
        if self.count == 0:
            self._start()
        data, floats_agreed = assessment_data(assessment, self.lang, self.known_objects)
        text = encoded(data, 2, floats_agreed=floats_agreed)
        separator = ("," if self.count else "") + "\n    "
        self.stream.write(separator.encode() if isinstance(text, bytes) else separator)
        self.stream.write(text)
        self.count += 1

    def failed(self, failure: Failure) -> None:
        """The summary keeps the failure; its problems are written under `errors` at the end."""

    def finish(self, summary: Summary) -> None:
        if not self.batch:
            return
        from tango_check.render.json_report import summary_dict

        if self.count == 0:
            self._start()
        self.stream.write("\n  ],\n" if self.count else "],\n")
        errors = (problem.as_dict(self.lang) for failure in summary.failures for problem in failure.problems)
        self._member("errors", errors)
        self._member("summary", summary_dict(summary, self.lang), last=True)
        self.stream.write("}\n")


class _Spool:
    """The reports of a batch, kept aside (in memory, on disk past a few megabytes) until the overview is written."""

    def __init__(self) -> None:
        from tempfile import SpooledTemporaryFile

        self.file = SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY, mode="w+", encoding="utf-8")

    def write(self, text: str) -> None:
        self.file.write(text)

    def copy_to(self, stream: TextIO) -> None:
        from shutil import copyfileobj

        self.file.seek(0)
        copyfileobj(self.file, stream)
        self.file.close()


class MarkdownWriter:
    """The meeting agenda per partnership, separated by a rule; in batch mode the overview first."""

    def __init__(self, stream: TextIO, lang: str, verbosity: int, batch: bool):
        self.stream, self.lang, self.verbosity, self.batch = stream, lang, verbosity, batch
        self.reports: TextIO | _Spool = _Spool() if batch else stream
        self.count = 0

    def add(self, assessment: Assessment) -> None:
        from tango_check.render.markdown import render_markdown

        if self.count:
            self.reports.write("\n---\n\n")
        self.reports.write(render_markdown(assessment, self.lang, self.verbosity))
        self.count += 1

    def failed(self, failure: Failure) -> None:
        """Problems go to stderr; the summary gives the file a row."""

    def finish(self, summary: Summary) -> None:
        from tango_check.overview import overview_of
        from tango_check.render.overview import overview_markdown
        from tango_check.render.summary import summary_markdown

        if isinstance(self.reports, _Spool):
            self.stream.write(overview_markdown(overview_of(summary), self.lang, summary_markdown(summary, self.lang)))
            if self.count:
                self.stream.write("\n---\n\n")
            self.reports.copy_to(self.stream)


class HtmlWriter:
    """One HTML document: a section per partnership, in batch mode the overview first."""

    def __init__(self, stream: TextIO, lang: str, batch: bool):
        self.stream, self.lang, self.batch = stream, lang, batch
        self.reports = _Spool() if batch else None

    def add(self, assessment: Assessment) -> None:
        from tango_check.render.html import assessment_section, render_html

        if self.reports is None:
            self.stream.write(render_html(assessment, self.lang))
            return
        self.reports.write(assessment_section(assessment, self.lang))

    def failed(self, failure: Failure) -> None:
        """Problems go to stderr; the summary gives the file a row."""

    def finish(self, summary: Summary) -> None:
        from tango_check.overview import overview_of
        from tango_check.render.html import document_end, document_start, summary_table
        from tango_check.render.overview import overview_html

        if self.reports is not None:
            self.stream.write(document_start(self.lang, translate("summary.html_title", self.lang)))
            self.stream.write(overview_html(overview_of(summary), self.lang, summary_table(summary, self.lang)))
            self.reports.copy_to(self.stream)
            self.stream.write(document_end(self.lang))


def make_writer(output_format: str, stream: TextIO, *, color: str, lang: str, verbosity: int, batch: bool) -> Writer:
    if output_format == "csv":
        from tango_check.render.spreadsheet import CsvWriter

        return CsvWriter(stream, lang)
    if output_format == "sarif":
        from tango_check.render.sarif import SarifWriter

        return SarifWriter(stream, lang)
    if output_format == "junit":
        from tango_check.render.junit import JunitWriter

        return JunitWriter(stream, lang)
    if output_format == "github":
        from tango_check.render.github import GithubWriter

        return GithubWriter(stream, lang)
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
    if os.path.isdir(target):  # os.path's checks: a name too long is not a crash
        raise InputError([Problem(source, "output.is_folder")])
    if not os.path.isdir(target.parent):
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
