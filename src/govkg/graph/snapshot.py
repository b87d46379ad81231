"""The triples of a seed found valid, kept so the next open of the very same seed skips
reading its YAML, minting and checking: at 1,000 drafts that is ~6 s of a server's start.

A snapshot is found by a key made of everything the triples rest on: the seed directory's
path and every entry in it (names, kinds and bytes; its ``.govkg`` folder aside), the
base IRI, the ontology, the code of ``seed/``, ``graph/`` and ``core/``, and the versions of
the libraries that read YAML, make names and check shapes. A snapshot is written only after
the seed passed every check, and carries the digest of its own bytes, checked on every read:
a stale, cut or altered file is never used, only rebuilt. At most ``KEPT`` snapshots are
kept, the least recently used going first.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from govkg.core.cachedir import cache_home
from govkg.core.codedigest import code_digest
from govkg.core.keptfiles import read_kept, write_kept
from govkg.graph.shapes import ontology_dir

__all__ = ["KEPT", "read_snapshot", "snapshot_path", "write_snapshot"]

KEPT = 4
"""Snapshots kept at most (each is the N-Triples text: ~130 MB at 1,000 drafts)."""

_LIBRARIES = ("pyyaml", "pypinyin", "rdflib", "pyoxigraph", "pyshacl")
_SIGN = b"govkg-snapshot 1\n# "  # then the digest of the triples, and they
PRIVATE = ".govkg"
"""The seed directory's own folder (review sessions, history): not part of the seed."""


@cache
def _code_digest() -> bytes:
    """Of the code and vocabulary the triples are minted and checked by (once a process)."""
    digest = hashlib.blake2b(code_digest(("seed", "graph", "core"), _LIBRARIES))
    for path in sorted(ontology_dir().glob("*.ttl")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


def snapshot_path(seed_dir: Path, base: str) -> Path | None:
    """Where the snapshot of ``seed_dir`` as it is now, under ``base``, is or would be; None
    when an entry cannot be read (the seed's own check then says what is wrong)."""
    seed_dir = seed_dir.resolve()
    digest = hashlib.blake2b(_code_digest())
    digest.update(f"\0{seed_dir}\0{base}\0".encode())
    try:
        for path in sorted(seed_dir.rglob("*")):
            name = path.relative_to(seed_dir)
            if name.parts[0] == PRIVATE:
                continue
            digest.update(f"{name}\0".encode() + _entry(path))
    except (OSError, ValueError):
        return None
    return cache_home("snapshots", f"{digest.hexdigest()[:40]}.nt")


def _entry(path: Path) -> bytes:
    """What an entry is, for the key: a file's bytes; a folder, a link, anything else by
    kind (a folder named ``x.yaml`` is an error the seed's check must meet)."""
    if path.is_symlink():
        return b"link " + os.readlink(path).encode()
    if path.is_file():
        return b"file " + hashlib.blake2b(path.read_bytes()).digest()
    return b"folder" if path.is_dir() else b"other"


def read_snapshot(path: Path) -> bytes | None:
    """The N-Triples kept at ``path`` (a ``snapshot_path``), if whole and unaltered."""
    return read_kept(path, _SIGN)


def write_snapshot(path: Path, triples: bytes) -> None:
    """Keep ``triples`` (of a seed found valid) at ``path`` (its ``snapshot_path`` taken
    before the seed was read); a cache that cannot be written is only slower, never an error."""
    write_kept(path, _SIGN, triples, KEPT)
