"""User text made safe to show: control characters escaped, never passed to a terminal raw.

A partnership's name, a file name or a saved result's field may hold
`\\x1b[31m` or `\\x1b]0;title\\a`; written raw, the terminal would obey them
(colour, a new window title, worse). Here they are shown as `\\x1b`, the way
Python writes them, so the reader sees what the file holds.
"""

from __future__ import annotations


def _escaped(char: str) -> str:
    return repr(char)[1:-1]


def escape_controls(text: str, *, keep_newlines: bool = True) -> str:
    """`text` with every non-printable character (escape, bell, bidi override...) written as `\\x1b`, `\\u202e`."""
    if text.isprintable():
        return text
    return "".join(
        char if char.isprintable() or (keep_newlines and char == "\n") else _escaped(char) for char in text
    )


def html_literal(text: object) -> str:
    """Text as HTML shows it literally: markup escaped, control characters written as `\\x1b` as in every report."""
    from html import escape

    return escape(escape_controls(str(text)), quote=True)
