"""Reading YAML files safely and validating them with located errors.

One pipeline serves partnership files, rule files and configuration files:

1. `read_text` checks the path, the size cap and the encoding;
2. `parse_yaml` reads libyaml's parser events once and builds plain Python
   values from them, recording each value's line and column by path,
   rejecting aliases, duplicate keys, odd tags and too deep or too large
   documents as soon as they appear;
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
from typing import TYPE_CHECKING, Any, TypeVar

import yaml

from tango_check.errors import InputError, Problem
from tango_check.i18n import Message
from tango_check.safe_text import escape_controls

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32
MAX_PROBLEMS = 100  # validation problems reported per file
MAX_NODES = 10_000  # the whole rule catalogue has under 2,000; rejecting 10,000 takes ~0.2 s

Path_ = tuple[str | int, ...]
ModelT = TypeVar("ModelT", bound="BaseModel")

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BOOL_TAG = "tag:yaml.org,2002:bool"
_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_COLLECTION_TAGS = {yaml.MappingStartEvent: "tag:yaml.org,2002:map", yaml.SequenceStartEvent: "tag:yaml.org,2002:seq"}
_END_EVENTS = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
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
        """Line and column of `path` (its key, if asked and it has one), or of its longest known prefix."""
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if at_key and prefix in self.key_marks:
                return self.key_marks[prefix]
            if prefix in self.value_marks:
                return self.value_marks[prefix]
        return (None, None)

    def problem(self, path: Path_, message_key: str, *, at_key: bool = False, **params: object) -> Problem:
        line, column = self.position(path, at_key=at_key)
        return Problem(self.source, message_key, params, line, column)


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
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(raw):
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


def _looks_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte-order mark: in the first characters, every other byte and only those are zero."""
    even, odd = raw[:64:2], raw[1:64:2]
    if len(odd) < 2:
        return False
    return (even.count(0) == 0 and odd.count(0) == len(odd)) or (odd.count(0) == 0 and even.count(0) == len(even))


def _line_column(raw: bytes, offset: int) -> tuple[int, int]:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    return raw.count(b"\n", 0, offset) + 1, offset - line_start + 1


def load_document(path: Path, source: str | None = None) -> Document:
    """Read and parse one YAML file."""
    source = source or str(path)
    return parse_yaml(read_text(path, source), source)


def parse_yaml(text: str, source: str) -> Document:
    """Parse `text` once and build plain values with their positions."""
    if not text.strip():
        raise InputError([Problem(source, "file.empty")])
    loader = _Loader(text)
    try:
        document = Document(source, None)
        document.data = _Builder(loader, document).build()
        return document
    except yaml.YAMLError as error:
        raise _deeper_than_allowed(text, source, error) or _syntax_error(source, error, text) from None
    finally:
        loader.dispose()


def _deeper_than_allowed(text: str, source: str, error: yaml.YAMLError) -> InputError | None:
    """Our own depth limit, where libyaml's own (1,000 flow levels, in PyYAML 6.0.4 on) struck first.

    In flow collections libyaml reads far ahead before it hands over the
    first event, so its limit can fire before ours sees level 33. The text up
    to libyaml's mark holds every level before it: parsed alone, it reaches
    our limit at the same place whichever libyaml is installed.
    """
    mark = getattr(error, "problem_mark", None)
    if mark is None or "maximum nesting depth" not in str(getattr(error, "problem", "")) or not 0 < mark.index < len(text):
        return None
    try:
        parse_yaml(text[: mark.index], source)
    except InputError as deeper:
        if deeper.problems and deeper.problems[0].message_key == "yaml.too_deep":
            return deeper
    return None


_HINTS = {
    "mapping values are not allowed": " (a ':' inside a value: put the value in quotes)",
    "could not find expected ':'": " (each line needs 'key: value'; check indentation and quotes)",
}
_TAB_HINT = " (a tab: indent with spaces, not tabs)"


def _syntax_error(source: str, error: yaml.YAMLError, text: str) -> InputError:
    mark = getattr(error, "problem_mark", None)
    if isinstance(error, yaml.reader.ReaderError):  # a control character: libyaml gives a byte offset
        before = text.encode("utf-8")[: error.position].decode("utf-8", "replace")
        mark = yaml.Mark(source, 0, before.count("\n"), len(before) - before.rfind("\n") - 1, None, None)
    detail = getattr(error, "problem", None) or str(error).splitlines()[0]
    context = getattr(error, "context", None)
    if context:
        detail = f"{detail} ({context})"
    if mark is not None and _char_at(text, mark.line, mark.column) == "\t":
        detail += _TAB_HINT
    else:
        detail += next((hint for needle, hint in _HINTS.items() if needle in detail), "")
    return InputError([_yaml_problem(source, "yaml.syntax", {"detail": detail}, mark)])


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    return lines[line][column : column + 1] if line < len(lines) else ""


def _yaml_problem(source: str, key: str, params: dict[str, object], mark: Any) -> Problem:
    if mark is None:
        return Problem(source, key, params)
    return Problem(source, key, params, mark.line + 1, mark.column + 1)


class _Frame:
    """A mapping or list whose events are still arriving."""

    __slots__ = ("value", "path", "key", "first_lines")

    def __init__(self, value: dict[str, Any] | list[Any], path: Path_):
        self.value = value
        self.path = path
        self.key: str | None = None  # in a mapping: the key whose value comes next
        self.first_lines: dict[str, int] = {}


class _Builder:
    """Builds plain Python values from the parser's events in one pass, guarding the shape.

    Events, not libyaml's composed node tree: the composer recurses in C
    (30,000 levels of `[` crash the interpreter) and the scanner slows down
    quadratically with the depth of flow collections, so a hostile file is
    stopped at its first alias, beyond MAX_DEPTH or beyond MAX_NODES, before
    the rest of it is read. No recursion here either.
    """

    def __init__(self, loader: Any, document: Document):
        self.loader = loader
        self.document = document
        self.count = 0

    def problem(self, event: Any, message_key: str, **params: object) -> InputError:
        return InputError([_yaml_problem(self.document.source, message_key, params, event.start_mark)])

    def build(self) -> Any:
        loader = self.loader
        loader.get_event()  # stream start
        if loader.check_event(yaml.StreamEndEvent):  # only comments
            raise InputError([Problem(self.document.source, "file.empty")])
        loader.get_event()  # document start
        root = self._root()
        loader.get_event()  # document end
        if not loader.check_event(yaml.StreamEndEvent):
            raise self.problem(loader.get_event(), "yaml.multiple_documents")
        return root

    def _root(self) -> Any:
        get_event = self.loader.get_event
        value_marks = self.document.value_marks
        stack: list[_Frame] = []
        while True:
            event = get_event()
            kind = type(event)
            if kind in _END_EVENTS:
                value = stack.pop().value
            else:
                frame = stack[-1] if stack else None
                if frame is not None and frame.key is None and type(frame.value) is dict:
                    frame.key = self._key(event, frame)
                    continue
                if frame is None:
                    path: Path_ = ()
                else:
                    path = (*frame.path, len(frame.value) if frame.key is None else frame.key)
                self.count += 1
                if self.count > MAX_NODES:
                    raise self.problem(event, "yaml.too_many_nodes", limit=MAX_NODES)
                if len(path) > MAX_DEPTH:
                    raise self.problem(event, "yaml.too_deep", limit=MAX_DEPTH)
                if kind is yaml.AliasEvent:
                    raise self.problem(event, "yaml.alias")
                mark = event.start_mark
                value_marks[path] = (mark.line + 1, mark.column + 1)
                if kind is not yaml.ScalarEvent:
                    if event.tag not in (None, "!", _COLLECTION_TAGS[kind]):
                        raise self.problem(event, "yaml.bad_tag", tag=event.tag)
                    stack.append(_Frame({} if kind is yaml.MappingStartEvent else [], path))
                    continue
                value = self._scalar(event, root=frame is None)
            if not stack:
                return value
            parent = stack[-1]
            if parent.key is None:
                parent.value.append(value)  # type: ignore[union-attr]
            else:
                parent.value[parent.key] = value  # type: ignore[call-overload]
                parent.key = None

    def _key(self, event: Any, frame: _Frame) -> str:
        if type(event) is yaml.AliasEvent:
            raise self.problem(event, "yaml.alias")
        merge = event.value == "<<" and event.tag is None and event.implicit[0] if type(event) is yaml.ScalarEvent else False
        if type(event) is not yaml.ScalarEvent or merge or event.tag == _MERGE_TAG:
            raise self.problem(event, "yaml.bad_key")
        key: str = event.value
        line, column = event.start_mark.line + 1, event.start_mark.column + 1
        if key in frame.first_lines:
            raise self.problem(event, "yaml.duplicate_key", key=shown(key), first_line=frame.first_lines[key])
        frame.first_lines[key] = line
        self.document.key_marks[(*frame.path, key)] = (line, column)
        return key

    def _scalar(self, event: Any, *, root: bool) -> Any:
        tag = event.tag
        if (tag is None or tag == "!") and not event.implicit[0]:
            tag = _STR_TAG  # quoted: text, whatever it looks like
        elif tag is None or tag == "!":
            tag = _PLAIN_TAGS.get(event.value) or self._resolve(event.value)
        if tag not in _ALLOWED_SCALAR_TAGS:
            raise self.problem(event, "yaml.bad_tag", tag=tag)
        if root and tag == _NULL_TAG and event.value in ("", "~", "null"):
            raise InputError([Problem(self.document.source, "file.empty")])  # only '---' or a bare null
        if tag == _STR_TAG:
            return event.value
        try:
            return self.loader.construct_object(yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark))
        except Exception:  # noqa: BLE001 - PyYAML's constructors raise anything: ValueError, KeyError, IndexError...
            # 2024-13-45, !!int abc, 0x_, an integer of more than 4,300 digits: the user's value, not our bug.
            kind = Message(f"yaml.kind.{tag.rsplit(':', 1)[-1]}")
            raise self.problem(event, "yaml.bad_value", value=shown(event.value), kind=kind) from None

    def _resolve(self, value: str) -> str:
        """The tag of a plain scalar (by its look: 12 is int, true is bool), remembered for short ones."""
        tag: str = self.loader.resolve(yaml.ScalarNode, value, (True, False))
        if len(value) <= 32 and len(_PLAIN_TAGS) < 4096:
            _PLAIN_TAGS[value] = tag
        return tag


# Answers repeat from file to file ("yes", "agreed"): remembering how each resolves saves a tenth of the parse.
_PLAIN_TAGS: dict[str, str] = {}


# --- validation ---------------------------------------------------------------


def validate(document: Document, model: type[ModelT], *, context: dict[str, Any] | None = None) -> ModelT:
    """Validate a document's values with a pydantic model; located errors on failure."""
    if not isinstance(document.data, dict):
        found = "yaml.found.list" if isinstance(document.data, list) else "yaml.found.scalar"
        raise InputError([document.problem((), "yaml.root_not_mapping", found=Message(found))])
    from pydantic import ValidationError

    try:
        return model.model_validate(document.data, context=context)
    except ValidationError as error:
        raise InputError(located_problems(document, model, error)) from None



def located_problems(document: Document, model: type[BaseModel], error: ValidationError) -> list[Problem]:
    """One `Problem` per pydantic error, pointing into the document, the first MAX_PROBLEMS of them.

    A generated file can hold thousands of mistakes; explaining each (with
    "did you mean") would take seconds and bury the first one.
    """
    located = sorted(
        (
            (document.position(loc), loc, detail)
            for detail in error.errors(include_url=False)
            for loc in [_align(document, detail["loc"])]
        ),
        key=lambda item: (item[0][0] or 0, item[0][1] or 0),
    )
    problems = [_problem_for(document, model, loc, detail) for _, loc, detail in located[:MAX_PROBLEMS]]
    problems.sort(key=lambda p: (p.line or 0, p.column or 0))
    if len(located) > MAX_PROBLEMS:
        params = {"count": len(located) - MAX_PROBLEMS, "shown": MAX_PROBLEMS}
        problems.append(Problem(document.source, "file.more_problems", params))
    return problems


def _align(document: Document, loc: tuple[Any, ...]) -> Path_:
    """A pydantic error location as a path in the file.

    Pydantic adds parts the file does not have: a discriminated union's tag
    (`met_when.equals.field` for the file's `met_when.field`) and names of
    validators or union members (`function-after[...]`, `literal['a']`). A
    part is dropped when the file goes on without it, or when it is such a
    name and not a key of the file; a user's own odd key is always kept.
    """
    marks = document.value_marks
    aligned: list[str | int] = []
    for index, part in enumerate(loc):
        following = loc[index + 1] if index + 1 < len(loc) else None
        if following is not None and (*aligned, following) in marks and (*aligned, part, following) not in marks:
            continue
        if (*aligned, part) not in marks and isinstance(part, str) and _PYDANTIC_PART.fullmatch(part):
            continue
        aligned.append(part)
    return tuple(aligned)


_PYDANTIC_PART = re.compile(r"(?:literal|function-[a-z]+|tagged-union|union|nullable)\[.*\]", re.S)


def dotted(loc: Path_) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(file)"


def shown(value: object, limit: int = 60) -> str:
    """A value as quoted in a message, on one line: line breaks and control characters escaped, a long one cut short."""
    if isinstance(value, bool):
        return "true" if value else "false"  # as the file writes it
    try:
        text = str(value)
    except ValueError:  # an integer of more than 4,300 digits (from a Python caller) cannot be written out
        text = "…"
    text = escape_controls(text, keep_newlines=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        return document.problem(loc, "field.unknown", at_key=True, key=shown(key), suggestion=suggestion)
    if kind == "missing":
        return document.problem(loc[:-1], "field.missing", at_key=True, key=dotted(loc))
    value = detail.get("input")
    ctx = detail.get("ctx") or {}
    if kind in ("literal_error", "enum"):
        choices = choices_at(model, loc)
        close = difflib.get_close_matches(shown(value, limit=100), choices, n=1, cutoff=0.6)
        return document.problem(
            loc,
            "field.choice",
            value=shown(value),
            field=name,
            allowed=", ".join(f"'{choice}'" for choice in choices) or ctx.get("expected", ""),
            suggestion=Message("field.suggestion", {"name": close[0]}) if close else "",
        )
    if kind == "unknown_operator":
        return document.problem(loc, "rules.unknown_operator")
    if kind == "schema_version":
        return document.problem(loc, "field.schema_version", value=shown(value), supported=ctx.get("supported"))
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
    current = _unwrap_model(_type_at(model, loc))
    if current is None:
        return []
    return [info.alias or name for name, info in current.model_fields.items()]


def choices_at(model: type[BaseModel], loc: Path_) -> list[str]:
    """The allowed answers (`Literal` values) at `loc`, for a wrong choice."""
    return [
        str(value)
        for member in _union_members(_type_at(model, loc))
        if typing.get_origin(member) is typing.Literal
        for value in typing.get_args(member)
    ]


def _type_at(model: type[BaseModel], loc: Path_) -> Any:
    current: Any = model
    for part in loc:
        current = _child_type(current, part)
        if current is None:
            return None
    return current


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
    from pydantic import BaseModel

    for candidate in _union_members(annotation):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    return None
