"""What every command shares: options, language, and the error guard."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, Optional

import typer

from tango_check.errors import EXIT_BROKEN_PIPE, EXIT_INPUT_ERROR, EXIT_INTERNAL_ERROR, EXIT_INTERRUPTED, TangoError
from tango_check.i18n import default_language, translate


class ColorChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class Language(str, Enum):
    nl = "nl"
    en = "en"


LangOption = Annotated[
    Optional[Language],
    typer.Option("--lang", help="Language of the report and messages: nl or en. Default: from the locale (LANG)."),
]
ColorOption = Annotated[
    ColorChoice,
    typer.Option("--color", help="Colour: auto (terminal, NO_COLOR, FORCE_COLOR), always or never."),
]


def resolve_language(lang: Language | None) -> str:
    return lang.value if lang else default_language()


def print_problems(error: TangoError, lang: str) -> None:
    for problem in error.problems:
        print(problem.render(lang), file=sys.stderr)


@contextmanager
def guarded(lang: str) -> Iterator[None]:
    """Turn a user's mistake into located messages and exit 2, a bug into exit 3."""
    try:
        yield
    except typer.Exit:
        raise
    except TangoError as error:
        print_problems(error, lang)
        raise typer.Exit(EXIT_INPUT_ERROR) from None
    except KeyboardInterrupt:
        print(translate("cli.interrupted", lang), file=sys.stderr)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (`tango-check ... | head`): not a verdict, so not exit 1.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if os.environ.get("TANGO_CHECK_DEBUG"):
            traceback.print_exc()
        print(translate("cli.internal_error", lang, error=f"{type(error).__name__}: {error}"), file=sys.stderr)
        raise typer.Exit(EXIT_INTERNAL_ERROR) from None
