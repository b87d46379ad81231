"""Files a cache keeps: each opens with its kind's sign and the digest of its body, checked
on every read, so a cut or altered file is never used (it is removed, and rebuilt by
whoever wanted it); at most so many are kept in a folder, the least recently used going
first. A cache that cannot be read or written is only slower, never an error."""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from govkg.core.files import write_atomically

__all__ = ["read_kept", "write_kept"]


def read_kept(path: Path, sign: bytes) -> bytes | None:
    """The body kept at ``path`` under ``sign``, if whole and unaltered."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    stated, _, body = data[len(sign) :].partition(b"\n")
    if not data.startswith(sign) or hashlib.blake2b(body).hexdigest().encode() != stated:
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used
    return body


def write_kept(path: Path, sign: bytes, body: bytes, kept: int) -> None:
    """Keep ``body`` at ``path``, then drop all but the ``kept`` most recently used files of
    the folder that end as ``path`` does."""
    stated = hashlib.blake2b(body).hexdigest().encode()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, sign + stated + b"\n" + body)
        files = []
        for other in path.parent.glob(f"*{path.suffix}"):
            with contextlib.suppress(OSError):
                files.append((other.stat().st_mtime_ns, other))
        for _, other in sorted(files, reverse=True)[kept:]:
            with contextlib.suppress(OSError):
                other.unlink()
