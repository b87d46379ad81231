"""Where govkg's own data lies: the repository's folder, or the copy installed in the wheel."""

from __future__ import annotations

from pathlib import Path

from govkg.core.errors import DataError

__all__ = ["package_data"]


def package_data(folder: str, marker: str) -> Path:
    """``folder`` (``seed``, ``ontology``) holding ``marker``: installed copy first."""
    here = Path(__file__).resolve().parent.parent  # the govkg package
    for candidate in (here / "_data" / folder, here.parent.parent / folder):
        if (candidate / marker).is_file():
            return candidate
    raise DataError(f"{folder}/{marker} is missing from this installation")
