"""Plain objects: what the classes of the generated mirror (`tango_check._mirror`) share.

A mirror class has the fields of one pydantic model as slots, and of that
model's interface the little the engine and the reports use: attribute
access, `model_fields` (name to alias) and `model_dump`. A test holds each
against its model (`tests/test_mirror.py`).
"""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar


class NotCertain(Exception):
    """The mirror cannot be sure a value is valid: the models must judge it (and word the error)."""


class Plain:
    __slots__ = ()
    model_fields: ClassVar[dict[str, str]] = {}  # field name -> alias, in the model's order

    def model_dump(
        self,
        *,
        mode: str = "python",
        by_alias: bool = False,
        include: set[str] | None = None,
        exclude: set[str] | None = None,
        exclude_none: bool = False,
    ) -> dict[str, Any]:
        """The fields as plain data, as pydantic's `model_dump` gives them for these options."""
        data = {}
        for name, alias in self.model_fields.items():
            if (include is not None and name not in include) or (exclude is not None and name in exclude):
                continue
            value = getattr(self, name)
            if value is None and exclude_none:
                continue
            data[alias if by_alias else name] = _dumped(value, mode, by_alias, exclude_none)
        return data

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Plain:
        """A shallow copy with some fields changed, as pydantic's `model_copy` (private attributes kept)."""
        copy = object.__new__(type(self))
        for name in self.__slots__:
            object.__setattr__(copy, name, getattr(self, name))
        for name, value in (update or {}).items():
            object.__setattr__(copy, name, value)
        return copy

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.__slots__)

    __hash__ = None  # type: ignore[assignment]  # as the models: their lists make them unhashable too

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.model_fields)
        return f"{type(self).__name__}({fields})"


def _dumped(value: Any, mode: str, by_alias: bool, exclude_none: bool) -> Any:
    if isinstance(value, Plain):
        return value.model_dump(mode=mode, by_alias=by_alias, exclude_none=exclude_none)
    if isinstance(value, list):
        return [_dumped(item, mode, by_alias, exclude_none) for item in value]
    if mode == "json" and isinstance(value, date):
        return value.isoformat()
    return value
