"""The JSON Schema of the partnership file, for editors and other tools.

Built from the pydantic model, so a field added to the model is in the
schema without changes here. pydantic emits JSON Schema 2020-12 (`$defs`,
`$ref` with siblings, `prefixItems`); editors that complete YAML through the
YAML language server (VS Code's YAML extension and others) document draft-07
and below, so the schema is rewritten as draft-07:

- `$defs` becomes `definitions` and every `$ref` follows;
- a `$ref` with sibling keywords (ignored in draft-07) is wrapped in `allOf`;
- `prefixItems` becomes the array form of `items`;
- any other 2020-12-only keyword is an error, so the schema never silently
  means something else in the editor.

Each `description` holds the question in English and Dutch ("English /
Nederlands"): `description` is the keyword every editor and validator shows
(hover, completion, error messages), and one schema file cannot know its
reader's language. pydantic's generated titles ("Way Of Working") and
`default: null` add nothing for a reader and are dropped.
"""

from __future__ import annotations

import json
from typing import Any

from tango_check.i18n import translate

DRAFT_07 = "http://json-schema.org/draft-07/schema#"
FILE_NAME = "partnership.schema.json"

# Keywords of drafts 2019-09 and 2020-12 that draft-07 does not know.
_NEWER_KEYWORDS = frozenset(
    {
        "$defs",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "$recursiveRef",
        "$recursiveAnchor",
        "$vocabulary",
        "prefixItems",
        "dependentRequired",
        "dependentSchemas",
        "unevaluatedItems",
        "unevaluatedProperties",
        "minContains",
        "maxContains",
    }
)
# Keywords whose value is a mapping of name -> schema, a list of schemas, or one schema.
_SCHEMA_MAPS = ("properties", "patternProperties", "definitions", "$defs")
_SCHEMA_LISTS = ("anyOf", "allOf", "oneOf", "prefixItems")
_SCHEMA_ONE = (
    "items",
    "additionalItems",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
)


def bilingual(en: str, nl: str) -> str:
    """One text for readers of either language."""
    return en if not nl or nl == en else f"{en} / {nl}"


def partnership_schema() -> dict[str, Any]:
    """The draft-07 JSON Schema of the partnership file."""
    from tango_check.model import Partnership
    from tango_check.outline import SCHEMA_VERSION

    root = to_draft07(Partnership.model_json_schema())
    definitions = root.pop("definitions", {})
    # The version check is a field validator, which pydantic cannot show in a schema.
    root["properties"]["schema_version"]["const"] = SCHEMA_VERSION
    root.pop("description", None)  # the class docstring; replaced by the bilingual text below
    return {
        "$schema": DRAFT_07,
        "title": bilingual(translate("schema.title", "en"), translate("schema.title", "nl")),
        "description": bilingual(translate("schema.description", "en"), translate("schema.description", "nl")),
        **root,
        "definitions": definitions,
    }


def schema_text() -> str:
    """The schema as the JSON text `tango-check schema` prints and the repository keeps."""
    return json.dumps(partnership_schema(), indent=2, ensure_ascii=False) + "\n"


def to_draft07(node: Any) -> Any:
    """A copy of one (sub)schema in draft-07 terms; see the module docstring."""
    if not isinstance(node, dict):
        return node
    result: dict[str, Any] = {}
    for keyword, value in node.items():
        if keyword in _SCHEMA_MAPS:
            renamed = "definitions" if keyword == "$defs" else keyword
            result[renamed] = {name: to_draft07(child) for name, child in value.items()}
        elif keyword in _SCHEMA_LISTS:
            result[keyword] = [to_draft07(child) for child in value]
        elif keyword in _SCHEMA_ONE:
            result[keyword] = [to_draft07(c) for c in value] if isinstance(value, list) else to_draft07(value)
        else:
            result[keyword] = value
    _prefix_items_to_items(result)
    _merge_descriptions(result)
    result.pop("title", None)
    if "default" in result and result["default"] is None:
        del result["default"]
    newer = _NEWER_KEYWORDS & result.keys()
    if newer:
        raise ValueError(f"JSON Schema keyword(s) {sorted(newer)} have no draft-07 equivalent here")
    return _draft07_ref(result)


def _prefix_items_to_items(node: dict[str, Any]) -> None:
    if "prefixItems" not in node:
        return
    rest = node.pop("items", None)
    node["items"] = node.pop("prefixItems")
    if rest is not None:
        node["additionalItems"] = rest


def _merge_descriptions(node: dict[str, Any]) -> None:
    dutch = node.pop("description_nl", None)
    if "description" in node and dutch:
        node["description"] = bilingual(node["description"], str(dutch))


def _draft07_ref(node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if not isinstance(ref, str):
        return node
    if ref.startswith("#/$defs/"):
        ref = "#/definitions/" + ref.removeprefix("#/$defs/")
    siblings = {keyword: value for keyword, value in node.items() if keyword != "$ref"}
    if not siblings:
        return {"$ref": ref}
    # In draft-07 keywords beside $ref are ignored; allOf keeps them.
    return {"allOf": [{"$ref": ref}], **siblings}
