"""The SPARQL workers' store of a large served file, kept when the server ends, so the next
server on the same file opens it at once instead of loading it again: at 10^6 triples the
load takes ~5 s, two cores busy, and is what a restart would wait for longest
(benchmarks/ready.py).

Only files of ``GOVKG_SPARQL_KEEP`` bytes or more (default 32 MB; 0 keeps every store, a
negative number none) keep their store. A kept store is found by the file's resolved path,
size, modification time and inode, and holds a note of the digest of the bytes it was loaded
from and its triple count: it is taken only when the bytes the file holds now have that
digest (the child digests them again: a size and a time can lie), and the server checks it
once more against its own graph's version (``sparql_early.EarlyStore``), so a file altered
in place is never answered from an old store. At most ``KEPT`` stores are kept, the least
recently used going first, never one a running server uses (each marks its use with its
process id). Standard library only (and pyoxigraph's version): the child that loads the
store imports this before anything else.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from govkg.http.sparql_folders import alive, home

__all__ = ["KEPT", "find", "forget", "held", "keep", "release", "wanted"]

KEPT = 2
"""Stores kept at most (~90 MB each at 10^6 triples)."""
DEFAULT_SIZE = 32 * 1024 * 1024
NOTE = "govkg-kept.json"  # in the store's folder; Oxigraph passes over files it did not write


def _home() -> Path:
    return home() / "kept"


def wanted(source: Path) -> bool:
    """Whether the store of ``source`` (as it is now) is worth keeping."""
    try:
        least = int(os.environ.get("GOVKG_SPARQL_KEEP") or DEFAULT_SIZE)
    except ValueError:
        least = DEFAULT_SIZE
    with contextlib.suppress(OSError):
        return least >= 0 and source.stat().st_size >= least
    return False


def _key(source: Path) -> str | None:
    """The file as it is now: resolved path, size and modification time (pyoxigraph's
    version too: a store is read only by the Oxigraph that wrote it)."""
    from pyoxigraph import __version__

    try:
        resolved = source.resolve()
        stat = resolved.stat()
    except OSError:
        return None
    said = f"{resolved}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ino}\0{__version__}"
    return hashlib.blake2b(said.encode()).hexdigest()[:32]


def _place(source: Path) -> Path | None:
    """Where the store of ``source`` as it is now is or would be kept; None when the file
    or the cache folder cannot be reached (nothing is kept then, only slower)."""
    key = _key(source)
    try:
        return None if key is None else _home() / key
    except OSError:
        return None


def held(source: Path) -> bool:
    """Whether a store of ``source`` as it is now seems kept (not checked, not marked): a
    server decides by it whether to load its graph beside its imports."""
    place = _place(source)
    return place is not None and (place / NOTE).is_file()


def find(source: Path, user: int) -> tuple[Path, str, int] | None:
    """The kept store of ``source`` as it is now, marked as used by process ``user``:
    (folder, digest of the bytes it was loaded from, triples); None if there is none."""
    folder = _place(source)
    if folder is None or not (folder / NOTE).is_file():
        return None
    try:  # read after marking: a store removed meanwhile is not taken
        _mark(folder, user)
        note = json.loads((folder / NOTE).read_text())
        found = folder, str(note["digest"]), int(note["triples"])
    except (OSError, ValueError, KeyError, TypeError):
        release(folder, user)
        return None
    with contextlib.suppress(OSError):
        os.utime(folder / NOTE)  # recently used
    return found


def keep(source: Path, folder: Path, digest: str, triples: int, user: int) -> Path:
    """Move the closed store in ``folder`` where the next server on ``source`` finds it,
    marked as used by ``user``; its new folder, or ``folder`` if it could not be kept (a
    store of the same file kept meanwhile, a folder that cannot be written)."""
    place = _place(source)
    if place is None:
        return folder
    try:
        (folder / NOTE).write_text(json.dumps({"digest": digest, "triples": triples}))
        _mark(place, user)
        os.rename(folder, place)
    except OSError:
        release(place, user)
        with contextlib.suppress(OSError):
            (folder / NOTE).unlink()
        return folder
    _evict(place.parent)
    return place


def release(folder: Path, user: int) -> None:
    """``user`` no longer reads the kept store in ``folder``."""
    with contextlib.suppress(OSError):
        (_users(folder) / str(user)).unlink()


def _users(folder: Path) -> Path:
    return folder.with_name(folder.name + ".users")


def _mark(folder: Path, user: int) -> None:
    users = _users(folder)
    users.mkdir(parents=True, exist_ok=True)
    (users / str(user)).touch()


def _in_use(folder: Path) -> bool:
    """Whether a running process marked ``folder`` as used (the marks of ended ones go)."""
    used = False
    with contextlib.suppress(OSError):
        for mark in _users(folder).iterdir():
            if mark.name.isdigit() and alive(int(mark.name)):
                used = True
            else:
                with contextlib.suppress(OSError):
                    mark.unlink()
    return used


def forget(folder: Path, user: int) -> None:
    """``user`` found the kept store in ``folder`` is not its file's: released, and removed
    unless another server reads it."""
    release(folder, user)
    if not _in_use(folder):
        _remove(folder)


def _evict(home: Path) -> None:
    """Drop all but the ``KEPT`` most recently used stores no running server uses."""
    stores = []
    for folder in home.iterdir():
        with contextlib.suppress(OSError):
            if folder.name.startswith(".removed-"):  # a removal cut short
                shutil.rmtree(folder, ignore_errors=True)
            elif folder.is_dir() and (folder / NOTE).is_file():
                stores.append(((folder / NOTE).stat().st_mtime_ns, folder))
    for _, folder in sorted(stores, reverse=True)[KEPT:]:
        if not _in_use(folder):
            _remove(folder)


def _remove(folder: Path) -> None:
    """Move the store aside in one step, so no server finds it half removed; put it back if
    a server marked it meanwhile; else remove it."""
    with contextlib.suppress(OSError):
        aside = Path(tempfile.mkdtemp(prefix=".removed-", dir=folder.parent))
        os.rename(folder, aside / folder.name)
        if _in_use(folder):
            os.rename(aside / folder.name, folder)
        else:
            shutil.rmtree(_users(folder), ignore_errors=True)
        shutil.rmtree(aside, ignore_errors=True)
