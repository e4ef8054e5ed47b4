"""Writing a user's file whole or not at all.

A temporary file next to the target is renamed over it only when complete,
so an error or Ctrl-C never leaves a half-written report or template.
"""

from __future__ import annotations

import os
import signal
import stat
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from tango_check.errors import InputError, Problem


STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def regular_target(target: Path, shown: str | None = None) -> Path:
    """The file to replace when writing `target`: itself, or the regular file its symlink points to.

    Anything else (a device such as /dev/stdout, a FIFO, a folder, a symlink
    to nothing) is refused: replacing it by a regular file would break it.
    """
    source = shown or str(target)
    try:
        info = os.stat(target)  # follows symlinks
    except FileNotFoundError:
        if os.path.islink(target):
            raise InputError([Problem(source, "write.not_regular")]) from None
        return target
    except OSError as error:
        raise InputError([Problem(source, "write.failed", {"reason": error.strerror or error})]) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError([Problem(source, "write.not_regular")])
    return Path(os.path.realpath(target)) if os.path.islink(target) else target


class AtomicFile:
    """A text file written under a temporary name and renamed over `target` on `commit`.

    Leaving the `with` block without `commit` (an error, Ctrl-C, SIGTERM or
    SIGHUP, or nothing to write) removes the temporary file and leaves
    `target` as it was. A symlink is written through: the file it points to is
    replaced, the link stays.
    """

    def __init__(self, target: Path):
        self.shown = str(target)
        self.target = regular_target(target)
        # os.urandom as secrets.token_hex(4) does: this module loads on every run, and secrets costs --version 4 ms
        self.temporary = self.target.parent / f".{self.target.name}.{os.urandom(4).hex()}.tmp"
        self.handlers: dict[int, Any] = {}
        try:  # before the temporary file exists, so no signal can leave it behind
            self.handlers = {signum: signal.signal(signum, self._stop) for signum in STOP_SIGNALS}
        except ValueError:  # not the main thread: signals stay as they are
            pass
        try:
            # 0o666 minus the umask: the permissions any new file of the user gets.
            handle = os.open(self.temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except OSError as error:
            self._restore_signals()
            raise InputError([Problem(self.shown, "write.failed", {"reason": error.strerror or error})]) from None
        # errors="replace" as on standard output (cli.main): a file name that is no UTF-8 is written with "?".
        self.stream: TextIO = os.fdopen(handle, "w", encoding="utf-8", errors="replace", newline="\n")

    def __enter__(self) -> AtomicFile:
        return self

    def _stop(self, signum: int, frame: object) -> None:
        self.temporary.unlink(missing_ok=True)  # wherever the signal lands, even before the `with` block
        raise SystemExit(128 + signum)

    def _restore_signals(self) -> None:
        for signum, handler in self.handlers.items():
            signal.signal(signum, handler)

    def commit(self) -> None:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        regular_target(self.target, self.shown)  # still not a device or a pipe, whatever happened meanwhile
        if self.target.exists():  # a replaced report keeps its permissions
            os.chmod(self.temporary, stat.S_IMODE(self.target.stat().st_mode))
        os.replace(self.temporary, self.target)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.stream.close()
        self.temporary.unlink(missing_ok=True)
        self._restore_signals()


def write_file(path: Path, text: str) -> None:
    """Write `text` to `path` atomically; an OS error becomes a located `InputError`."""
    try:
        with AtomicFile(path) as target:
            target.stream.write(text)
            target.commit()
    except OSError as error:
        raise InputError([Problem(str(path), "write.failed", {"reason": error.strerror or str(error)})]) from None
