"""Where the SPARQL workers' on-disk stores are written: one folder per store, named after the
server's process, so a server that died without removing its folders has them removed by
the next one. Standard library only: ``govkg serve`` calls it before it imports rdflib.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path

from govkg.core.cachedir import cache_home

__all__ = ["alive", "home", "new_folder"]


def alive(pid: int) -> bool:
    """Whether process ``pid`` runs (someone else's counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def home() -> Path:
    """Where the stores go: the cache folder, or the temporary one if it cannot be written."""
    for folder in (cache_home("sparql"), Path(tempfile.gettempdir()) / "govkg-sparql"):
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
            if os.access(folder, os.W_OK):
                return folder
    raise OSError("no folder to keep the SPARQL workers' store in")


def _sweep(home: Path) -> None:
    """Remove the stores of servers that are gone."""
    for folder in home.glob("*-*"):
        pid = folder.name.split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def new_folder() -> Path:
    """An empty folder of this process's, after the folders of dead servers are removed."""
    home_folder = home()
    _sweep(home_folder)
    return Path(tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=home_folder))
