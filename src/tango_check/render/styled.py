"""Styled text, wrapped into lines the way Rich wraps its `Text`, without Rich's machinery.

The terminal report used to print ~50 Rich renderables per partnership;
laying them out cost 15 times the JSON report. Here a text is a string
with style spans, and wrapping it gives lines of segments, (text, style)
pairs, that a writer (`render/writer.py`) prints plain or in colour. Every
step mirrors the Rich method of the same name (`divide`, `rstrip_end`,
`truncate`, `render`), including where Rich splits a styled run in two,
because a colour writer prints each segment with its own escape codes:
the report stays byte-for-byte what Rich printed (`tests/golden/`).

A style is a Rich style definition (`"bold red"`); `""` is no style, and
two styles combine by joining their definitions, as Rich's `Style.combine`
does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rich.cells import cell_len, chop_cells, set_cell_size

from tango_check.safe_text import escape_controls

Segment = tuple[str, str]  # text, style
Line = list[Segment]
Span = tuple[int, int, str]  # start, end, style

_STRIPPED = re.compile("[\x07\x08\x0b\x0c\r]")  # bell, backspace, vertical tab, form feed, carriage return: Rich drops them
_TRAILING_WHITESPACE = re.compile(r"\s+$")
_WORD = re.compile(r"\s*\S+\s*")  # a word with the spaces after it (and before it, at the start)


def cells(text: str) -> int:
    """The width of `text` in terminal cells (Rich's `cell_len`, without its work for plain ASCII)."""
    return len(text) if text.isascii() and text.isprintable() else cell_len(text)


def line_breaks(text: str, width: int, fold: bool) -> list[int]:
    """Where to break `text` so that each line fits `width`: Rich's `divide_line`, greedy, word by word.

    A word longer than the width is folded over lines (`fold`) or left
    whole for the caller to cut.
    """
    size = len if text.isascii() and text.isprintable() else cells
    if size(text) <= width:
        return []
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = size(word.rstrip())
        if width - offset >= length:
            offset += size(word)
        elif length > width:
            if fold:
                folded = chop_cells(word, width)
                for part in folded[:-1]:
                    if start:
                        breaks.append(start)
                    start += len(part)
                if start:
                    breaks.append(start)
                offset = cells(folded[-1])
            else:
                if start:
                    breaks.append(start)
                offset = size(word)
        elif offset and start:
            breaks.append(start)
            offset = size(word)
    return breaks


@lru_cache(maxsize=1024)
def _measure(text: str) -> tuple[int, int]:
    widest = max(map(cells, text.splitlines()), default=0)
    words = text.split()
    return (max(map(cells, words)) if words else widest), widest


def combine(first: str, second: str) -> str:
    """The style of `second` over `first`."""
    return f"{first} {second}" if first and second else first or second


def _clean(text: str) -> str:
    return text if text.isprintable() or not _STRIPPED.search(text) else _STRIPPED.sub("", text)


def printable(text: str) -> bool:
    """Nothing to escape: printable, line ends aside."""
    return text.isprintable() or text.replace("\n", "").isprintable()


class Styled:
    """A string with a base style and style spans: the part of Rich's `Text` the report uses."""

    __slots__ = ("plain", "style", "spans")

    def __init__(self, text: str = "", style: str = "", spans: list[Span] | None = None):
        self.plain = _clean(text)
        self.style = style
        self.spans: list[Span] = [] if spans is None else spans

    @classmethod
    def _part(cls, plain: str, style: str, spans: list[Span]) -> Styled:
        """A piece of a text already clean of what Rich drops."""
        part = cls.__new__(cls)
        part.plain, part.style, part.spans = plain, style, spans
        return part

    def key(self) -> tuple[str, str, tuple[Span, ...]]:
        """What the text is, as a value (to remember its layout by)."""
        return self.plain, self.style, tuple(self.spans)

    @classmethod
    def of(cls, key: tuple[str, str, tuple[Span, ...]]) -> Styled:
        plain, style, spans = key
        return cls._part(plain, style, list(spans))

    def append(self, text: str, style: str = "") -> Styled:
        if text:
            clean = _clean(text)
            start = len(self.plain)
            if style:
                self.spans.append((start, start + len(clean), style))
            self.plain += clean
        return self

    def _crop_spans(self, length: int) -> None:
        """Drop the spans past `length` and end the rest there (Rich's `_trim_spans`)."""
        self.spans = [span if span[1] < length else (span[0], min(length, span[1]), span[2]) for span in self.spans if span[0] < length]

    def set_plain(self, text: str) -> None:
        """New text under the same spans, those past its end cut (Rich's `plain` setter)."""
        if text != self.plain:
            text = _clean(text)
            if len(text) < len(self.plain):
                self._crop_spans(len(text))
            self.plain = text

    def widest(self) -> int:
        """The longest line in cells."""
        return max(map(cells, self.plain.splitlines()), default=0)

    def measure(self) -> tuple[int, int]:
        """(longest word, longest line) in cells, as Rich measures a text for a table or panel."""
        return _measure(self.plain)

    def escaped(self) -> Styled:
        """Control characters written out (`\\x1b`), each piece keeping its styles (as `console.literal`)."""
        if printable(self.plain):
            return self
        result = Styled("", self.style)
        for piece in self.divide(sorted({edge for start, end, _ in self.spans for edge in (start, end)})):
            shown = escape_controls(piece.plain)
            offset = len(result.plain)
            result.plain += shown
            if shown:
                result.spans += [(offset, offset + len(shown), style) for _, _, style in piece.spans]
        return result

    def divide(self, offsets: list[int]) -> list[Styled]:
        """The text cut at `offsets`, each piece with the part of each span it holds."""
        if not offsets:
            return [Styled._part(self.plain, self.style, list(self.spans))]
        bounds = [0, *offsets, len(self.plain)]
        lines = []
        for start, end in zip(bounds, bounds[1:]):
            line = Styled._part(self.plain[start:end], self.style, [])
            for span_start, span_end, style in self.spans:
                new_start, new_end = max(0, span_start - start), min(span_end - start, end - start)
                if new_end > new_start:
                    line.spans.append((new_start, new_end, style))
            lines.append(line)
        return lines

    def split_lines(self) -> list[Styled]:
        """A copy of each line of the text, with the part of each span it holds."""
        if "\n" not in self.plain:
            return self.divide([])
        lines, start = [], 0
        for text in self.plain.split("\n"):
            end = start + len(text)
            spans = [(max(low, start) - start, min(high, end) - start, style) for low, high, style in self.spans if low < end and high > start]
            lines.append(Styled._part(text, self.style, spans))
            start = end + 1
        return lines

    def rstrip_end(self, size: int) -> None:
        excess = len(self.plain) - size
        if excess > 0:
            match = _TRAILING_WHITESPACE.search(self.plain)
            if match is not None:
                amount = min(len(match.group(0)), excess)
                self._crop_spans(len(self.plain) - amount)
                self.plain = self.plain[:-amount]

    def truncate(self, width: int, overflow: str, pad: bool = False) -> None:
        length = cells(self.plain)
        if length > width:
            if overflow == "ellipsis":
                self.set_plain(set_cell_size(self.plain, width - 1) + "…")
            else:
                self.set_plain(set_cell_size(self.plain, width))
        if pad and length < width:
            self.plain += " " * (width - length)

    def align_right(self, width: int, overflow: str) -> None:
        self.set_plain(self.plain.rstrip())
        self.truncate(width, overflow)
        count = width - cells(self.plain)
        if count:
            self.plain = " " * count + self.plain
            self.spans = [(start + count, end + count, style) for start, end, style in self.spans]

    def wrap(self, width: int, justify: str = "default", overflow: str = "fold", no_wrap: bool = False) -> list[Styled]:
        """Lines of at most `width` cells: words kept whole where they fit, long ones folded or cut."""
        lines = []
        for line in self.split_lines():
            if no_wrap:
                pieces = [line]
            else:
                pieces = line.divide(line_breaks(line.plain, width, overflow == "fold"))
                for piece in pieces:
                    piece.rstrip_end(width)
            for piece in pieces:
                if justify == "left":
                    piece.truncate(width, overflow, pad=True)
                elif justify == "right":
                    piece.align_right(width, overflow)
                piece.truncate(width, overflow)
            lines += pieces
        return lines

    def segments(self) -> Line:
        """The line as Rich renders it: a segment from each span edge to the next, with the styles over it."""
        plain, base = self.plain, self.style
        result: Line = []
        position = 0
        for start, end, style in self.spans:  # the usual case: spans one after the other
            if start < position:
                return self._overlapping_segments()
            if start > position:
                result.append((plain[position:start], base))
            if end > start:
                result.append((plain[start:end], combine(base, style)))
            position = end
        if position < len(plain):
            result.append((plain[position:], base))
        return result

    def _overlapping_segments(self) -> Line:
        spans = [(0, len(self.plain), self.style), *self.spans]
        edges = sorted({0, len(self.plain), *(start for start, _, _ in spans), *(end for _, end, _ in spans)})
        result = []
        for start, end in zip(edges, edges[1:]):
            if end > start:
                style = ""
                for span_start, span_end, span_style in spans:
                    if span_start <= start < span_end:
                        style = combine(style, span_style)
                result.append((self.plain[start:end], style))
        return result
