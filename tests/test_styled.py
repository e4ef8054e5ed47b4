"""The report's own text layout against Rich's: the same lines, cut into the same styled segments.

`render/styled.py` wraps text the way Rich's `Text` does, so that the
report stays byte for byte what Rich printed; here hypothesis draws texts
(wide characters, control characters, line breaks, long words, runs of
spaces), styles that overlap or not, widths and justifications, and
compares every segment with Rich's. `render/blocks.py`'s tables are
compared with Rich's `Table` the same way.
"""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.color import ColorSystem
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.segment import Segment
from rich.style import Style
from rich.table import Table as RichTable
from rich.text import Text

from tango_check.render.blocks import Column, Table, item, panel, rule
from tango_check.render.console import literal, rich_console
from tango_check.render.styled import Line, Styled

STYLES = ["", "bold", "dim", "red", "bold green", "dim italic", "cyan"]
# Emoji come whole (a joiner or a variation selector alone trips Rich 14.3's own cell widths).
CHARACTERS = st.sampled_from([*"ab cdé  f-/.", "\n", "東", "👩\u200d⚕\ufe0f", "⚕\ufe0f", "\x1b", "\x07", "\t", "\u202e", "…"])
PIECES = st.lists(st.tuples(st.lists(CHARACTERS, max_size=14).map("".join), st.sampled_from(STYLES)), max_size=6)
RICH = rich_console(True, io.StringIO(), trim=False)  # as the report's Rich renderer printed: texts shown literally


def _both(base: str, pieces: list[tuple[str, str]], extra: list[tuple[int, int, str]]) -> tuple[Styled, Text]:
    """The same text built both ways: appended pieces, then extra spans laid over them (Rich's `stylize`)."""
    mine, theirs = Styled("", base), Text("", style=base)
    for chunk, style in pieces:
        mine.append(chunk, style)
        theirs.append(chunk, style)
    for start, end, style in extra:
        end = min(end, len(mine.plain))
        if start < len(mine.plain) and end > start:
            mine.spans.append((start, end, style))
            theirs.stylize(style, start, end)
    return mine, theirs


def _codes(style: str | Style) -> str:
    style = Style.parse(style) if isinstance(style, str) else style
    return style.render("x", color_system=ColorSystem.STANDARD)


PLAIN = _codes("")


def _joined(line: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Unstyled segments side by side print the same as one: join them."""
    result: list[tuple[str, str]] = []
    for text, codes in line:
        if result and codes == PLAIN and result[-1][1] == PLAIN:
            result[-1] = (result[-1][0] + text, codes)
        elif text:
            result.append((text, codes))
    return result


def _shown(lines: list[Line]) -> list[list[tuple[str, str]]]:
    return [_joined([(text, _codes(style)) for text, style in line]) for line in lines]


def _rich_lines(segments: list[Segment]) -> list[list[tuple[str, str]]]:
    lines: list[list[tuple[str, str]]] = [[]]
    for segment in segments:
        for number, text in enumerate(segment.text.split("\n")):
            if number:
                lines.append([])
            lines[-1].append((text, _codes(segment.style or Style.null())))
    return [_joined(line) for line in lines]


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from(STYLES),
    pieces=PIECES,
    extra=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.sampled_from(STYLES[1:])), max_size=3),
    width=st.integers(1, 30),
    justify=st.sampled_from(["default", "left", "right"]),
    overflow=st.sampled_from(["fold", "ellipsis"]),
)
def test_wrapped_text_is_cut_and_styled_as_rich_cuts_it(
    base: str, pieces: list[tuple[str, str]], extra: list[tuple[int, int, str]], width: int, justify: str, overflow: str
) -> None:
    mine, theirs = _both(base, pieces, extra)
    escaped, literal_text = mine.escaped(), literal(theirs)
    assert (escaped.plain, escaped.spans) == (literal_text.plain, [tuple(span) for span in literal_text.spans])
    lines = literal_text.wrap(RICH, width, justify=justify, overflow=overflow)  # type: ignore[arg-type]
    expected = _rich_lines(list(Text("\n").join(lines).render(RICH)))
    assert _shown([line.segments() for line in escaped.wrap(width, justify, overflow)]) == expected


@settings(max_examples=150, deadline=None)
@given(
    cells=st.lists(st.lists(st.tuples(PIECES, st.sampled_from(STYLES)), min_size=3, max_size=3), min_size=1, max_size=3),
    width=st.integers(8, 60),
    pad_edge=st.booleans(),
    right=st.booleans(),
)
def test_a_table_lays_out_as_rich_s_table_without_borders(
    cells: list[list[tuple[list[tuple[str, str]], str]]], width: int, pad_edge: bool, right: bool
) -> None:
    header, *rows = [[_both(base, pieces, []) for pieces, base in row] for row in cells]
    table = RichTable(box=None, show_header=True, header_style="bold", padding=(0, 1), pad_edge=pad_edge)
    for index, (_, text) in enumerate(header):
        table.add_column(text, justify="right" if right and index == 1 else "left")
    for row in rows:
        table.add_row(*(text for _, text in row))
    expected = _rich_lines(list(RICH.render(table, RICH.options.update_width(width))))[:-1]
    columns = [Column("right" if right and index == 1 else "left") for index in range(3)]
    mine = Table(columns, header=[styled for styled, _ in header], header_style="bold", pad_edge=pad_edge)
    assert _shown(mine.lines([[styled for styled, _ in row] for row in rows], width)) == expected


@settings(max_examples=150, deadline=None)
@given(
    mark=st.sampled_from(["•", "✓", "!", "1.", "10.", "+"]),
    mark_style=st.sampled_from(STYLES),
    base=st.sampled_from(STYLES),
    pieces=PIECES,
    width=st.integers(20, 70),
)
def test_an_item_a_panel_and_a_rule_lay_out_as_rich_s(mark: str, mark_style: str, base: str, pieces: list[tuple[str, str]], width: int) -> None:
    """The report's list item (Rich's grid in a `Padding`), header panel and batch rule."""
    options = RICH.options.update_width(width)
    body, text = _both(base, pieces, [])
    grid = RichTable.grid(padding=(0, 1))
    grid.add_column(width=max(2, len(mark)), no_wrap=True)
    grid.add_column()
    grid.add_row(Text(mark, style=mark_style), text)
    expected = _rich_lines(list(RICH.render(Padding(grid, (0, 0, 0, 2)), options)))[:-1]
    assert _shown(item(Styled(mark, mark_style), body, width)) == expected

    expected = _rich_lines(list(RICH.render(Panel(text, title="Title", title_align="left", expand=False), options)))[:-1]
    assert _shown(panel(body, "Title", width)) == expected

    title = body.plain
    expected = _rich_lines(list(RICH.render(Rule(title, align="left", style="dim"), options)))[:-1]
    assert _shown(rule(title, "dim", width)) == expected
