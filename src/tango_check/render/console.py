"""A Rich console that shows every text literally, for the commands that print Rich renderables.

`compare`, `history`, `rules`, `explain`, the batch summary and the progress
bar print through it; the assessment report does not need it
(`render/writer.py`). Imported only when one of them runs: Rich's console
costs about 20 ms of start-up.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.text import Text

from tango_check.render.styled import printable
from tango_check.render.writer import DEFAULT_WIDTH, MIN_WIDTH, TRAILING_SPACES
from tango_check.safe_text import escape_controls


def literal(text: Text) -> Text:
    """`text` with its control characters written out (`\\x1b`), its styles kept on the same characters.

    The same as `Styled.escaped` does for the report, here for Rich's `Text`.
    """
    if printable(text.plain):
        return text
    result = text.blank_copy()
    bounds = sorted({edge for span in text.spans for edge in (span.start, span.end)})
    for piece in text.divide(bounds):
        shown = Text(escape_controls(piece.plain))
        for span in piece.spans:  # each covers the whole piece: the pieces end where spans do
            shown.stylize(span.style)
        result.append_text(shown)
    return result


class _Console(Console):
    """A console that shows every text literally: no markup read, control characters escaped.

    Each text is escaped before it is laid out, so a panel or table is as
    wide as the escaped text and nothing is cropped; the segments are checked
    once more on their way out, whatever made them.
    """

    def render_str(self, text: str, **options: Any) -> Text:
        return literal(super().render_str(text, **options))

    def render(self, renderable: RenderableType, options: ConsoleOptions | None = None) -> Iterable[Segment]:
        if isinstance(renderable, Text):
            renderable = literal(renderable)
        for segment in super().render(renderable, options):
            if segment.control is None and not printable(segment.text):
                segment = Segment(escape_controls(segment.text), segment.style)
            yield segment

    def on_broken_pipe(self) -> None:
        """Let the command decide what a closed output means (Rich would exit with 1, our "not ready")."""
        self.quiet = True
        raise BrokenPipeError


class _TrimmedLines:
    """A stream that drops the spaces Rich pads each line with, so no line of a report ends in spaces.

    Whole lines are written as they come; a line without its end yet waits
    for it (or for `flush`, as a prompt does).
    """

    def __init__(self, stream: TextIO):
        self._stream = stream
        self._pending = ""

    def write(self, text: str) -> int:
        lines = (self._pending + text).split("\n")
        self._pending = lines.pop()
        if lines:
            self._stream.write("".join(TRAILING_SPACES.sub(r"\1", line) + "\n" for line in lines))
        return len(text)

    def flush(self) -> None:
        if self._pending:
            self._stream.write(self._pending)
            self._pending = ""
        self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def rich_console(colour: bool, stream: TextIO, trim: bool) -> Console:
    """The console of `terminal.make_console`."""
    console = _Console(
        file=_TrimmedLines(stream) if trim else stream,
        force_terminal=colour,
        color_system="auto" if colour else None,
        no_color=not colour,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )
    if console.width < MIN_WIDTH:
        console.width = DEFAULT_WIDTH
    return console
