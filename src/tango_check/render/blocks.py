"""The report's building blocks as lines: a paragraph, a list item, a table, a panel, a rule.

Each block takes styled texts and the width, and returns lines of segments
laid out exactly as the Rich renderable it replaces (`Text`, a `Padding`
around a grid, `Table(box=None)`, `Panel`, `Rule`) printed them: the same
column widths (Rich's measuring and shrinking of columns), the same
padding, and the same styles on the same cells, spaces included. That is
what keeps the coloured report byte-for-byte the same: `tests/golden/`
holds the proof, and `tests/test_styled.py` compares each block with
Rich's on drawn texts.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from rich.cells import set_cell_size

from tango_check.render.styled import Line, Styled, cells, combine


LAYOUTS_REMEMBERED = 1024  # a batch repeats the same findings, headings and legend in every report


def paragraph(text: Styled, width: int) -> list[Line]:
    """A text printed on its own, wrapped at the width."""
    return list(_paragraph(text.key(), width))


@lru_cache(maxsize=LAYOUTS_REMEMBERED)
def _paragraph(text: tuple, width: int) -> list[Line]:
    return [line.segments() for line in Styled.of(text).escaped().wrap(width)]


def whole_lines(text: Styled) -> list[Line]:
    """A text printed without wrapping (one line however wide, for logs)."""
    return [line.segments() for line in text.escaped().split_lines()]


def indented(lines: list[Line], indent: int, width: int) -> list[Line]:
    """Lines after `indent` spaces, each padded to the width as Rich pads them."""
    return [[(" " * indent, ""), *_padded(line, width - indent, "")] for line in lines]


def _padded(line: Line, width: int, style: str) -> Line:
    short = width - sum([cells(text) for text, _ in line])  # per segment, as Rich counts (a variation selector alone is 0)
    if short > 0:
        return [*line, (" " * short, style)]
    return _cropped(line, width) if short < 0 else line


def _cropped(line: Line, width: int) -> Line:
    result, room = [], width
    for text, style in line:
        size = cells(text)
        if size > room:
            if room:
                result.append((set_cell_size(text, room), style))
            break
        result.append((text, style))
        room -= size
    return result


class Column(NamedTuple):
    """A column of a table; `width` fixes its width (padding excluded). A word too long for it ends in `…`."""

    justify: str = "left"
    width: int | None = None


class Table:
    """A table as Rich's `Table(box=None)` lays it out.

    A space pads each cell left and right; `pad_edge=False` leaves it off
    the outer edges. `rules` draws a line between the columns and under
    the header with its (vertical, horizontal, crossing) characters, as
    Rich's box `MINIMAL` without its edge.
    """

    def __init__(
        self,
        columns: Sequence[Column],
        header: Sequence[Styled] | None = None,
        header_style: str = "",
        *,
        pad_edge: bool = True,
        rules: tuple[str, str, str] | None = None,
    ):
        self.columns, self.header, self.header_style = columns, header, header_style
        self.pad_edge, self.rules = pad_edge, rules

    def _pads(self, index: int) -> tuple[int, int]:
        """(left, right) padding of a column's cells."""
        left = right = 1
        if not self.pad_edge:
            left = 0 if index == 0 else left
            right = 0 if index == len(self.columns) - 1 else right
        return left, right

    def _widest(self, index: int, cells: Sequence[Styled], max_width: int) -> int:
        """The width a column wants, padding included, at most `max_width` (Rich's measure's maximum)."""
        if max_width < 1:
            return 0
        column = self.columns[index]
        extra = sum(self._pads(index))
        if column.width is not None:
            return min(column.width + extra, max_width)
        inner = max_width - extra
        if inner < 1:
            return max_width
        longest = max(min(cell.measure()[1], inner) for cell in cells)
        return longest + extra if longest >= 1 else extra

    def widths(self, columns: list[list[Styled]], max_width: int) -> list[int]:
        """Each column's width, padding included, as Rich's `Table._calculate_column_widths`."""
        widths = [self._widest(index, cells, max_width) or 1 for index, cells in enumerate(columns)]
        if sum(widths) > max_width:
            wraps = [column.width is None for column in self.columns]
            widths = _collapse(widths, wraps, max_width)
            if sum(widths) > max_width:
                widths = _ratio_reduce(sum(widths) - max_width, [1] * len(widths), widths, widths)
            widths = [self._widest(index, cells, width) for index, (cells, width) in enumerate(zip(columns, widths))]
        return widths

    def lines(self, rows: Sequence[Sequence[Styled]], width: int) -> list[Line]:
        """The table at most `width` cells wide: its header (if any), then each row, cells wrapped in their column."""
        all_rows = ([(self.header, self.header_style, "bottom")] if self.header is not None else []) + [(row, "", "top") for row in rows]
        columns = [[row[index] for row, _, _ in all_rows] for index in range(len(self.columns))]
        widths = self.widths(columns, width - (len(self.columns) - 1 if self.rules else 0))
        between = [(self.rules[0], "")] if self.rules else []
        result: list[Line] = []
        for row, style, vertical in all_rows:
            cells = [self._cell(index, cell, column_width, style) for index, (cell, column_width) in enumerate(zip(row, widths))]
            height = max(len(cell) for cell in cells)
            for cell, column_width in zip(cells, widths):
                blank = [[(" " * column_width, style)]] * (height - len(cell))
                cell[:] = blank + cell if vertical == "bottom" else cell + blank
                if not cell:  # no room for any cell: Rich fills the row with unstyled spaces
                    cell.append([(" " * column_width, "")])
            for number in range(max(height, 1)):
                line = cells[0][number][:]
                for cell in cells[1:]:
                    line += between + cell[number]
                result.append(line)
            if self.rules and vertical == "bottom":
                result.append([(self.rules[2].join(self.rules[1] * column_width for column_width in widths), "")])
        return result

    def _cell(self, index: int, text: Styled, width: int, style: str) -> list[Line]:
        left, right = self._pads(index)
        return list(_cell(text.key(), self.columns[index].justify, left, right, width, style))


@lru_cache(maxsize=LAYOUTS_REMEMBERED)
def _cell(text: tuple, justify: str, left: int, right: int, width: int, style: str) -> list[Line]:
    """A cell's lines: the text wrapped between its padding, all of it in the cell's style (a header's bold)."""
    inner = width - left - right
    rendered: list[Line] = []
    if inner < 1:  # Rich renders nothing in no room
        return rendered
    for line in Styled.of(text).escaped().wrap(inner, justify, "ellipsis"):
        segments = _padded(line.segments(), inner, "")
        if left:
            segments.insert(0, (" " * left, ""))
        if right:
            segments.append((" " * right, ""))
        rendered.append(_padded([(text, combine(style, own)) for text, own in segments], width, style))
    return rendered


def _collapse(widths: list[int], wraps: list[bool], max_width: int) -> list[int]:
    """Narrow the widest wrapping columns first until the table fits (Rich's `Table._collapse_widths`)."""
    total = sum(widths)
    excess = total - max_width
    if any(wraps):
        while total and excess > 0:
            widest = max(width for width, wrap in zip(widths, wraps) if wrap)
            second = max(width if wrap and width != widest else 0 for width, wrap in zip(widths, wraps))
            ratios = [1 if (width == widest and wrap) else 0 for width, wrap in zip(widths, wraps)]
            if not any(ratios) or not widest - second:
                break
            widths = _ratio_reduce(excess, ratios, [min(excess, widest - second)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def _ratio_reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """Take `total` from `values` in proportion to `ratios`, at most `maximums` each (Rich's `ratio_reduce`)."""
    ratios = [ratio if maximum else 0 for ratio, maximum in zip(ratios, maximums)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result = []
    for ratio, maximum, value in zip(ratios, maximums, values):
        if ratio and total_ratio > 0:
            distributed = min(maximum, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def item(mark: Styled, body: Styled, width: int) -> list[Line]:
    """A list item indented by 2, its wrapped lines indented under its text.

    Rich's grid of two columns, the mark's (`max(2, len(mark))` and a space)
    and the body's, which gets the rest; worked out here for that one case.
    """
    return list(_item(mark.key(), body.key(), width))


@lru_cache(maxsize=LAYOUTS_REMEMBERED)
def _item(mark_key: tuple, body_key: tuple, width: int) -> list[Line]:
    mark, body = Styled.of(mark_key), Styled.of(body_key)
    inner = width - 2
    mark_width = min(max(2, len(mark.plain)) + 1, inner)
    longest = min(body.widest(), inner)
    if mark_width + (longest or 1) <= inner:
        body_width = longest or 1
    else:  # Rich shrinks the body's column to the room left, then measures it again
        room = inner - mark_width
        body_width = min(longest, room) if room >= 1 else 0
    marks = [_padded(line.segments(), mark_width, "") for line in mark.escaped().wrap(mark_width - 1, "left", "ellipsis", no_wrap=True)]
    texts = [line.segments() for line in body.escaped().wrap(body_width, "left", "ellipsis")] if body_width > 0 else [[]]
    marks += [[(" " * mark_width, "")]] * (len(texts) - len(marks))
    texts += [[(" " * max(body_width, 0), "")]] * (len(marks) - len(texts))
    return [[("  ", ""), *_padded(marks[number] + texts[number], inner, "")] for number in range(len(texts))]


# A box's top, side and bottom characters: (top left, top, top right, side, bottom left, bottom, bottom right).
ROUNDED = ("╭", "─", "╮", "│", "╰", "─", "╯")
ASCII = ("+", "-", "+", "|", "+", "-", "+")


def panel(body: Styled, title: str, width: int, *, ascii_only: bool = False) -> list[Line]:
    """A rounded box around the text, as wide as its longest line and the title (Rich's `Panel(expand=False)`)."""
    top_left, top, top_right, side, bottom_left, bottom, bottom_right = ASCII if ascii_only else ROUNDED
    title = f" {title} "
    if width - 4 >= 1:
        longest = min(body.widest(), width - 4)
        inner = min((longest if longest >= 1 else 0) + 2, width - 2)
    else:
        inner = max(width - 2, 0)
    inner = min(width - 2, max(inner, cells(title) + 2))
    lines = [[(side + " ", ""), *_padded(line, inner - 2, ""), (" " + side, "")] for line in paragraph(body, inner - 2)]
    if inner <= 2:
        head = top_left + top * inner + top_right
    else:
        shown = set_cell_size(title, inner - 2) if cells(title) > inner - 2 else title
        head = top_left + top + shown + top * (inner - 2 - cells(shown)) + top + top_right
    return [[(head, "")], *lines, [(bottom_left + bottom * inner + bottom_right, "")]]


def rule(title: str, style: str, width: int, *, ascii_only: bool = False) -> list[Line]:
    """A title on the left, then a line to the width (Rich's `Rule(align="left")`)."""
    characters = "-" if ascii_only else "─"
    if not title:
        return [[(characters * width, style)]]
    text = Styled(Styled(title).escaped().plain.replace("\n", " "))
    text.truncate(width - 2, "ellipsis")
    text.append(" ")
    text.append(characters * (width - cells(text.plain)), style)
    text.set_plain(set_cell_size(text.plain, width))
    return paragraph(text, width)
