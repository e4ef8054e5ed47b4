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

import json
from collections.abc import Iterator

import orjson

# Floats whose shortest form orjson writes as Python's repr() does (checked over millions of values, and by a test).
_AGREED_FROM, _AGREED_BELOW = 1e-4, 1e16


def agreed(value: object) -> bool:
    """True when every float in `value` (dicts, lists, tuples, scalars) is one orjson writes as `json` does."""
    if isinstance(value, float):  # NaN fails both comparisons; a subclass orjson refuses, and falls back
        return value == 0.0 or _AGREED_FROM <= abs(value) < _AGREED_BELOW
    if isinstance(value, dict):
        return all(map(agreed, value.values()))
    if isinstance(value, (list, tuple)):
        return all(map(agreed, value))
    return True


def indented(value: object, level: int = 0, *, floats_agreed: bool | None = None) -> str:
    """`value` as indented JSON, standing `level` indents deep (each line after the first indented by it).

    `floats_agreed`: what `agreed(value)` gives, when the caller knows it already.
    """
    text = None
    if agreed(value) if floats_agreed is None else floats_agreed:
        try:
            text = orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
        except TypeError:  # orjson.JSONEncodeError: a lone surrogate, a huge integer, a key that is no string
            pass
    if text is None:
        text = json.dumps(value, ensure_ascii=False, indent=2)
    return text.replace("\n", "\n" + "  " * level) if level else text



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
