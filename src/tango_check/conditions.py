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

Evaluation is three-valued: True (met), False (not met) or None (unknown,
because an answer the condition needs is missing). An unknown answer never
counts as met.
"""

from __future__ import annotations

import difflib
from typing import Annotated, Any, Union

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag, field_validator, model_validator
from pydantic_core import PydanticCustomError

from tango_check.i18n import Message
from tango_check.model import FieldSpec, answer_at, field_catalog

OPERATORS = ("equals", "in", "contains", "min_items", "all", "any", "not", "min_met")

Truth = bool | None


class _Operator(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class _FieldOperator(_Operator):
    field: str

    @field_validator("field")
    @classmethod
    def _known_field(cls, path: str) -> str:
        catalog = field_catalog()
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
    def spec(self) -> FieldSpec:
        return field_catalog()[self.field]

    def _check_kind(self, kinds: tuple[str, ...], operator: str) -> None:
        if self.spec.kind not in kinds:
            raise PydanticCustomError(
                "operator_mismatch",
                "operator does not fit field",
                {
                    "message_key": "rules.operator_mismatch",
                    "params": {"operator": operator, "field": self.field, "kind": self.spec.kind},
                },
            )

    def _check_values(self, values: list[str]) -> None:
        allowed = self.spec.allowed
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

    def answer(self, partnership: Any) -> Any:
        """The answer at `field`, or None when it is unknown."""
        return answer_at(partnership, self.field)


class Equals(_FieldOperator):
    equals: str

    @model_validator(mode="after")
    def _fits(self) -> Equals:
        self._check_kind(("choice", "text"), "equals")
        self._check_values([self.equals])
        return self

    def evaluate(self, partnership: Any) -> Truth:
        answer = self.answer(partnership)
        return None if answer is None else answer == self.equals


class In(_FieldOperator):
    in_: list[str] = Field(alias="in", min_length=1)

    @model_validator(mode="after")
    def _fits(self) -> In:
        self._check_kind(("choice", "text"), "in")
        self._check_values(self.in_)
        return self

    def evaluate(self, partnership: Any) -> Truth:
        answer = self.answer(partnership)
        return None if answer is None else answer in self.in_


class Contains(_FieldOperator):
    contains: str

    @model_validator(mode="after")
    def _fits(self) -> Contains:
        self._check_kind(("choices",), "contains")
        self._check_values([self.contains])
        return self

    def evaluate(self, partnership: Any) -> Truth:
        answer = self.answer(partnership)
        return None if answer is None else self.contains in answer


class MinItems(_FieldOperator):
    min_items: int = Field(ge=1)

    @model_validator(mode="after")
    def _fits(self) -> MinItems:
        self._check_kind(("choices",), "min_items")
        return self

    def evaluate(self, partnership: Any) -> Truth:
        answer = self.answer(partnership)
        return None if answer is None else len(answer) >= self.min_items


class All(_Operator):
    all: list[Condition] = Field(min_length=1)

    def evaluate(self, partnership: Any) -> Truth:
        results = [condition.evaluate(partnership) for condition in self.all]
        if False in results:
            return False
        return None if None in results else True


class Any_(_Operator):
    any: list[Condition] = Field(min_length=1)

    def evaluate(self, partnership: Any) -> Truth:
        results = [condition.evaluate(partnership) for condition in self.any]
        if True in results:
            return True
        return None if None in results else False


class Not(_Operator):
    not_: Condition = Field(alias="not")

    def evaluate(self, partnership: Any) -> Truth:
        result = self.not_.evaluate(partnership)
        return None if result is None else not result


class MinMet(_Operator):
    """At least `min_met` of the conditions in `of` are met."""

    min_met: int = Field(ge=1)
    of: list[Condition] = Field(min_length=1)

    @model_validator(mode="after")
    def _reachable(self) -> MinMet:
        if self.min_met > len(self.of):
            raise PydanticCustomError("min_met", "min_met is larger than the number of conditions in 'of'")
        return self

    def evaluate(self, partnership: Any) -> Truth:
        results = [condition.evaluate(partnership) for condition in self.of]
        met = results.count(True)
        if met >= self.min_met:
            return True
        # Still reachable if the unknown ones turned out to be met.
        return None if met + results.count(None) >= self.min_met else False


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


def fields_of(condition: Any) -> list[_FieldOperator]:
    """The field tests inside a condition, in order, the first one per field.

    Each has `.field` (the dotted path) and `.answer(partnership)`. The walk
    is generic over the operators' own attributes, so a new combinator needs
    no change here.
    """
    found: dict[str, _FieldOperator] = {}

    def walk(node: Any) -> None:
        if isinstance(node, _FieldOperator):
            found.setdefault(node.field, node)
        elif isinstance(node, _Operator):
            for name in type(node).model_fields:
                walk(getattr(node, name))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(condition)
    return list(found.values())
