"""The questionnaire of `tango-check init --interactive`, question by question.

Generated from the model's outline, like the template. Input and output are
passed in (`read` takes a prompt and returns a line, raising `EOFError` when
the input ends; `write` shows text), so tests drive it without a terminal.
Each answer is checked against the model at once, so the file written at
the end is valid; nothing is written here at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tango_check.errors import InputError
from tango_check.i18n import answer_label, translate
from tango_check.model import OPTIONAL_SECTIONS
from tango_check.outline import UNKNOWN, FieldSpec, SectionSpec, outline, set_at

Read = Callable[[str], str]
Write = Callable[[str], None]

# Typed instead of an answer; the English letters work in Dutch too.
_BACK = {"en": ("b",), "nl": ("t", "b")}
_SKIP = {"en": ("s",), "nl": ("o", "s")}


@dataclass(frozen=True)
class Option:
    value: Any  # what is written to the file (None: left empty)
    label: str


def questions(*, everything: bool = False) -> list[FieldSpec]:
    """The fields a person is asked about: not fixed ones (schema_version) or ones without a simple answer.

    The optional sections (extension pack, two views) only when `everything` is asked for.
    """
    return [
        entry
        for entry in outline()
        if isinstance(entry, FieldSpec)
        and (everything or entry.path.split(".")[0] not in OPTIONAL_SECTIONS)
        and entry.default is None
        and (entry.kind in ("text", "number") or (entry.kind in ("choice", "choices") and entry.allowed))
    ]


def options(spec: FieldSpec, lang: str) -> list[Option]:
    """The numbered choices of a choice question; "don't know" always last."""
    choices = [Option(value, answer_label(value, lang)) for value in spec.allowed if value != UNKNOWN]
    if spec.kind == "choice":
        dont_know = UNKNOWN if UNKNOWN in spec.allowed else None
        choices.append(Option(dont_know, translate("questionnaire.dont_know", lang)))
    return choices


def run(lang: str, read: Read, write: Write, *, everything: bool = False) -> dict[str, Any]:
    """Ask the questions; the answers by dotted path (None where nothing is known).

    Raises `EOFError` when the input ends early and lets `KeyboardInterrupt`
    through: the caller writes nothing in either case.
    """
    asked = questions(everything=everything)
    sections = {entry.path: entry for entry in outline() if isinstance(entry, SectionSpec)}
    answers: dict[str, Any] = {}
    history: list[int] = []
    shown_group: str | None = None
    write(translate("questionnaire.intro", lang, total=len(asked)) + "\n")
    index = 0
    while index < len(asked):
        spec = asked[index]
        group = _group(spec.path)
        if group != shown_group:
            _write_headings(write, sections, shown_group or "", group, lang)
            shown_group = group
        reply = _ask(spec, index, len(asked), lang, read, write)
        command = reply.strip().lower()
        if command in _BACK[lang]:
            if history:
                index = history.pop()
                shown_group = None
            continue
        if command in _SKIP[lang]:
            history.append(index)
            index = _skip(asked, index, answers)
            continue
        try:
            value = _parse(spec, reply, lang)
            _check({**answers, spec.path: value}, lang)
        except _Retry as retry:
            write(f"  {retry}\n")
            continue
        answers[spec.path] = value
        history.append(index)
        index += 1
    return answers


def answered(answers: dict[str, Any]) -> int:
    """How many questions have a known answer."""
    return sum(1 for value in answers.values() if value is not None and value != UNKNOWN)


def nest(answers: dict[str, Any]) -> dict[str, Any]:
    """Dotted-path answers as the nested mapping of a partnership file (unknowns left out)."""
    data: dict[str, Any] = {}
    for path, value in answers.items():
        if value is None:
            continue
        set_at(data, path, value)
    return data


class _Retry(Exception):
    """An answer that cannot be used; the message says why and the question is asked again."""


def _group(path: str) -> str:
    return path.rpartition(".")[0]


def _ancestors(group: str) -> list[str]:
    parts = group.split(".") if group else []
    return [".".join(parts[: end + 1]) for end in range(len(parts))]


def _write_headings(write: Write, sections: dict[str, SectionSpec], before: str, group: str, lang: str) -> None:
    """The descriptions of the sections entered between the previous question and this one."""
    already = set(_ancestors(before))
    for path in _ancestors(group):
        if path in already or path not in sections:
            continue
        text = sections[path].question(lang)
        if "." in path:
            write(f"\n  {text}\n")
        else:
            write(f"\n{text}\n{'-' * len(text)}\n")


def _ask(spec: FieldSpec, index: int, total: int, lang: str, read: Read, write: Write) -> str:
    write(f"\n[{index + 1}/{total}] {spec.question(lang)}\n")
    if spec.kind in ("choice", "choices"):
        for number, option in enumerate(options(spec, lang), start=1):
            write(f"  {number:>2}  {option.label}\n")
    prompt = translate(f"questionnaire.prompt.{spec.kind}", lang, count=len(options(spec, lang)))
    return read(f"{prompt}: ")


def _skip(asked: list[FieldSpec], index: int, answers: dict[str, Any]) -> int:
    """Leave the rest of this part (top-level section) unknown; at the top level, only this question."""
    part = asked[index].path.split(".")[0] + "."
    end = index + 1
    while end < len(asked) and asked[end].path.startswith(part):
        end += 1
    for spec in asked[index:end]:
        answers[spec.path] = None
    return end


def _parse(spec: FieldSpec, reply: str, lang: str) -> Any:
    text = reply.strip()
    if spec.kind == "text":
        return text or None
    if spec.kind == "number":
        if not text:
            return None
        if not re.fullmatch(r"-?\d+", text):
            raise _Retry(translate("questionnaire.invalid.number", lang))
        return int(text)
    choices = options(spec, lang)
    if spec.kind == "choice":
        if not text:
            return choices[-1].value
        return _pick(choices, text, lang).value
    if not text:
        return None
    if text == "0":
        return []
    picked = [_pick(choices, part, lang).value for part in re.split(r"[\s,;]+", text) if part]
    return list(dict.fromkeys(picked))


def _pick(choices: list[Option], text: str, lang: str) -> Option:
    """The option numbered `text`, or named by its value or its label."""
    wanted = text.strip().lower()
    if wanted.isdigit() and 1 <= int(wanted) <= len(choices):
        return choices[int(wanted) - 1]
    for option in choices:
        if wanted in (str(option.value).lower(), option.label.lower()):
            return option
    raise _Retry(translate("questionnaire.invalid.choice", lang, value=text, count=len(choices)))


def _check(answers: dict[str, Any], lang: str) -> None:
    """Validate the answers so far with the model; its first problem is shown and the question asked again."""
    from tango_check.loading import Document, validate
    from tango_check.model import Partnership

    try:
        validate(Document("<answer>", nest(answers)), Partnership)
    except InputError as error:
        raise _Retry(error.problems[0].message(lang)) from None
