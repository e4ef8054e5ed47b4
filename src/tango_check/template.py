"""The partnership file as `tango-check init` writes it: every question, explained.

Built from the model's outline (`model.outline()`), so a section added to
the model appears here without changes. The questionnaire writes its
answers through the same function, so both produce one format: a comment
with the question (and the allowed answers) above every field, and
`unknown`, or an empty value, where nothing is known. Such a file is valid
as it stands and assesses as "not ready, too little known".
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Mapping
from typing import Any

from tango_check.errors import InputError
from tango_check.i18n import answer_label, translate
from tango_check.outline import UNKNOWN, FieldSpec, SectionSpec, outline
from tango_check.schema import FILE_NAME as SCHEMA_FILE_NAME

INDENT = "  "
WIDTH = 88
DEFAULT_FILE_NAME = "partner.yaml"
# A value written without quotes: our loader and YAML 1.2 editors read it as this text.
_PLAIN = re.compile(r"[a-z][a-z0-9_]*")
_RESERVED = {"true", "false", "null"}
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def render(lang: str, answers: Mapping[str, Any] | None = None, *, file_name: str = DEFAULT_FILE_NAME) -> str:
    """The partnership file text; `answers` (by dotted path) fill in what is known."""
    answers = answers or {}
    header = translate("template.header", lang, file=file_name, schema=SCHEMA_FILE_NAME)
    lines = [f"# yaml-language-server: $schema={SCHEMA_FILE_NAME}", *_comment(header, "")]
    for entry in outline():
        depth = entry.path.count(".")
        indent = INDENT * depth
        key = entry.path.rsplit(".", 1)[-1]
        if depth == 0:
            lines.append("")
        lines.extend(_comment(entry.question(lang), indent))
        if isinstance(entry, SectionSpec):
            lines.append(f"{indent}{key}:")
            continue
        lines.extend(_comment(_allowed_hint(entry, lang), indent))
        value = _value_text(entry, answers.get(entry.path))
        lines.append(f"{indent}{key}:{' ' + value if value else ''}")
    text = "\n".join(lines) + "\n"
    _check(text, file_name)
    return text


def _check(text: str, source: str) -> None:
    """A generated file must be valid as it stands; anything else is a bug here, not the user's."""
    from tango_check.loading import parse_yaml, validate
    from tango_check.model import Partnership

    try:
        validate(parse_yaml(text, source), Partnership)
    except InputError as error:
        problems = "; ".join(problem.render("en") for problem in error.problems)
        raise RuntimeError(f"the generated partnership file is not valid: {problems}") from None


def _comment(text: str, indent: str) -> list[str]:
    lines = []
    for paragraph in text.splitlines():
        wrapped = textwrap.wrap(paragraph, WIDTH - len(indent) - 2, break_on_hyphens=False)
        lines.extend(f"{indent}# {line}" for line in wrapped or [""])
    return [line.rstrip() for line in lines]


def _allowed_hint(spec: FieldSpec, lang: str) -> str:
    if not spec.allowed or spec.kind not in ("choice", "choices"):
        return ""
    shown = " | ".join(_with_label(value, lang) for value in spec.allowed)
    if spec.kind == "choice":
        return translate("template.choice", lang, values=shown)
    return translate("template.choices", lang, values=shown, example=", ".join(spec.allowed[:2]))


def _with_label(value: str, lang: str) -> str:
    label = answer_label(value, lang)
    return value if label.startswith(value.replace("_", " ")) else f"{value} ({label})"


def _value_text(spec: FieldSpec, answer: Any) -> str:
    if answer is None:
        answer = spec.default
    if answer is None:
        return UNKNOWN if spec.kind == "choice" and UNKNOWN in spec.allowed else ""
    if isinstance(answer, list):
        return "[" + ", ".join(_scalar(item) for item in answer) + "]"
    return _scalar(answer)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _PLAIN.fullmatch(text) and text not in _RESERVED:
        return text
    # A JSON string is a valid YAML double-quoted scalar, once the characters YAML
    # does not allow in a stream or reads as line breaks are escaped too.
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", json.dumps(text, ensure_ascii=False))
