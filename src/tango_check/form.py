"""`tango-check form`: the questionnaire as one self-contained web page.

The page asks the questions of `init --interactive` (`questionnaire.questions`,
with their wording, order and answers), works from a downloaded file without
a server, and saves the answers as a partnership file the tool reads
unchanged. Everything it needs is inside it: the page (`form_page/page.html`),
its style and script, and js-yaml to open saved answers again. A
Content-Security-Policy allows only that one script and style (by their
hashes) and forbids every network request.

The page's hooks for tests and tools: each question is a
`<fieldset data-field="DOTTED.PATH">`, each choice an `<input>` whose
`value` is the answer written in the file (empty: nothing written), the save
button `data-action="save"`, the file input `data-action="open"`.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from importlib import resources
from string import Template
from typing import Any, get_args

from tango_check import __version__
from tango_check.i18n import answer_label, translate
from tango_check.outline import SCHEMA_VERSION, FieldSpec, SectionSpec, Side, field_catalog, outline, set_at
from tango_check.questionnaire import options, questions

DEFAULT_FILE_NAME = "questionnaire.html"
SIDES: tuple[str, ...] = get_args(Side)
# Opened files larger than this are refused before parsing (kB); partnership files are a few kB.
OPEN_LIMIT_KB = 512
# The program's own messages the page shows (in the page's language), with their {placeholders}.
_PAGE_MESSAGES = (
    "form.progress", "form.part_progress", "form.skip", "form.unskip", "form.saved", "form.opened",
    "form.open.rejected", "form.open.empty", "form.open.date", "form.open.replace", "form.open.not_in_form", "form.open.other_side", "form.open.too_large",
    "form.file_comment", "form.file_name", "form.close", "field.unknown", "field.suggestion", "field.allowed_fields",
    "field.choice", "field.text", "field.number", "field.mapping", "field.list", "field.too_long",
    "field.schema_version", "yaml.syntax", "yaml.root_not_mapping", "yaml.found.list", "yaml.found.scalar",
    "file.binary",
)


def form_questions(*, everything: bool = False, perspective: str | None = None) -> list[FieldSpec]:
    """The questions of the form: those of `init -i` (`--all`: also the optional parts).

    A form for one partner (`perspective`) fixes `perspective:`, asks the
    respondent's role and name first, and of the partners' own views only its own.
    """
    asked = questions(everything=everything)
    if perspective is None:
        return asked
    other = next(side for side in SIDES if side != perspective)
    respondent = [spec for spec in questions(everything=True) if spec.path.startswith("respondent.")]
    return respondent + [
        spec
        for spec in asked
        if spec.path != "perspective"
        and not spec.path.startswith(("respondent.", f"views.{other}."))
    ]


def render(lang: str, *, everything: bool = False, perspective: str | None = None) -> str:
    """The whole page, in `lang`."""
    if perspective is not None and perspective not in SIDES:
        raise ValueError(f"perspective must be one of {SIDES}, not {perspective!r}")
    asked = form_questions(everything=everything, perspective=perspective)
    script = _read("js-yaml.min.js") + "\n" + _read("form.js")
    style = _read("form.css")
    intro = translate("form.intro", lang, total=len(asked))
    if perspective is not None:
        intro = translate("form.intro.perspective", lang, side=answer_label(perspective, lang)) + "\n" + intro
    return Template(_read("page.html")).substitute(
        lang=lang,
        csp=(
            "default-src 'none'; "
            f"script-src '{_sha256(script)}'; style-src '{_sha256(style)}'; "
            "connect-src 'none'; img-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'"
        ),
        version=escape(__version__),
        title=escape(translate("form.title", lang)),
        intro="\n".join(f"<p>{escape(paragraph)}</p>" for paragraph in intro.splitlines()),
        noscript=escape(translate("form.noscript", lang)),
        progress=escape(translate("form.progress", lang, answered=0, total=len(asked))),
        total=len(asked),
        toolbar=escape(translate("form.toolbar", lang)),
        save=escape(translate("form.save", lang)),
        open=escape(translate("form.open", lang)),
        parts="\n".join(_parts(asked, lang, perspective)),
        footer=escape(translate("form.footer", lang, version=__version__)),
        data=_json_for_script(_page_data(lang, perspective)),
        style=style,
        script=script,
    )


# --- the questions as HTML ---------------------------------------------------


def _parts(asked: list[FieldSpec], lang: str, perspective: str | None) -> list[str]:
    """One <section> per top-level part, its nested sections as <fieldset> groups.

    A top-level question (name, ambition) stands on its own, without a part around it.
    """
    sections = {entry.path: entry for entry in outline() if isinstance(entry, SectionSpec)}
    by_part: dict[str, list[FieldSpec]] = {}
    for spec in asked:
        by_part.setdefault(spec.path.split(".")[0], []).append(spec)
    html = []
    for number, (part, specs) in enumerate(by_part.items(), start=1):
        if part not in sections:
            html.append(f'<div class="single">{_question(specs[0], lang)}</div>')
            continue
        if part == "respondent" and perspective is not None:
            heading = translate("form.about_you", lang)
        else:
            heading = sections[part].question(lang).rstrip(".")
        html.append(_part(part, f"part-{number}", heading, specs, sections, lang))
    return html


def _part(part: str, ident: str, heading: str, specs: list[FieldSpec], sections: dict[str, SectionSpec], lang: str) -> str:
    lines = [
        f'<section class="part" data-part="{escape(part)}" aria-labelledby="{ident}">',
        '<div class="part-head">',
        f'<h2 id="{ident}" tabindex="-1">{escape(heading)}</h2>',
        f'<p class="part-progress">{escape(translate("form.part_progress", lang, answered=0, total=len(specs)))}</p>',
        f'<button type="button" class="link" data-action="skip" aria-expanded="true" aria-controls="{ident}-body">'
        f'{escape(translate("form.skip", lang))}</button>',
        "</div>",
        f'<p class="skipped" hidden>{escape(translate("form.skipped", lang))}</p>',
        f'<div class="part-body" id="{ident}-body">',
    ]
    open_groups: list[str] = []
    for spec in specs:
        wanted = [path for path in _ancestors(spec.path.rpartition(".")[0]) if path != part and path in sections]
        while open_groups and open_groups[-1] not in wanted:
            lines.append("</fieldset>")
            open_groups.pop()
        for path in wanted[len(open_groups):]:
            lines.append(f'<fieldset class="group"><legend>{escape(sections[path].question(lang))}</legend>')
            open_groups.append(path)
        lines.append(_question(spec, lang))
    lines.extend("</fieldset>" for _ in open_groups)
    lines.append("</div></section>")
    return "\n".join(lines)


def _ancestors(group: str) -> list[str]:
    parts = group.split(".") if group else []
    return [".".join(parts[: end + 1]) for end in range(len(parts))]


def _question(spec: FieldSpec, lang: str) -> str:
    """One question: a fieldset with its text and its inputs."""
    ident = "q-" + spec.path.replace(".", "-")
    path = escape(spec.path)
    text = escape(spec.question(lang))
    if spec.kind in ("text", "number"):
        length = f' maxlength="{spec.max_length}"' if spec.max_length else ""
        mode = ' inputmode="numeric" pattern="-?[0-9]*"' if spec.kind == "number" else ""
        return (
            f'<fieldset class="question" data-field="{path}" data-kind="{spec.kind}">'
            f'<label for="{ident}">{text}</label>'
            f'<input type="text" id="{ident}" name="{path}"{length}{mode} autocomplete="off"></fieldset>'
        )
    lines = [f'<fieldset class="question" data-field="{path}" data-kind="{spec.kind}">', f"<legend>{text}</legend>"]
    choices = [("" if option.value is None else str(option.value), option.label) for option in options(spec, lang)]
    if spec.kind == "choices":
        lines.append(f'<p class="hint">{escape(translate("form.choices_hint", lang))}</p>')
        choices.append(("[]", translate("form.none_of_these", lang)))
    kind = "radio" if spec.kind == "choice" else "checkbox"
    lines.append('<div class="choices">')
    for number, (value, label) in enumerate(choices):
        lines.append(
            f'<label><input type="{kind}" name="{path}" id="{ident}-{number}" value="{escape(value)}"> {escape(label)}</label>'
        )
    lines.append("</div></fieldset>")
    return "\n".join(lines)


# --- what the script needs -----------------------------------------------------


def _page_data(lang: str, perspective: str | None) -> dict[str, Any]:
    """The field catalogue (to check an opened file as the loader would) and the page's messages."""
    catalog = field_catalog()
    return {
        "lang": lang,
        "version": __version__,
        "perspective": perspective,
        "sides": {side: answer_label(side, lang) for side in SIDES},
        "openLimitKb": OPEN_LIMIT_KB,
        "sections": [entry.path for entry in outline() if isinstance(entry, SectionSpec)],
        "fields": {
            path: {
                "kind": spec.kind,
                "allowed": list(spec.allowed),
                "fixed": spec.default,
                "maxLength": spec.max_length,
                "booleans": _booleans(spec),
            }
            for path, spec in catalog.items()
        },
        "schemaVersion": SCHEMA_VERSION,
        "messages": {key: translate(key, lang) for key in _PAGE_MESSAGES},
    }


def _booleans(spec: FieldSpec) -> list[str] | None:
    """What `true` and `false` mean for this field, as the model reads them (None: not accepted)."""
    from pydantic import ValidationError

    from tango_check.model import Partnership
    from tango_check.outline import answer_at

    if spec.kind != "choice":
        return None
    meaning = []
    for value in (True, False):
        data: dict[str, Any] = {}
        set_at(data, spec.path, value)
        try:
            meaning.append(answer_at(Partnership.model_validate(data), spec.path))
        except ValidationError:
            return None
    return meaning


def _read(name: str) -> str:
    return resources.files("tango_check").joinpath("form_page", name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _json_for_script(data: Any) -> str:
    """JSON safe inside a <script> element: no '</script>' or '<!--' can end or confuse it."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
