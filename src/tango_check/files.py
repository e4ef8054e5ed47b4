"""Writing a user's file whole or not at all.

A temporary file next to the target is renamed over it only when complete,
so an error or Ctrl-C never leaves a half-written report or template.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from types import TracebackType
from typing import TextIO

from tango_check.errors import InputError, Problem


class AtomicFile:
    """A text file written under a temporary name and renamed over `target` on `commit`.

    Leaving the `with` block without `commit` (an error, Ctrl-C, or nothing
    to write) removes the temporary file and leaves `target` as it was.
    """

    def __init__(self, target: Path):
        self.target = target
        self.temporary = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            # 0o666 minus the umask: the permissions any new file of the user gets.
            handle = os.open(self.temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except OSError as error:
            raise InputError([Problem(str(target), "write.failed", {"reason": error.strerror or error})]) from None
        self.stream: TextIO = os.fdopen(handle, "w", encoding="utf-8", newline="\n")

    def __enter__(self) -> AtomicFile:
        return self

    def commit(self) -> None:
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        if self.target.exists():  # a replaced report keeps its permissions
            os.chmod(self.temporary, stat.S_IMODE(self.target.stat().st_mode))
        os.replace(self.temporary, self.target)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.stream.close()
        self.temporary.unlink(missing_ok=True)


def write_file(path: Path, text: str) -> None:
    """Write `text` to `path` atomically; an OS error becomes a located `InputError`."""
    try:
        with AtomicFile(path) as target:
            target.stream.write(text)
            target.commit()
    except OSError as error:
        raise InputError([Problem(str(path), "write.failed", {"reason": error.strerror or str(error)})]) from None
