"""Rule conditions: a closed set of declarative operators.

A condition is a small YAML mapping, for example

    {field: vision.shared, equals: "yes"}
    {field: agreements.mission, in: [agreed]}
    {field: benefits.cooperative_seeks, contains: funding}
    {field: benefits.cooperative_seeks, min_items: 1}
    {all: [...]}, {any: [...]}, {not: {...}}, {min_met: 3, of: [...]}

Each operator is a pydantic model, chosen by the key that names it, so a
misspelt operator, a field the partnership file does not have, or an answer
the field cannot take is an error when the rules are loaded, never a silent
"false" later.

What a condition does (three-valued evaluation) is in
`tango_check.evaluation`, which these models inherit.
"""

from __future__ import annotations

import difflib
from typing import Annotated, Any, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, field_validator, model_validator
from pydantic_core import PydanticCustomError

from tango_check.evaluation import (
    OPERATORS,
    AllOf,
    AnyOf,
    AtLeast,
    ContainsTest,
    EqualsTest,
    FieldTest,
    InTest,
    MinItemsTest,
    Negation,
    Operator,
)
from tango_check.i18n import Message
from tango_check.model import model_fields_by_path
from tango_check.outline import FieldSpec


class _Operator(Operator, BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class _FieldOperator(FieldTest, _Operator):
    field: str

    @field_validator("field")
    @classmethod
    def _known_field(cls, path: str) -> str:
        catalog = model_fields_by_path()
        if path not in catalog:
            close = difflib.get_close_matches(path, list(catalog), n=1, cutoff=0.6)
            suggestion = Message("field.suggestion", {"name": close[0]}) if close else ""
            raise PydanticCustomError(
                "unknown_field",
                "unknown field {field}",
                {"message_key": "rules.unknown_field", "params": {"field": path, "suggestion": suggestion}},
            )
        return path

    @property
    def _field_spec(self) -> FieldSpec:
        """The field as the models define it (`spec` reads the mirror, which may be what is being regenerated)."""
        return model_fields_by_path()[self.field]

    def _check_kind(self, kinds: tuple[str, ...], operator: str) -> None:
        if self._field_spec.kind not in kinds:
            raise PydanticCustomError(
                "operator_mismatch",
                "operator does not fit field",
                {
                    "message_key": "rules.operator_mismatch",
                    "params": {"operator": operator, "field": self.field, "kind": self._field_spec.kind},
                },
            )

    def _check_values(self, values: list[str]) -> None:
        allowed = self._field_spec.allowed
        for value in values:
            if allowed and value not in allowed:
                raise PydanticCustomError(
                    "bad_value",
                    "value not possible",
                    {
                        "message_key": "rules.bad_value",
                        "params": {"value": value, "field": self.field, "allowed": ", ".join(allowed)},
                    },
                )


class Equals(EqualsTest, _FieldOperator):
    equals: str

    @model_validator(mode="after")
    def _fits(self) -> Equals:
        self._check_kind(("choice", "text"), "equals")
        self._check_values([self.equals])
        return self


class In(InTest, _FieldOperator):
    in_: list[str] = Field(alias="in", min_length=1)

    @model_validator(mode="after")
    def _fits(self) -> In:
        self._check_kind(("choice", "text"), "in")
        self._check_values(self.in_)
        return self


class Contains(ContainsTest, _FieldOperator):
    contains: str

    @model_validator(mode="after")
    def _fits(self) -> Contains:
        self._check_kind(("choices",), "contains")
        self._check_values([self.contains])
        return self


class MinItems(MinItemsTest, _FieldOperator):
    min_items: int = Field(ge=1)

    @model_validator(mode="after")
    def _fits(self) -> MinItems:
        self._check_kind(("choices",), "min_items")
        return self


class All(AllOf, _Operator):
    all: list[Condition] = Field(min_length=1)


class Any_(AnyOf, _Operator):
    any: list[Condition] = Field(min_length=1)


class Not(Negation, _Operator):
    not_: Condition = Field(alias="not")


class MinMet(AtLeast, _Operator):
    """At least `min_met` of the conditions in `of` are met."""

    min_met: int = Field(ge=1)
    of: list[Condition] = Field(min_length=1)

    @model_validator(mode="after")
    def _reachable(self) -> MinMet:
        if self.min_met > len(self.of):
            raise PydanticCustomError("min_met", "min_met is larger than the number of conditions in 'of'")
        return self


def _operator_of(value: Any) -> str | None:
    """The operator a condition mapping names, for the discriminated union."""
    if isinstance(value, dict):
        for name in OPERATORS:
            if name in value:
                return name
        return None
    for name, model in _MODELS.items():
        if isinstance(value, model):
            return name
    return None


Condition = Annotated[
    Union[
        Annotated[Equals, Tag("equals")],
        Annotated[In, Tag("in")],
        Annotated[Contains, Tag("contains")],
        Annotated[MinItems, Tag("min_items")],
        Annotated[All, Tag("all")],
        Annotated[Any_, Tag("any")],
        Annotated[Not, Tag("not")],
        Annotated[MinMet, Tag("min_met")],
    ],
    Discriminator(
        _operator_of,
        custom_error_type="unknown_operator",
        custom_error_message="not a known condition",
    ),
]

_MODELS: dict[str, type[BaseModel]] = {
    "equals": Equals,
    "in": In,
    "contains": Contains,
    "min_items": MinItems,
    "all": All,
    "any": Any_,
    "not": Not,
    "min_met": MinMet,
}

for _model in (All, Any_, Not, MinMet):
    _model.model_rebuild()
