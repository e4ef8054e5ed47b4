"""How a rule condition is evaluated: three-valued, over any partnership object.

The condition models (`tango_check.conditions`) validate a rule file; what a
condition does lives here, in plain classes those models inherit, so that
the generated mirror of the catalogue (`tango_check.mirror`) evaluates with
this very code without building a model.

Evaluation is three-valued: True (met), False (not met) or None (unknown,
because an answer the condition needs is missing). An unknown answer never
counts as met.
"""

from __future__ import annotations

from typing import Any

from tango_check.outline import FieldSpec, answer_at, field_catalog

OPERATORS = ("equals", "in", "contains", "min_items", "all", "any", "not", "min_met")

Truth = bool | None


class Operator:
    """A condition: one operator of the closed set.

    These classes hold behaviour only; the fields (and their names) are the
    condition models' (`tango_check.conditions`). No annotations here:
    pydantic would take them for fields of the models that inherit them.
    """


class FieldTest(Operator):
    """An operator that tests the answer at `field`, a dotted path of the partnership file."""

    @property
    def spec(self) -> FieldSpec:
        return field_catalog()[self.field]

    def answer(self, partnership: Any) -> Any:
        """The answer at `field`, or None when it is unknown."""
        return answer_at(partnership, self.field)


class EqualsTest(FieldTest):
    def evaluate(self, partnership: Any) -> Truth:
        answer = self.answer(partnership)
        return None if answer is None else answer == self.equals


class InTest(FieldTest):
    def evaluate(self, partnership: Any) -> Truth:
        answer = self.answer(partnership)
        return None if answer is None else answer in self.in_


class ContainsTest(FieldTest):
    def evaluate(self, partnership: Any) -> Truth:
        answer = self.answer(partnership)
        return None if answer is None else self.contains in answer


class MinItemsTest(FieldTest):
    def evaluate(self, partnership: Any) -> Truth:
        answer = self.answer(partnership)
        return None if answer is None else len(answer) >= self.min_items


class AllOf(Operator):
    def evaluate(self, partnership: Any) -> Truth:
        results = [condition.evaluate(partnership) for condition in self.all]
        if False in results:
            return False
        return None if None in results else True


class AnyOf(Operator):
    def evaluate(self, partnership: Any) -> Truth:
        results = [condition.evaluate(partnership) for condition in self.any]
        if True in results:
            return True
        return None if None in results else False


class Negation(Operator):
    def evaluate(self, partnership: Any) -> Truth:
        result = self.not_.evaluate(partnership)
        return None if result is None else not result


class AtLeast(Operator):
    """At least `min_met` of the conditions in `of` are met."""

    def evaluate(self, partnership: Any) -> Truth:
        results = [condition.evaluate(partnership) for condition in self.of]
        met = results.count(True)
        if met >= self.min_met:
            return True
        # Still reachable if the unknown ones turned out to be met.
        return None if met + results.count(None) >= self.min_met else False


def fields_of(condition: Any) -> list[FieldTest]:
    """The field tests inside a condition, in order, the first one per field.

    Each has `.field` (the dotted path) and `.answer(partnership)`. The walk
    is generic over the operators' own attributes, so a new combinator needs
    no change here.
    """
    found: dict[str, FieldTest] = {}

    def walk(node: Any) -> None:
        if isinstance(node, FieldTest):
            found.setdefault(node.field, node)
        elif isinstance(node, Operator):
            for name in type(node).model_fields:
                walk(getattr(node, name))
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(condition)
    return list(found.values())
