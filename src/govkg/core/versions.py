"""A graph's version: a digest of the files it is read from, each named relative to its
root. One definition, so that the server (``answers.kg``) and the child process that loads
the SPARQL workers' store from the same file (``http.sparql_early``, which must not import
rdflib) name the same bytes alike."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

__all__ = ["version_of_contents"]


def version_of_contents(files: Iterable[tuple[str, bytes]]) -> str:
    """The version of ``(relative name, bytes)`` pairs, in the order given.

    >>> version_of_contents([("graph.nt", b"")])
    '0062463d45576068'
    """
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode())
        digest.update(data)
    return digest.hexdigest()[:16]
