"""`tango-check init`, `form`, `schema` and `validate`: writing a partnership file.

Files are written whole or not at all (a temporary file in the same folder,
then a rename), and an existing file is replaced only with `--force` (or,
in the questionnaire, after a yes).
"""

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from tango_check.commands.common import LangOption, guarded, print_problems, resolve_language, say
from tango_check.errors import EXIT_INPUT_ERROR, EXIT_INTERRUPTED, EXIT_OK, InputError, Problem
from tango_check.files import write_file
from tango_check.i18n import translate

STDOUT = "-"

ForceOption = Annotated[bool, typer.Option("--force", help="Replace the file if it already exists.")]


def init(
    path: Annotated[
        str,
        typer.Argument(help="The file to write; '-' prints it on the screen (stdout) instead."),
    ] = "partner.yaml",
    interactive: Annotated[
        bool,
        typer.Option("--interactive", "-i", help="Ask the questions one by one in the terminal, then write the file."),
    ] = False,
    everything: Annotated[
        bool,
        typer.Option(
            "--all",
            help="With --interactive: also ask the optional parts (the extension pack, each partner's own view).",
        ),
    ] = False,
    force: ForceOption = False,
    with_schema: Annotated[
        bool,
        typer.Option(
            "--schema/--no-schema",
            help="Also write partnership.schema.json beside the file (for completion in your editor), "
            "if it is not there yet.",
        ),
    ] = True,
    lang: LangOption = None,
) -> None:
    """Write a starting partnership file with every question explained (default: partner.yaml)."""
    language = resolve_language(lang)
    with guarded(language):
        from tango_check import template
        from tango_check.schema import FILE_NAME as SCHEMA_FILE_NAME
        from tango_check.schema import schema_text

        # The questionnaire asks before replacing a file, instead of refusing.
        target = _target(path, force=force or interactive)
        answers: dict[str, object] = {}
        if interactive:
            if target is not None and os.path.lexists(target) and not force and not _confirm_replace(target, language):
                raise typer.Exit(EXIT_OK)
            answers = _questionnaire(language, everything)
        file_name = target.name if target is not None else template.DEFAULT_FILE_NAME
        text = template.render(language, answers, file_name=file_name)
        if not _emit(target, text):
            return
        _say("init.written", language, path=path)
        if with_schema:
            schema_path = target.parent / SCHEMA_FILE_NAME
            schema = schema_text()
            if force or not os.path.lexists(schema_path):
                write_file(schema_path, schema)
                _say("init.schema_written", language, path=schema_path)
            elif _read_or_none(schema_path) != schema:
                _say("init.schema_kept", language, path=schema_path)


class Perspective(str, Enum):
    cooperative = "cooperative"
    care_organisation = "care_organisation"


def form(
    path: Annotated[
        str,
        typer.Argument(help="The web page to write; '-' prints it on the screen (stdout) instead."),
    ] = "questionnaire.html",
    perspective: Annotated[
        Optional[Perspective],
        typer.Option(
            "--perspective",
            help="A form for one partner's own view: its answers are saved with 'perspective:' and the "
            "respondent's role (assess all responses together with --together).",
        ),
    ] = None,
    everything: Annotated[
        bool,
        typer.Option("--all", help="Also ask the optional parts (the extension pack, each partner's own view)."),
    ] = False,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Write the questionnaire as one web page to e-mail: it works offline in any browser and saves a partnership file."""
    language = resolve_language(lang)
    with guarded(language):
        from tango_check.form import render

        target = _target(path, force=force)
        text = render(language, everything=everything, perspective=perspective.value if perspective else None)
        if _emit(target, text):
            _say("form.written", language, path=path)


def schema(
    output: Annotated[
        Optional[str],
        typer.Option("--output", "-o", help="Write the schema to this file instead of printing it."),
    ] = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Print the JSON Schema (draft-07) of the partnership file, for editors and other tools."""
    language = resolve_language(lang)
    with guarded(language):
        from tango_check.schema import schema_text

        if _emit(_target(output or STDOUT, force=force), schema_text()):
            _say("init.written_schema", language, path=output)


def validate(
    paths: Annotated[list[str], typer.Argument(help="The partnership files (YAML) to check.", show_default=False)],
    lang: LangOption = None,
) -> None:
    """Check partnership files without assessing them: every problem, with its line (exit 0 all valid, 2 not)."""
    language = resolve_language(lang)
    invalid = 0
    with guarded(language):
        from tango_check.api import load_partnership

        for path in paths:
            try:
                load_partnership(path)
            except InputError as error:
                print_problems(error, language)
                invalid += 1
            else:
                say(translate("validate.ok", language, path=path))
    raise typer.Exit(EXIT_INPUT_ERROR if invalid else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command()(init)
    app.command()(form)
    app.command()(schema)
    app.command()(validate)


# --- helpers ---------------------------------------------------------------------


def _target(path: str, *, force: bool) -> Path | None:
    """The file to write (None: standard output); fails before any work (or any question) when it cannot be written.

    An existing file is refused unless `force`.
    """
    if path == STDOUT:
        return None
    target = Path(path)
    if os.path.isdir(target):  # os.path's checks: a name too long is not a crash
        raise InputError([Problem(path, "write.is_folder")])
    if not os.path.isdir(target.parent):
        raise InputError([Problem(path, "write.no_folder", {"folder": str(target.parent)})])
    if os.path.lexists(target) and not force:  # a link to nothing exists too
        raise InputError([Problem(path, "write.exists")])
    return target


def _emit(target: Path | None, text: str) -> bool:
    """Write `text` to `target` whole or not at all, or print it when there is none; True when a file was written."""
    if target is None:
        sys.stdout.write(text)
        return False
    write_file(target, text)
    return True


def _read_or_none(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _say(key: str, lang: str, **params: object) -> None:
    """A status line; on stderr, so stdout carries only results."""
    say(translate(key, lang, **params), error=True)


def _read_line(prompt: str) -> str:
    """One line typed by the user, the prompt shown on stderr."""
    sys.stderr.write(prompt)
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\r\n")


def _write(text: str) -> None:
    sys.stderr.write(text)
    sys.stderr.flush()


def _confirm_replace(target: Path, lang: str) -> bool:
    try:
        reply = _read_line(translate("questionnaire.replace", lang, path=str(target)) + " ")
    except EOFError:
        reply = ""
    if reply.strip().lower() in ("y", "yes", "j", "ja"):
        return True
    _say("questionnaire.not_replaced", lang, path=str(target))
    return False


def _questionnaire(lang: str, everything: bool) -> dict[str, object]:
    from tango_check import questionnaire

    try:
        answers = questionnaire.run(lang, _read_line, _write, everything=everything)
    except KeyboardInterrupt:
        _say("questionnaire.interrupted", lang)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except EOFError:
        raise InputError([Problem("<stdin>", "questionnaire.eof")]) from None
    _say("questionnaire.done", lang, answered=questionnaire.answered(answers), total=len(questionnaire.questions(everything=everything)))
    return answers
