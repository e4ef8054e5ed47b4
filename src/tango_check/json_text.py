"""JSON text exactly as `json.dumps(value, ensure_ascii=False, indent=2)` writes it, about ten times faster.

The standard library's indenting encoder is pure Python; orjson writes the
same bytes in compiled code, except where it refuses a value (a lone
surrogate, as a file name that is not UTF-8 gives; an integer beyond 64
bits; a key that is not a string) or writes it its own way (NaN and infinity
as null; floats under 1e-4 or from 1e16 on in another notation, differing
between its versions). Those values go to the standard encoder, so the text
is always the standard one.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator
from typing import BinaryIO, TextIO

import orjson

# Floats whose shortest form orjson writes as Python's repr() does (checked over millions of values, and by a test).
_AGREED_FROM, _AGREED_BELOW = 1e-4, 1e16


def agreed(value: object) -> bool:
    """True when every float in `value` (dicts, lists, tuples, scalars) is one orjson writes as `json` does."""
    if isinstance(value, dict):
        items: Iterable[object] = value.values()
    elif isinstance(value, (list, tuple)):
        items = value
    else:
        return _agreed_float(value) if isinstance(value, float) else True
    for item in items:  # a report is mostly text and whole numbers: only containers and floats take a call
        kind = type(item)
        if kind is not str and kind is not int and item is not None and kind is not bool and not agreed(item):
            return False
    return True


def _agreed_float(value: float) -> bool:
    """NaN fails both comparisons; a subclass of float orjson refuses, and the text falls back anyway."""
    return value == 0.0 or _AGREED_FROM <= abs(value) < _AGREED_BELOW


def encoded(value: object, level: int = 0, *, floats_agreed: bool | None = None) -> bytes | str:
    """`value` as indented JSON standing `level` indents deep: orjson's UTF-8 bytes, or the standard encoder's text.

    The text (when orjson could not write the value) may hold a lone
    surrogate, which only the stream it is written to knows how to handle.
    `floats_agreed`: what `agreed(value)` gives, when the caller knows it already.
    """
    for _ in range(level):  # nested `level` lists deep, the encoder indents it where it stands: cut the lists off
        value = [value]
    start, end = _wrapping(level)
    if agreed(value) if floats_agreed is None else floats_agreed:
        try:
            return orjson.dumps(value, option=orjson.OPT_INDENT_2)[start:end]
        except TypeError:  # orjson.JSONEncodeError: a lone surrogate, a huge integer, a key that is no string
            pass
    return json.dumps(value, ensure_ascii=False, indent=2)[start:end]


def _wrapping(level: int) -> tuple[int, int | None]:
    """Where a value nested `level` lists deep starts and ends in their indented text (past each `[` and its indent)."""
    opening = sum(2 + 2 * depth for depth in range(1, level + 1))
    closing = sum(2 + 2 * depth for depth in range(level))
    return opening, -closing or None


def indented(value: object, level: int = 0, *, floats_agreed: bool | None = None) -> str:
    """`value` as indented JSON text, standing `level` indents deep (each line after the first indented by it)."""
    text = encoded(value, level, floats_agreed=floats_agreed)
    return text.decode() if isinstance(text, bytes) else text


class Output:
    """A text stream that JSON is written to, taking text and the bytes `encoded` gives.

    Bytes go straight to the stream's binary buffer when its text layer would
    write exactly those bytes (UTF-8, no line ending translated): decoding
    and encoding again a batch's reports would cost as much as orjson's
    encoding itself. The text layer is flushed first when it holds text, so
    everything stays in order; on a line-buffered stream (a terminal) the
    bytes are flushed as its text would be.
    """

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.binary: BinaryIO | None = getattr(stream, "buffer", None) if _writes_utf8_as_is(stream) else None
        self.line_buffered = bool(getattr(stream, "line_buffering", False))
        self.pending = False  # text the text layer may hold

    def write(self, data: bytes | str) -> None:
        if isinstance(data, str):
            self.stream.write(data)
            self.pending = True
        elif self.binary is None:
            self.stream.write(data.decode())
            self.pending = True
        else:
            if self.pending:
                self.stream.flush()
                self.pending = False
            self.binary.write(data)
            if self.line_buffered:
                self.binary.flush()


def _writes_utf8_as_is(stream: TextIO) -> bool:
    try:
        utf8 = codecs.lookup(stream.encoding).name == "utf-8"
    except (AttributeError, LookupError, TypeError):
        return False
    return utf8 and os.linesep == "\n"  # a text stream translates "\n" to os.linesep (ours: stdout, or newline="\n")


def chunks(value: object, level: int = 0) -> Iterator[str]:
    """The text of `indented(value, level)` in pieces, a dict's members one by one; an iterator is written as a list.

    For a large value made as it is written (the summary of a batch): its
    items are encoded one at a time and never held together.
    """
    inner = "\n" + "  " * (level + 1)
    if isinstance(value, dict) and value and all(type(key) is str for key in value):
        for index, (key, member) in enumerate(value.items()):
            yield ("{" if index == 0 else ",") + inner + json.dumps(key, ensure_ascii=False) + ": "
            yield from chunks(member, level + 1)
        yield "\n" + "  " * level + "}"
    elif isinstance(value, Iterator):
        empty = True
        for item in value:
            yield ("[" if empty else ",") + inner + indented(item, level + 1)
            empty = False
        yield "[]" if empty else "\n" + "  " * level + "]"
    else:
        yield indented(value, level)
