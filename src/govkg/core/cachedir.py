"""Where govkg keeps what it can always recompute: ``$XDG_CACHE_HOME/govkg`` (~/.cache)."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["cache_home"]


def cache_home(*parts: str) -> Path:
    """The cache folder (or a path in it); nothing is created, and a cache that cannot be
    read or written is never an error, only slower."""
    root = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(root, "govkg", *parts)
