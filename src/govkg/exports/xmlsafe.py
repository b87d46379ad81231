"""XML 1.0 out of a UTF-8 byte stream: Oxigraph's RDF/XML writer passes a literal's control
characters through raw, which no XML parser accepts (and XML cannot escape them).

As in every other XML export (``records.xml_safe``), C0 controls other than tab, newline and
carriage return become their control pictures (U+2400 + code) and U+FFFE/U+FFFF become
U+FFFD. Bytewise is safe: in UTF-8 no byte of a multi-byte character is below 0x80.
"""

from __future__ import annotations

import re
from typing import IO

__all__ = ["XmlSafeWriter", "xml_safe_bytes"]

_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NONCHAR = re.compile(rb"\xef\xbf[\xbe\xbf]")


def _picture(found: re.Match[bytes]) -> bytes:
    return chr(0x2400 + found.group()[0]).encode()


def xml_safe_bytes(data: bytes) -> bytes:
    """``data`` (UTF-8) with what XML 1.0 forbids shown, never dropped.

    >>> xml_safe_bytes("a\\x07b\\uffffc".encode()).decode()
    'a␇b\\ufffdc'
    """
    return _NONCHAR.sub("\ufffd".encode(), _CONTROL.sub(_picture, data))


class XmlSafeWriter:
    """A binary file that writes what it is given through ``xml_safe_bytes``; a U+FFFE or
    U+FFFF split between two writes is held back until the next one (or ``flush``)."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._held = b""

    def write(self, data: bytes) -> int:
        chunk = self._held + bytes(data)
        cut = len(chunk)
        if chunk.endswith(b"\xef"):
            cut -= 1
        elif chunk.endswith(b"\xef\xbf"):
            cut -= 2
        self._held = chunk[cut:]
        self._out.write(xml_safe_bytes(chunk[:cut]))
        return len(data)

    def flush(self) -> None:
        if self._held:
            self._out.write(xml_safe_bytes(self._held))
            self._held = b""
        self._out.flush()
