"""XML 1.0 out of a UTF-8 byte stream: Oxigraph's RDF/XML writer passes a literal's control
characters through raw, which no XML parser accepts (and XML cannot escape them).

The stream is decoded as it comes and put through ``records.xml_safe``, the rule of every
other XML export: control characters shown as control pictures, never dropped.
"""

from __future__ import annotations

import codecs
from typing import IO

from govkg.exports.records import xml_safe

__all__ = ["XmlSafeWriter", "xml_safe_bytes"]


def xml_safe_bytes(data: bytes) -> bytes:
    """``data`` (UTF-8) with what XML 1.0 forbids shown, never dropped.

    >>> xml_safe_bytes("a\\x07b\\uffffc".encode()).decode()
    'a␇b\\ufffdc'
    """
    return xml_safe(data.decode("utf-8")).encode("utf-8")


class XmlSafeWriter:
    """A binary file that writes what it is given through ``xml_safe``; a character split
    between two writes waits in the decoder for the next one (or ``flush``)."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._decoder = codecs.getincrementaldecoder("utf-8")()

    def write(self, data: bytes) -> int:
        self._out.write(xml_safe(self._decoder.decode(bytes(data))).encode("utf-8"))
        return len(data)

    def flush(self) -> None:
        self._out.write(xml_safe(self._decoder.decode(b"", final=True)).encode("utf-8"))
        self._out.flush()
