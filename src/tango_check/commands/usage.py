"""Usage errors in the user's language, without the wording of the framework underneath.

Typer reports a wrong option in English, in the words of Click ("'abc' is
not a valid float"). `LocalisedGroup` runs the command line itself and turns each
usage error into one sentence of ours, in the language of `--lang` when it
is given (and valid), else of the locale, followed by where to find help.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from difflib import get_close_matches
from typing import Any, NoReturn

import typer
from typer.core import TyperGroup

from tango_check.errors import EXIT_INPUT_ERROR, EXIT_INTERRUPTED
from tango_check.i18n import LANGUAGES, Message, default_language, translate

# Typer's own copy of Click keeps its exceptions private; their common base is reached through a public one.
_UsageError: type[Exception] = next(cls for cls in typer.BadParameter.__mro__ if cls.__name__ == "UsageError")
_Abort: type[BaseException] = typer.Abort


def language_of(args: Sequence[str]) -> str:
    """The language `--lang` asks for on this command line, if it is one we speak, else the locale's."""
    for index, arg in enumerate(args):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(args):
            value = args[index + 1]
        if value in LANGUAGES:
            return value
    return default_language()


def _value_of(param: Any, args: Sequence[str]) -> str | None:
    """The value the user gave for an option, as typed (the last one, as the parser takes it)."""
    found = None
    names = [*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())]
    for index, arg in enumerate(args):
        for name in names:
            if arg == name and index + 1 < len(args):
                found = args[index + 1]
            elif arg.startswith(name + "=") and name.startswith("--"):
                found = arg[len(name) + 1 :]
    return found


def _option_name(param: Any) -> str:
    opts = getattr(param, "opts", None) or [getattr(param, "name", "") or ""]
    longest = max(opts, key=len)
    return longest if longest.startswith("-") else longest.upper()


def _bad_value(error: Any, args: Sequence[str]) -> Message:
    param = error.param
    option, value = _option_name(param), _value_of(param, args)
    kind = getattr(param, "type", None)  # Click's type of the option, as typer builds it
    choices = getattr(kind, "choices", None)
    if choices:
        return Message("usage.choice", {"option": option, "value": value, "choices": ", ".join(map(str, choices))})
    if type(kind).__name__ in ("IntRange", "FloatRange", "IntParamType", "FloatParamType"):
        low, high = getattr(kind, "min", None), getattr(kind, "max", None)
        if low is not None and high is not None:
            return Message("usage.number_range", {"option": option, "value": value, "low": low, "high": high})
        return Message("usage.number", {"option": option, "value": value})
    return Message("usage.invalid", {"option": option, "value": value})


def usage_message(error: Exception, args: Sequence[str]) -> Message:
    """Our sentence for a usage error of the parser."""
    kind = type(error).__name__
    if kind == "NoSuchOption":
        option = error.option_name  # type: ignore[attr-defined]
        close = sorted(getattr(error, "possibilities", None) or ())
        suggestion = Message("field.suggestion", {"name": close[0]}) if close else ""
        return Message("usage.no_option", {"option": option, "suggestion": suggestion})
    if kind == "BadOptionUsage":
        return Message("usage.needs_value", {"option": error.option_name})  # type: ignore[attr-defined]
    if kind == "MissingParameter":
        return Message("usage.missing", {"name": _option_name(error.param)})  # type: ignore[attr-defined]
    if kind == "BadParameter" and getattr(error, "param", None) is not None:
        return _bad_value(error, args)
    extra = str(getattr(error, "message", "")).partition("unexpected extra argument")[2]
    if extra:  # "Got unexpected extra argument(s) (a b)"
        return Message("usage.extra_argument", {"args": extra.rpartition("(")[2].rpartition(")")[0]})
    return Message("usage.wrong", {})


class LocalisedGroup(TyperGroup):
    """The command group of tango-check: usage errors as our own sentences, in the user's language."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name = args[0] if args else ""
        if args and name not in self.commands and not name.startswith("-"):
            close = get_close_matches(name, list(self.commands), n=1)
            suggestion = Message("field.suggestion", {"name": close[0]}) if close else ""
            raise _CommandNotFound(Message("usage.no_command", {"name": name, "suggestion": suggestion}))
        return super().resolve_command(ctx, args)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, **extra: Any) -> Any:
        given = list(sys.argv[1:] if args is None else args)
        extra.pop("standalone_mode", None)
        helping = not given or any(arg in ("-h", "--help") for arg in given)
        with _dutch_help(self) if helping and language_of(given) == "nl" else nullcontext():
            code = self._run(given, prog_name, **extra)
        sys.exit(code or 0)

    def _run(self, given: list[str], prog_name: str | None, **extra: Any) -> Any:
        try:
            return super().main(given, prog_name, standalone_mode=False, **extra)
        except _CommandNotFound as error:
            _fail(error.message, given, prog_name or "tango-check")
        except _UsageError as error:
            if type(error).__name__ == "NoArgsIsHelpError":  # `tango-check` alone: the help, as asked
                print(error.format_message(), file=sys.stderr)  # type: ignore[attr-defined]
                sys.exit(EXIT_INPUT_ERROR)
            ctx = getattr(error, "ctx", None)
            command = " ".join([prog_name or "tango-check", *given[:1]]) if given and given[0] in self.commands else prog_name
            _fail(usage_message(error, given), given, getattr(ctx, "command_path", None) or command or "tango-check")
        except _Abort:
            print(translate("cli.interrupted", language_of(given)), file=sys.stderr)
            sys.exit(EXIT_INTERRUPTED)


@contextmanager
def _dutch_help(group: TyperGroup) -> Iterator[None]:
    """The help of every command and option in Dutch, for this run (the command objects are built per run)."""
    import typer.rich_utils as frame

    from tango_check.help_text import DUTCH, FRAME_DUTCH, USAGE

    names = group.context_settings.get("help_option_names", ["--help"])

    def translate_command(command: Any) -> None:
        context = typer.Context(command, help_option_names=names)
        for item in (command, *command.get_params(context)):
            item.help = DUTCH.get(item.help, item.help)
        command.short_help = DUTCH.get(command.short_help, command.short_help)
        usage = command.get_usage
        command.get_usage = lambda ctx: usage(ctx).replace(*USAGE, 1)
        for sub in getattr(command, "commands", {}).values():
            translate_command(sub)

    translate_command(group)
    saved = {name: getattr(frame, name) for name in FRAME_DUTCH}
    for name, text in FRAME_DUTCH.items():
        setattr(frame, name, text)
    try:
        yield
    finally:
        for name, text in saved.items():
            setattr(frame, name, text)


class _CommandNotFound(Exception):
    def __init__(self, message: Message):
        super().__init__(message.key)
        self.message = message


def _fail(message: Message, args: Sequence[str], command: str) -> NoReturn:
    lang = language_of(args)
    print(f"{command}: {message.text(lang)}", file=sys.stderr)
    print(translate("usage.help", lang, command=command), file=sys.stderr)
    sys.exit(EXIT_INPUT_ERROR)
