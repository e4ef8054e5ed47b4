"""Where the terminal report goes: a stream, its width, and whether it takes colour.

One layout (lines of segments, `render/styled.py`), two cheap ways to
write it: plain text, or each styled segment between its escape codes as
Rich writes them. No line ends in spaces (Rich pads lines with them).
Width and colour are decided as Rich's console decides them for
`make_console`, without importing the console (about 20 ms of start-up);
a test holds the two together.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from tango_check.render.styled import Line

if TYPE_CHECKING:
    from rich.console import Console

MIN_WIDTH = 20  # narrower (COLUMNS=0) would print an empty report
DEFAULT_WIDTH = 80
TRAILING_SPACES = re.compile(r" +((?:\x1b\[[0-9;]*m)*)$")  # spaces at a line's end, before its last escape codes


def terminal_width(colour: bool) -> int:
    """`COLUMNS` when it is a number, else the terminal's width, else 80; narrower than 20 counts as 80.

    As Rich's console decides it, oddities included: a dumb terminal forced
    into colour is 80 wide unless both `COLUMNS` and `LINES` are numbers.
    """
    columns, lines = os.environ.get("COLUMNS", ""), os.environ.get("LINES", "")
    if colour and _dumb() and not (columns.isdigit() and lines.isdigit()):
        return DEFAULT_WIDTH
    if columns.isdigit():
        width = int(columns)
    else:
        width = 0
        for descriptor in (0, 1, 2):
            try:
                width = os.get_terminal_size(descriptor).columns
            except (AttributeError, ValueError, OSError):
                continue
            break
    return width if width >= MIN_WIDTH else DEFAULT_WIDTH


def _dumb() -> bool:
    return os.environ.get("TERM", "").lower() in ("dumb", "unknown")


class Screen:
    """A stream with its width; `codes` when styles are written as escape codes."""

    def __init__(self, stream: TextIO, width: int, *, codes: bool, ascii_only: bool = False):
        self.stream, self.width, self.codes, self.ascii_only = stream, width, codes, ascii_only
        self._escapes: dict[str, tuple[str, str]] = {}  # style: the codes before and after a text in it

    @classmethod
    def open(cls, colour: bool, stream: TextIO) -> Screen:
        """The screen `make_console(choice, stream)` would print to (a dumb terminal gets no codes, as in Rich)."""
        encoding = (getattr(stream, "encoding", None) or "utf-8").lower()
        return cls(stream, terminal_width(colour), codes=colour and not _dumb(), ascii_only=not encoding.startswith("utf"))

    @classmethod
    def of(cls, console: Console) -> Screen:
        """The screen of a Rich console (as `make_console` makes them), to print to it without Rich."""
        codes = console.color_system is not None and not console.no_color
        return cls(console.file, console.width, codes=codes, ascii_only=console.options.ascii_only)  # type: ignore[arg-type]

    def _coded(self, text: str, style: str) -> str:
        escapes = self._escapes.get(style)
        if escapes is None:
            from rich.color import ColorSystem
            from rich.style import Style

            before, _, after = Style.parse(style).render("\0", color_system=ColorSystem.STANDARD).partition("\0")
            escapes = self._escapes[style] = (before, after)
        return f"{escapes[0]}{text}{escapes[1]}"

    def write(self, lines: Iterable[Line]) -> None:
        if not self.codes:
            text = "".join(["".join([text for text, _ in line]).rstrip(" ") + "\n" for line in lines])
        else:
            coded = self._coded
            text = "".join(
                TRAILING_SPACES.sub(r"\1", "".join(coded(text, style) if style and text else text for text, style in line)) + "\n"
                for line in lines
            )
        self.stream.write(text)
        self.stream.flush()
