"""Reading YAML files safely and validating them with located errors.

One pipeline serves partnership files, rule files and configuration files:

1. `read_text` checks the path, the size cap and the encoding;
2. `parse_yaml` composes the node tree once with libyaml's safe loader and
   builds plain Python values from it, recording each value's line and
   column by path, rejecting anchors/aliases, duplicate keys and odd tags;
3. `validate` runs a pydantic model over the values and turns each error
   into a `Problem` located at the longest known prefix of its path.

Only `true`/`false` are read as booleans: YAML 1.1 would turn `no`, `yes`,
`on` and `off` into booleans, a trap for answers and for names like `NO`.
"""

from __future__ import annotations

import difflib
import re
import stat
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from tango_check.errors import InputError, Problem
from tango_check.i18n import Message

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32
MAX_NODES = 50_000

Path_ = tuple[str | int, ...]
ModelT = TypeVar("ModelT", bound=BaseModel)

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL_TAG = "tag:yaml.org,2002:bool"
_ALLOWED_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """The safe (C) loader with YAML 1.2-style booleans: only true/false."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL_TAG]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


@dataclass
class Document:
    """Plain values read from a YAML file, with the position of every value."""

    source: str
    data: Any
    value_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: Path_, *, at_key: bool = False) -> tuple[int | None, int | None]:
        """Line and column of `path`, or of its longest known prefix."""
        marks = self.key_marks if at_key else self.value_marks
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefix in marks:
                return marks[prefix]
            if prefix in self.key_marks:
                return self.key_marks[prefix]
        return (None, None)

    def problem(self, path: Path_, key: str, *, at_key: bool = False, **params: object) -> Problem:
        line, column = self.position(path, at_key=at_key)
        return Problem(self.source, key, params, line, column)


def read_text(path: Path, source: str | None = None) -> str:
    """The text of `path`, or an `InputError` saying why it cannot be read."""
    source = source or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError([Problem(source, "file.missing")]) from None
    except OSError as error:
        raise InputError([Problem(source, "file.unreadable", {"reason": error.strerror or error})]) from None
    # Checked before opening: opening a fifo would block.
    if not stat.S_ISREG(info.st_mode):
        raise InputError([Problem(source, "file.not_a_file")])
    if info.st_size > MAX_FILE_BYTES:
        raise InputError([Problem(source, "file.too_large", {"size": info.st_size, "limit": MAX_FILE_BYTES})])
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise InputError([Problem(source, "file.unreadable", {"reason": error.strerror or error})]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InputError([Problem(source, "file.too_large", {"size": len(raw), "limit": MAX_FILE_BYTES})])
    return decode(raw, source)


def decode(raw: bytes, source: str) -> str:
    """UTF-8 text from bytes (a UTF-8 byte-order mark is allowed and dropped)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError([Problem(source, "file.utf16", line=1, column=1)])
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        line, column = _line_column(raw, offset)
        raise InputError([Problem(source, "file.binary", line=line, column=column)])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _line_column(raw, error.start)
        byte = f"0x{raw[error.start]:02x}"
        raise InputError([Problem(source, "file.not_utf8", {"byte": byte}, line, column)]) from None


def _line_column(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    return raw.count(b"\n", 0, offset) + 1, offset - line_start + 1


def load_document(path: Path, source: str | None = None) -> Document:
    """Read and parse one YAML file."""
    source = source or str(path)
    return parse_yaml(read_text(path, source), source)


def parse_yaml(text: str, source: str) -> Document:
    """Compose `text` once and build plain values with their positions."""
    if not text.strip():
        raise InputError([Problem(source, "file.empty")])
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:  # only comments or '---'
            raise InputError([Problem(source, "file.empty")])
        document = Document(source, None)
        document.data = _Builder(loader, document).build(root)
        return document
    except yaml.composer.ComposerError as error:
        if "single document" in str(error.problem):
            mark = error.problem_mark
            raise InputError([_yaml_problem(source, "yaml.multiple_documents", {}, mark)]) from None
        raise _syntax_error(source, error) from None
    except yaml.YAMLError as error:
        raise _syntax_error(source, error) from None
    finally:
        loader.dispose()


_HINTS = {
    "'\\t'": " (a tab: indent with spaces, not tabs)",
    "mapping values are not allowed": " (a ':' inside a value: put the value in quotes)",
    "could not find expected ':'": " (each line needs 'key: value'; check indentation and quotes)",
}


def _syntax_error(source: str, error: yaml.YAMLError) -> InputError:
    mark = getattr(error, "problem_mark", None)
    detail = getattr(error, "problem", None) or str(error).splitlines()[0]
    context = getattr(error, "context", None)
    if context:
        detail = f"{detail} ({context})"
    for needle, hint in _HINTS.items():
        if needle in detail:
            detail += hint
            break
    return InputError([_yaml_problem(source, "yaml.syntax", {"detail": detail}, mark)])


def _yaml_problem(source: str, key: str, params: dict[str, object], mark: Any) -> Problem:
    if mark is None:
        return Problem(source, key, params)
    return Problem(source, key, params, mark.line + 1, mark.column + 1)


class _Builder:
    """Builds plain Python values from composed nodes, guarding the shape."""

    def __init__(self, loader: Any, document: Document):
        self.loader = loader
        self.document = document
        self.seen: set[int] = set()
        self.count = 0

    def problem(self, node: Any, key: str, **params: object) -> InputError:
        return InputError([_yaml_problem(self.document.source, key, params, node.start_mark)])

    def build(self, node: Any, path: Path_ = ()) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise self.problem(node, "yaml.too_many_nodes", limit=MAX_NODES)
        if len(path) > MAX_DEPTH:
            raise self.problem(node, "yaml.too_deep", limit=MAX_DEPTH)
        # An alias is the same node object met a second time.
        if id(node) in self.seen:
            raise self.problem(node, "yaml.alias")
        self.seen.add(id(node))
        mark = node.start_mark
        self.document.value_marks[path] = (mark.line + 1, mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            if node.tag != "tag:yaml.org,2002:map":
                raise self.problem(node, "yaml.bad_tag", tag=node.tag)
            return self._mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                raise self.problem(node, "yaml.bad_tag", tag=node.tag)
            return [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        if node.tag not in _ALLOWED_SCALAR_TAGS:
            raise self.problem(node, "yaml.bad_tag", tag=node.tag)
        return self.loader.construct_object(node)

    def _mapping(self, node: Any, path: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        for key_node, value_node in node.value:
            if id(key_node) in self.seen:
                raise self.problem(key_node, "yaml.alias")
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
                raise self.problem(key_node, "yaml.bad_key")
            self.seen.add(id(key_node))
            key = str(key_node.value)
            if key in result:
                raise self.problem(key_node, "yaml.duplicate_key", key=key, first_line=first_lines[key])
            first_lines[key] = key_node.start_mark.line + 1
            child = (*path, key)
            self.document.key_marks[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = self.build(value_node, child)
        return result


# --- validation ---------------------------------------------------------------


def validate(document: Document, model: type[ModelT], *, context: dict[str, Any] | None = None) -> ModelT:
    """Validate a document's values with a pydantic model; located errors on failure."""
    if not isinstance(document.data, dict):
        found = "yaml.found.list" if isinstance(document.data, list) else "yaml.found.scalar"
        raise InputError([document.problem((), "yaml.root_not_mapping", found=Message(found))])
    try:
        return model.model_validate(document.data, context=context)
    except ValidationError as error:
        raise InputError(located_problems(document, model, error)) from None



def located_problems(document: Document, model: type[BaseModel], error: ValidationError) -> list[Problem]:
    """One `Problem` per pydantic error, pointing into the document."""
    problems = []
    for detail in error.errors(include_url=False):
        loc = _clean_loc(detail["loc"])
        problems.append(_problem_for(document, model, loc, detail))
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    return problems


def _clean_loc(loc: tuple[Any, ...]) -> Path_:
    """Drop pydantic's union-member and validator tags from a location."""
    cleaned: list[str | int] = []
    for part in loc:
        if isinstance(part, str) and (part.startswith(("literal[", "function-", "tagged-union[")) or "[" in part):
            continue
        cleaned.append(part)
    return tuple(cleaned)


def dotted(loc: Path_) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(file)"


def _problem_for(document: Document, model: type[BaseModel], loc: Path_, detail: Any) -> Problem:
    kind = detail["type"]
    name = dotted(loc)
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = model_keys_at(model, loc[:-1])
        suggestion: Message | str = ""
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        if close:
            suggestion = Message("field.suggestion", {"name": close[0]})
        elif allowed:
            suggestion = Message("field.allowed_fields", {"names": ", ".join(allowed)})
        return document.problem(loc, "field.unknown", at_key=True, key=key, suggestion=suggestion)
    if kind == "missing":
        return document.problem(loc[:-1], "field.missing", at_key=True, key=dotted(loc))
    value = detail.get("input")
    ctx = detail.get("ctx") or {}
    if kind in ("literal_error", "enum"):
        return document.problem(loc, "field.choice", value=value, field=name, allowed=ctx.get("expected", ""))
    if kind == "unknown_operator":
        return document.problem(loc, "rules.unknown_operator")
    if kind == "schema_version":
        return document.problem(loc, "field.schema_version", value=value, supported=ctx.get("supported"))
    if kind in ("string_type",):
        return document.problem(loc, "field.text", field=name)
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return document.problem(loc, "field.number", field=name)
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        found = "yaml.found.list" if isinstance(value, list) else "yaml.found.scalar"
        return document.problem(loc, "field.mapping", field=name, found=Message(found))
    if kind in ("list_type", "tuple_type"):
        return document.problem(loc, "field.list", field=name)
    if kind == "string_too_long":
        return document.problem(loc, "field.too_long", field=name, limit=ctx.get("max_length"))
    if kind in ("string_too_short", "too_short"):
        return document.problem(loc, "field.too_short", field=name)
    if ctx.get("message_key"):
        return document.problem(loc, ctx["message_key"], **(ctx.get("params") or {}))
    return document.problem(loc, "field.invalid", field=name, detail=detail["msg"])


def model_keys_at(model: type[BaseModel], loc: Path_) -> list[str]:
    """The field names (aliases) a model accepts at `loc`, for "did you mean"."""
    current: Any = model
    for part in loc:
        current = _child_type(current, part)
        if current is None:
            return []
    current = _unwrap_model(current)
    if current is None:
        return []
    return [info.alias or name for name, info in current.model_fields.items()]


def _child_type(annotation: Any, part: str | int) -> Any:
    model = _unwrap_model(annotation)
    if model is not None and isinstance(part, str):
        for name, info in model.model_fields.items():
            if part in (name, info.alias):
                return info.annotation
        return None
    for candidate in _union_members(annotation):
        origin = typing.get_origin(candidate)
        if isinstance(part, int) and origin in (list, tuple):
            return typing.get_args(candidate)[0]
    return None


def _union_members(annotation: Any) -> list[Any]:
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _union_members(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        members = []
        for arg in typing.get_args(annotation):
            members.extend(_union_members(arg))
        return members
    return [annotation]


def _unwrap_model(annotation: Any) -> type[BaseModel] | None:
    for candidate in _union_members(annotation):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None
