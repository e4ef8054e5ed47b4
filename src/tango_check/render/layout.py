"""Column widths for terminal tables in which names, paths and words stay whole.

Rich shrinks a table that is too wide by folding its cells anywhere, even
inside a file name. Here each column gets at least its `minimum` (a column
that must not wrap: its longest cell; one that may wrap: its longest word),
the rest of the room goes to the columns that want more, and when even the
minimums do not fit, the caller lays its rows out as a list instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len


def longest_word(cells: Sequence[str]) -> int:
    return max((cell_len(word) for cell in cells for word in cell.split()), default=0)


def fit_columns(rows: Sequence[Sequence[str]], available: int, wraps: Sequence[bool], least: int = 0) -> list[int] | None:
    """A width per column, summing to at most `available`, or None when the columns cannot fit whole.

    A column that `wraps` may be as narrow as its longest word (and `least`,
    when its text is that long); any other column keeps its longest cell.
    """
    columns = list(zip(*rows))
    natural = [max(cell_len(cell) for cell in column) for column in columns]
    widths = [
        min(natural[index], max(longest_word(column), least)) if wraps[index] else natural[index]
        for index, column in enumerate(columns)
    ]
    room = available - sum(widths)
    if room < 0:
        return None
    # The room is shared fairly: a column that wants little (a verdict) gets all of it, the rest split what is left.
    wanting = sorted((want - have, index) for index, (want, have) in enumerate(zip(natural, widths)) if want > have)
    for count, (short, index) in enumerate(wanting):
        given = min(short, room // (len(wanting) - count))
        widths[index] += given
        room -= given
    return widths


def shorten_path(path: str, width: int) -> str:
    """A path that fits `width`: whole, or its end (the file name) after an ellipsis."""
    if cell_len(path) <= width:
        return path
    kept = path[-max(width - 1, 1) :]
    while cell_len(kept) > width - 1 and len(kept) > 1:
        kept = kept[1:]
    return "…" + kept
