"""The key review sessions are signed with: the review token, salted per seed directory.

``key = HMAC-SHA256(salt, token)``, the salt 32 random bytes kept in
``SEED_DIR/.govkg/review-salt`` (mode 0600, in a hidden folder the seed's loader and git
ignore). So a session outlives a restart of the server (same salt, same token), while a new
token ends every session, and the salt alone, without the token, signs nothing. The salt is
made once, by whichever server gets there first (written aside, then linked into place: two
servers starting together agree on one). Where the seed directory cannot be written the
salt is drawn for this run only, and a restart ends the sessions as it did before.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

__all__ = ["SALT_FILE", "SessionKeys", "session_key"]

LOG = logging.getLogger("govkg.review")
STATE_DIR = ".govkg"
SALT_FILE = f"{STATE_DIR}/review-salt"
_SALT_BYTES = 32


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _state_dir(seed_dir: Path) -> Path:
    folder = seed_dir / STATE_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    ignore = folder / ".gitignore"
    if not ignore.exists():  # what is in here is this server's state, never the seed's
        ignore.write_text("*\n", encoding="ascii")
    return folder


def _salt(seed_dir: Path) -> bytes:
    """The seed directory's salt, made on first use; a fresh one for this run if it cannot
    be kept."""
    path = seed_dir / SALT_FILE
    try:
        found = path.read_bytes()
        if len(found) == _SALT_BYTES:
            return found
        LOG.warning("%s is not %d bytes: making a new one", path, _SALT_BYTES)
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        LOG.warning("cannot read %s (%s): sessions end when the server stops", path, error)
        return secrets.token_bytes(_SALT_BYTES)
    try:
        folder = _state_dir(seed_dir)
        aside = folder / f".review-salt.{secrets.token_hex(6)}"
        handle = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(handle, secrets.token_bytes(_SALT_BYTES))
            os.fsync(handle)
        finally:
            os.close(handle)
        try:
            os.link(aside, path)  # only if none is there yet: the first server's wins
        except FileExistsError:
            pass
        finally:
            aside.unlink()
        return path.read_bytes()
    except OSError as error:
        LOG.warning("cannot keep %s (%s): sessions end when the server stops", path, error)
        return secrets.token_bytes(_SALT_BYTES)


def session_key(token: str, seed_dir: Path) -> bytes:
    """The signing key of sessions for ``token`` on ``seed_dir``."""
    return hmac.new(_salt(seed_dir), b"govkg review session\0" + token.encode(), "sha256").digest()


class SessionKeys:
    """Signs and opens the values of the review cookies under one token's key."""

    def __init__(self, token: str, seed_dir: Path) -> None:
        self.token = token
        self.seed_dir = seed_dir
        self.key = session_key(token, seed_dir)

    def sign(self, text: str) -> str:
        return _b64(hmac.new(self.key, text.encode(), hashlib.sha256).digest())

    def signed(self, text: str) -> str:
        return f"{text}.{self.sign(text)}"

    def opened(self, value: str) -> str | None:
        """The text of a value ``signed`` made, or None if its signature is not right."""
        text, _, signature = value.rpartition(".")
        if not text or not hmac.compare_digest(signature.encode(), self.sign(text).encode()):
            return None
        return text
