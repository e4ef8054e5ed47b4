"""`tango-check schema`: a draft-07 JSON Schema that agrees with the model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from tango_check import template
from tango_check.cli import app
from tango_check.errors import InputError
from tango_check.loading import Document, load_document, validate
from tango_check.model import Partnership
from tango_check.outline import field_catalog
from tango_check.questionnaire import nest
from tango_check.schema import DRAFT_07, partnership_schema, schema_text, to_draft07

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
CHECKED_IN = ROOT / "schema" / "partnership.schema.json"
# Written out here rather than taken from tango_check.schema, so the test checks the code.
NEWER_KEYWORDS = {
    "$defs",
    "prefixItems",
    "dependentRequired",
    "dependentSchemas",
    "unevaluatedProperties",
    "unevaluatedItems",
    "$anchor",
    "$dynamicRef",
    "$dynamicAnchor",
    "$recursiveRef",
}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return partnership_schema()


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> jsonschema.Draft7Validator:
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def subschemas(node: Any, path: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object, by keyword position (not the data under `enum` or `default`)."""
    if not isinstance(node, dict):
        return
    yield path, node
    for keyword in ("properties", "definitions", "patternProperties"):
        for name, child in node.get(keyword, {}).items():
            yield from subschemas(child, f"{path}/{keyword}/{name}")
    for keyword in ("anyOf", "allOf", "oneOf"):
        for index, child in enumerate(node.get(keyword, [])):
            yield from subschemas(child, f"{path}/{keyword}/{index}")
    for keyword in ("items", "additionalProperties", "not"):
        child = node.get(keyword)
        for index, item in enumerate(child if isinstance(child, list) else [child]):
            yield from subschemas(item, f"{path}/{keyword}/{index}")


def test_the_schema_is_draft_07(schema: dict[str, Any]) -> None:
    assert schema["$schema"] == DRAFT_07
    jsonschema.Draft7Validator.check_schema(schema)
    for where, node in subschemas(schema):
        assert not NEWER_KEYWORDS & node.keys(), where
        if "$ref" in node:
            assert node.keys() == {"$ref"}, f"{where}: draft-07 ignores keywords beside $ref"
            name = node["$ref"].removeprefix("#/definitions/")
            assert node["$ref"].startswith("#/definitions/") and name in schema["definitions"], where


def test_every_object_forbids_unknown_keys(schema: dict[str, Any]) -> None:
    objects = [(where, node) for where, node in subschemas(schema) if node.get("type") == "object"]
    assert len(objects) > 10
    for where, node in objects:
        assert node.get("additionalProperties") is False, where


def test_every_field_has_a_description_in_english_and_dutch(schema: dict[str, Any]) -> None:
    properties = [
        (f"{where}/{name}", child)
        for where, node in subschemas(schema)
        for name, child in node.get("properties", {}).items()
    ]
    assert len(properties) >= len(field_catalog())
    for where, child in properties:
        assert child.get("description"), where
    shared = schema["definitions"]["Vision"]["properties"]["shared"]["description"]
    spec = field_catalog()["vision.shared"]
    assert shared == f"{spec.question_en} / {spec.question_nl}"
    assert all("title" not in node for where, node in subschemas(schema) if where != "#")


@pytest.mark.parametrize("example", EXAMPLES, ids=[path.name for path in EXAMPLES])
def test_every_example_is_valid_against_the_schema(validator: jsonschema.Draft7Validator, example: Path) -> None:
    errors = list(validator.iter_errors(load_document(example).data))
    assert not errors, [error.message for error in errors]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_init_template_is_valid_against_the_schema(validator: jsonschema.Draft7Validator, lang: str) -> None:
    from tango_check.loading import parse_yaml

    data = parse_yaml(template.render(lang), "template").data
    assert not list(validator.iter_errors(data))


CASES = [
    ({"vision": {"shared": True}}, True),  # true/false are accepted for yes/no questions
    ({"regulation": {"recognition": {"insurer": "not_needed"}}}, True),
    ({"name": None, "partners": {"cooperative": {"name": None}}}, True),
    ({"benefits": {"cooperative_seeks": []}}, True),
    ({"vison": {"shared": "yes"}}, False),  # misspelt key
    ({"vision": {"shared": "maybe"}}, False),  # not an allowed answer
    ({"ambition": True}, False),  # booleans only where yes/no is asked
    ({"agreements": "yes"}, False),  # a section given a value
    ({"benefits": {"cooperative_seeks": ["money"]}}, False),
    ({"name": ["a", "b"]}, False),
    ({"name": "x" * 201}, False),
    ({"schema_version": 2}, False),
]


@pytest.mark.parametrize(("data", "valid"), CASES)
def test_the_schema_and_the_model_agree(validator: jsonschema.Draft7Validator, data: dict, valid: bool) -> None:
    assert validator.is_valid(data) is valid
    assert model_accepts(data) is valid


def model_accepts(data: dict) -> bool:
    try:
        validate(Document("case", data), Partnership)
    except InputError:
        return False
    return True


SAMPLE_INPUTS = {
    "choice": lambda spec: [spec.allowed[0], True, False, "not-an-answer", 3],
    "choices": lambda spec: [[spec.allowed[0]] if spec.allowed else [], ["not-an-answer"], "x"],
    "text": lambda spec: ["some text", 5, True],
    "number": lambda spec: [1, "one"],
    "date": lambda spec: ["2026-05-01", 5],
    "other": lambda spec: [],
}


def test_schema_and_model_agree_on_every_field(validator: jsonschema.Draft7Validator) -> None:
    """Field by field, whatever sections the model has: same verdict on the same input."""
    checked = 0
    for spec in field_catalog().values():
        for value in SAMPLE_INPUTS[spec.kind](spec):
            data = nest({spec.path: value})
            assert validator.is_valid(data) is model_accepts(data), (spec.path, value)
            checked += 1
    assert checked > 100


def test_the_checked_in_schema_is_up_to_date() -> None:
    assert CHECKED_IN.read_text(encoding="utf-8") == schema_text(), (
        "schema/partnership.schema.json is out of date; regenerate it with "
        "'tango-check schema --output schema/partnership.schema.json --force'"
    )


def test_schema_command_prints_the_schema_as_plain_json() -> None:
    result = CliRunner().invoke(app, ["schema"], env={"FORCE_COLOR": "1"})
    assert result.exit_code == 0
    assert result.stdout == schema_text()
    assert "\x1b" not in result.stdout
    assert json.loads(result.stdout)["$schema"] == DRAFT_07


def test_schema_output_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "partnership.schema.json"
    runner = CliRunner()
    assert runner.invoke(app, ["schema", "--output", str(target)]).exit_code == 0
    assert target.read_text(encoding="utf-8") == schema_text()
    target.write_text("{}", encoding="utf-8")
    refused = runner.invoke(app, ["schema", "-o", str(target), "--lang", "en"])
    assert refused.exit_code == 2 and "--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "{}"
    assert runner.invoke(app, ["schema", "-o", str(target), "--force"]).exit_code == 0
    assert target.read_text(encoding="utf-8") == schema_text()


def test_draft07_conversion_of_2020_constructs() -> None:
    converted = to_draft07(
        {
            "$defs": {"A": {"type": "object", "title": "A"}},
            "properties": {
                "a": {"$ref": "#/$defs/A", "description": "x", "description_nl": "y"},
                "pair": {"prefixItems": [{"type": "integer"}, {"type": "string"}], "items": False},
                "title": {"type": "string", "title": "Title", "default": None},
            },
        }
    )
    assert converted["definitions"] == {"A": {"type": "object"}}
    assert "$defs" not in converted
    assert converted["properties"]["a"] == {"allOf": [{"$ref": "#/definitions/A"}], "description": "x / y"}
    assert converted["properties"]["pair"] == {
        "items": [{"type": "integer"}, {"type": "string"}],
        "additionalItems": False,
    }
    # A field named "title" stays; the generated title keyword goes.
    assert converted["properties"]["title"] == {"type": "string"}
    with pytest.raises(ValueError, match="unevaluatedProperties"):
        to_draft07({"unevaluatedProperties": False})
