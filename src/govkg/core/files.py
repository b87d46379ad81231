"""Writing a file so that a reader never sees half of it: next to the target, then renamed;
and one writer at a time in a directory.

The temporary file ``mkstemp`` makes is private (0600); the file put in place gets the mode
an ordinary ``open(path, "w")`` would give it (0666 less the umask), or keeps the mode of
the file it replaces, so a group that could read the old export can read the new one.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = [
    "BusyError",
    "locked_directory",
    "open_atomically",
    "remove_stale_temporaries",
    "write_atomically",
]


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


class BusyError(Exception):
    """Another writer holds the directory."""


@contextlib.contextmanager
def locked_directory(folder: Path, wait: float = 0.0) -> Iterator[None]:
    """One writer at a time in ``folder`` (an ingest run, a review batch), waiting at most
    ``wait`` seconds for another's: an advisory lock on the directory itself, so no lock file
    is left behind, and the OS releases it when a writer dies, even by SIGKILL."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise BusyError(str(folder)) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(handle)  # releases the lock


_TEMPORARY = re.compile(r"\.(?P<name>.+\.(?:yaml|yml|txt|jsonl))\.[A-Za-z0-9_]{8}")
"""What ``open_atomically`` names a file before it is renamed (mkstemp's eight characters)."""


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporaries a killed writer left in ``folder`` (``.name.XXXXXXXX`` beside
    ``name``'s place); call it only while holding ``locked_directory``, when no write is
    under way. Returns what was removed."""
    removed = []
    for entry in sorted(folder.glob(".*")):
        if _TEMPORARY.fullmatch(entry.name) and entry.is_file() and not entry.is_symlink():
            entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed
