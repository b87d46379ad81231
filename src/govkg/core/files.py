"""Writing a file so that a reader never sees half of it: next to the target, then renamed.

The temporary file ``mkstemp`` makes is private (0600); the file put in place gets the mode
an ordinary ``open(path, "w")`` would give it (0666 less the umask), or keeps the mode of
the file it replaces, so a group that could read the old export can read the new one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["open_atomically", "write_atomically"]


def _umask() -> int:
    """The process's umask, read without changing it where Linux says it (/proc), else by
    the set-and-restore ``os.umask`` offers."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _mode_for(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def open_atomically(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that becomes ``path`` when the block ends without an error; on an
    error (or an interruption) ``path`` is as it was and nothing is left behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            os.fchmod(out.fileno(), _mode_for(path))
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename, so a reader never sees half a file."""
    with open_atomically(path) as out:
        out.write(data)
