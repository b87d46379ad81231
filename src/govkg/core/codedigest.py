"""A digest of the code a kept result was computed by: the sources of some of govkg's
folders and the versions of the libraries they call. Caches key on it, so a result kept by
another version of govkg (or of a library) is never read back as if this one had made it."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib.metadata import version as package_version
from pathlib import Path

__all__ = ["code_digest"]

PACKAGE = Path(__file__).resolve().parent.parent


@cache
def code_digest(folders: tuple[str, ...], libraries: tuple[str, ...]) -> bytes:
    """Of the ``*.py`` files in ``folders`` of the package and the installed ``libraries``
    (once a process)."""
    digest = hashlib.blake2b(" ".join(f"{n} {package_version(n)}" for n in libraries).encode())
    for folder in folders:
        for path in sorted((PACKAGE / folder).glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()
