"""Assessing many partnership files in one run.

Inputs are files, folders (searched recursively for `*.yaml` and `*.yml`,
skipping hidden files and folders) and `-` for standard input. The run is
streamed: each file is read, assessed and handed on before the next is read,
and the run keeps only a small `Row` per partnership (or the problems of a
broken file) for the summary, and a `Tally` for the overview, so memory does
not grow with the reports.
"""

from __future__ import annotations

import os
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TYPE_CHECKING

from tango_check import api
from tango_check.errors import EXIT_FAILED, EXIT_INPUT_ERROR, EXIT_OK, InputError, Problem
from tango_check.loading import MAX_FILE_BYTES, Document, decode, parse_yaml
from tango_check.render.common import ambition, partnership_title
from tango_check.scoring import Assessment, Finding, ThemeScore, shown_score

if TYPE_CHECKING:
    from tango_check.rule_file import Rule

STDIN = "-"
STDIN_SOURCE = "<stdin>"
SUFFIXES = (".yaml", ".yml")
VERDICTS = ("ready", "ready_with_conditions", "not_ready")


@dataclass(frozen=True, slots=True)
class Input:
    """One partnership to read: the file named `source`, or standard input.

    Kept as its name: a `Path` per input would hold more memory than the
    summary's row of the same file.
    """

    source: str
    stdin: bool = False

    @property
    def path(self) -> Path | None:
        """The file, or None for standard input."""
        return None if self.stdin else Path(self.source)


@dataclass(frozen=True, slots=True)
class Row:
    """What the summary keeps of one assessed partnership: a few fields, whatever the size of its report."""

    source: str
    title: str
    ambition: str
    verdict: str
    score: float | None
    top_obstacle: Finding | None  # the most important obstacle

    @classmethod
    def of(cls, assessment: Assessment, lang: str, top_obstacle: Finding | None = None) -> Row:
        """The row of `assessment`; `top_obstacle` when the caller has it at hand (else it is looked up)."""
        if top_obstacle is None:
            top_obstacle = next(iter(assessment.obstacles), None)
        return cls(
            source=assessment.source,
            title=partnership_title(assessment, lang),
            ambition=ambition(assessment),
            verdict=assessment.verdict,
            score=assessment.score,
            top_obstacle=top_obstacle,
        )


@dataclass(frozen=True)
class Failure:
    """A file that could not be assessed, with its located problems."""

    source: str
    problems: tuple[Problem, ...]


class Tally:
    """What the overview counts across a run's partnerships, as they come: a few bytes per partnership.

    Per rule, in how many partnerships it is an obstacle and its best rank
    there; per theme, every score (an `array` of doubles: the same floats).
    A plain class: a single file's run creates one and should not pay for more.
    """

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}  # rule id: partnerships where the rule is an obstacle
        self.named: dict[str, tuple[int, Finding]] = {}  # rule id: its best rank, one of its findings
        self.scores: dict[str, array[float]] = {}  # theme: its scores

    def add(self, obstacles: Sequence[Finding], themes: Sequence[ThemeScore]) -> Finding | None:
        """Count one partnership's obstacles (most important first) and theme scores.

        Returns the tally's own finding for its most important obstacle, so a
        summary row can name it without keeping this partnership's findings.
        """
        for rank, finding in enumerate(obstacles):
            rule_id = finding.rule.id
            self.counts[rule_id] = self.counts.get(rule_id, 0) + 1
            if rule_id not in self.named or rank < self.named[rule_id][0]:
                self.named[rule_id] = (rank, finding)
        for theme in themes:
            found = self.scores.get(theme.theme)
            if found is None:
                found = self.scores[theme.theme] = array("d")
            if theme.score is not None:
                found.append(theme.score)
        return self.named[obstacles[0].rule.id][1] if obstacles else None


@dataclass
class Summary:
    """One entry per input, in input order, and what the overview counts across them."""

    entries: list[Row | Failure] = field(default_factory=list)
    tally: Tally = field(default_factory=Tally)

    def add(self, assessment: Assessment, lang: str) -> None:
        """Count `assessment` for the overview and keep its row (the report itself is not kept)."""
        top = self.tally.add(assessment.obstacles, assessment.themes)
        self.entries.append(Row.of(assessment, lang, top))

    @property
    def rows(self) -> list[Row]:
        return [entry for entry in self.entries if isinstance(entry, Row)]

    @property
    def failures(self) -> list[Failure]:
        return [entry for entry in self.entries if isinstance(entry, Failure)]

    def verdict_counts(self) -> dict[str, int]:
        rows = self.rows
        return {verdict: sum(1 for row in rows if row.verdict == verdict) for verdict in VERDICTS}


def is_batch(arguments: Iterable[str]) -> bool:
    """Several arguments or a folder: the report ends with a summary and JSON is the batch shape.

    Decided by the command line, not by how many files a folder holds, so a
    script knows the shape of the output before it runs.
    """
    arguments = list(arguments)
    return len(arguments) > 1 or any(argument != STDIN and os.path.isdir(argument) for argument in arguments)


def collect_inputs(arguments: Iterable[str]) -> tuple[list[Input], list[Failure]]:
    """The inputs named on the command line, folders expanded, each file once.

    A folder without partnership files is a failure; a path that does not
    exist stays an input, so reading it reports the problem in its place.
    """
    inputs: list[Input] = []
    failures: list[Failure] = []
    seen: set[Path] = set()

    def add(path: Path, key: Path) -> None:
        if key not in seen:
            seen.add(key)
            inputs.append(Input(str(path)))

    for argument in arguments:
        if argument == STDIN:
            inputs.append(Input(STDIN_SOURCE, stdin=True))
            continue
        path = Path(argument)
        if not os.path.isdir(path):  # os.path: a name too long is no folder, not a crash
            add(path, file_key(path))
            continue
        found = list(partnership_files(path))
        if not found:
            failures.append(Failure(argument, (Problem(argument, "batch.no_files"),)))
        for file, key in found:
            add(file, key)
    return inputs, failures


def file_key(path: Path) -> Path:
    """The path a file is known by, to spot the same file named twice; a symlink loop is left to the reader to report."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return path.absolute()


def partnership_files(folder: Path) -> Iterator[tuple[Path, Path]]:
    """`*.yaml` and `*.yml` files under `folder`, in a stable order, hidden ones skipped; each with its `file_key`.

    A file that is no symlink is known by its folder's key and its name: the
    folder is resolved once, not once per file (thousands of system calls).
    """
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        resolved: Path | None = None
        for name in sorted(files):
            if name.endswith(SUFFIXES) and not name.startswith("."):
                path = Path(root, name)
                if os.path.islink(path):
                    yield path, file_key(path)
                    continue
                if resolved is None:
                    resolved = file_key(Path(root))
                yield path, resolved / name


def read_stdin(stream: BinaryIO, source: str = STDIN_SOURCE) -> Document:
    """A partnership document from standard input, with the same size cap as a file."""
    raw = stream.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise InputError([Problem(source, "file.too_large", {"size": f">{MAX_FILE_BYTES}", "limit": MAX_FILE_BYTES})])
    return parse_yaml(decode(raw, source), source)


def assess_input(item: Input, rules: list[Rule], stdin: BinaryIO) -> Assessment:
    """Assess one input through the library API (raises `InputError`)."""
    if item.stdin:
        return api.assess_document(read_stdin(stdin, item.source), rules)
    return api.assess_file(item.source, rules)


def assess_all(inputs: Iterable[Input], rules: list[Rule], stdin: BinaryIO) -> Iterator[Assessment | Failure]:
    """Assess each input in turn; a broken file becomes a `Failure` and the run goes on."""
    for item in inputs:
        try:
            yield assess_input(item, rules, stdin)
        except InputError as error:
            yield Failure(item.source, tuple(error.problems))


def below(row: Row, fail_under: float | None) -> bool:
    """Below `--fail-under`, judged on the score as the report shows it (90.66... shows and counts as 90.7)."""
    shown = shown_score(row.score)
    return fail_under is not None and (shown is None or shown < fail_under)


def exit_code(summary: Summary, fail_under: float | None = None) -> int:
    """2 if any file was broken, else 1 if any is not ready or below `fail_under`, else 0."""
    if summary.failures:
        return EXIT_INPUT_ERROR
    if any(row.verdict == "not_ready" or below(row, fail_under) for row in summary.rows):
        return EXIT_FAILED
    return EXIT_OK
