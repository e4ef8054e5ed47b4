"""What every command shares: options, language, and the error guard."""

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
from tango_check.safe_text import escape_controls


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


def say(text: str, *, error: bool = False) -> None:
    """One line for the user (a result on stdout, or on stderr): control characters in it shown escaped."""
    print(escape_controls(text), file=sys.stderr if error else sys.stdout)


def print_problems(error: TangoError, lang: str) -> None:
    for problem in error.problems:
        say(problem.render(lang), error=True)


@contextmanager
def guarded(lang: str) -> Iterator[None]:
    """Turn a user's mistake into located messages and exit 2, a bug into exit 3.

    The output is flushed inside, so a full disk behind stdout is reported here too.
    """
    try:
        yield
        sys.stdout.flush()
    except typer.Exit:
        raise
    except TangoError as error:
        print_problems(error, lang)
        raise typer.Exit(EXIT_INPUT_ERROR) from None
    except KeyboardInterrupt:
        say(translate("cli.interrupted", lang), error=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        # The reader went away (`tango-check ... | head`): not a verdict, so not exit 1.
        _drop_output()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except OSError as error:
        raise typer.Exit(system_error(error, lang)) from None
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if os.environ.get("TANGO_CHECK_DEBUG"):
            traceback.print_exc()
        say(translate("cli.internal_error", lang, error=f"{type(error).__name__}: {error}"), error=True)
        raise typer.Exit(EXIT_INTERNAL_ERROR) from None


def system_error(error: OSError, lang: str) -> int:
    """Say what the system refused (a full disk, a folder we may not enter, a name too long): not a bug, exit 2."""
    _drop_output()
    if isinstance(error, BrokenPipeError):  # the reader went away: nobody to tell
        return EXIT_BROKEN_PIPE
    where = f"{error.filename}: " if error.filename else ""
    say(translate("cli.system_error", lang, where=where, reason=error.strerror or error), error=True)
    return EXIT_INPUT_ERROR


def _drop_output() -> None:
    """Send what is left in stdout's buffer nowhere, so that exiting does not fail on it again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (a test's captured output)
        pass
