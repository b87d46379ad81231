"""SPARQL answers as pyoxigraph writes them, cut between rows at a row cap and a byte cap.

Ours is only the cut, because pyoxigraph's serializers write a whole result with no cap: the
solutions are serialized into ``_Capped``, which keeps no byte past the cap (a 100 MB literal
that a 200-byte query built is not copied), counts the rows written by marks that Oxigraph's
escaping keeps out of values (``</result>``; a line end, in CSV outside quotes; in JSON
``,{"`` and a name), stops the serializer once a cap is passed and closes the document after
the last row that fits; an answer within both caps is Oxigraph's bytes unchanged. Our XML
escaping stays for what Oxigraph writes raw from literals and no XML 1.0 parser reads
(control characters, U+FFFE, U+FFFF): U+FFFD, as before. Graphs: pyoxigraph's ``serialize``
fed triples up to the caps, written again shorter if its 8 KB buffer hid the last few.
Formats: https://www.w3.org/TR/sparql11-results-json/, …-results-xml/, …-results-csv-tsv/.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass

from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Triple,
    serialize,
)

__all__ = ["RESULT_FORMATS", "write_boolean", "write_rows", "write_triples"]

_SCAN_EVERY = 64 * 1024  # bytes written between looks for row ends (more while a row is huge)
_SLACK = 8  # bytes kept past the byte cap: enough to see whether a row ended just before it
_CONTROL = bytes([*range(9), 11, 12, *range(14, 32)])
_XML_ILLEGAL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
_NONCHARACTER = re.compile(rb"\xef\xbf[\xbe\xbf]")  # U+FFFE, U+FFFF
_JSON_ROW = re.compile(
    rb',?\{(?:[^",\]]++|"(?:[^"\\]++|\\.)*+"|,(?="))*+(?=,\{|\])', re.S
)  # outside strings, only a row is followed by ",{" and only the last one by "]"
_CSV_ROW = re.compile(rb'(?:[^"\r]++|"(?:[^"]++|"")*+"|\r(?!\n))*+\r\n')

Ends = Callable[[bytearray, int, int], tuple[int, int]]


def _marker_ends(marker: bytes) -> Ends:
    """Rows that end in ``marker``, which Oxigraph's escaping keeps out of values."""

    def ends(buffer: bytearray, start: int, stop: int) -> tuple[int, int]:
        count = buffer.count(marker, start, stop)
        return count, buffer.rfind(marker, start, stop) + len(marker) if count else start

    return ends


def _pattern_ends(
    row: re.Pattern[bytes], buffer: bytearray, start: int, stop: int
) -> tuple[int, int]:
    """Rows read one by one, each a match of ``row`` where the last one ended."""
    count, end = 0, start
    while (found := row.match(buffer, end, stop + _SLACK)) and found.end() <= stop:
        count, end = count + 1, found.end()
    return count, end


_line_ends = _marker_ends(b"\n")
_crlf_ends = _marker_ends(b"\r\n")


def _csv_ends(buffer: bytearray, start: int, stop: int) -> tuple[int, int]:
    """A line break in a value is inside quotes; without quotes, every one ends a row."""
    if buffer.find(b'"', start, stop) < 0:
        return _crlf_ends(buffer, start, stop)
    return _pattern_ends(_CSV_ROW, buffer, start, stop)


def _json_ends(buffer: bytearray, start: int, stop: int) -> tuple[int, int]:
    """Rows end before ',{"' and a name: no string holds a raw quote, and one that closes a
    string is followed by "," or "}", not a name. An empty row "{}" has no such sign, so
    where "{}" is written, rows are read one by one."""
    if buffer.find(b"{}", start, stop + _SLACK) >= 0:
        return _pattern_ends(_JSON_ROW, buffer, start, stop)
    last = min(stop, len(buffer) - 4) + 3  # a row's end p needs its next name, at p + 3
    count = buffer.count(b',{"', start + 1, last)
    count -= buffer.count(b',{",', start + 1, last + 1) + buffer.count(b',{"}', start + 1, last + 1)
    end = buffer.rfind(b',{"', start + 1, last)
    while end >= 0 and buffer[end + 3] in b",}":
        end = buffer.rfind(b',{"', start + 1, end + 2)
    return count, end if count else start


def _nth_end(ends: Ends, buffer: bytearray, start: int, stop: int, n: int) -> int:
    """Where the ``n``th row from ``start`` ends: the least ``stop`` that holds ``n`` rows."""
    low, high = start, stop
    while low < high:
        middle = (low + high) // 2
        if ends(buffer, start, middle)[0] >= n:
            high = middle
        else:
            low = middle + 1
    return low


@dataclass(frozen=True, kw_only=True)
class _Layout:
    """Rows as Oxigraph writes a format: after ``head_end``, rows that ``ends`` finds, then
    ``tail`` (JSON's last row ends there) — so a document can be closed after any row."""

    format: QueryResultsFormat
    head_end: bytes
    ends: Ends
    tail: bytes = b""
    xml: bool = False


_LAYOUTS = {
    "application/sparql-results+json": _Layout(
        format=QueryResultsFormat.JSON, head_end=b'"bindings":[', ends=_json_ends, tail=b"]}}"
    ),
    "application/sparql-results+xml": _Layout(  # "<" in text is always "&lt;"
        format=QueryResultsFormat.XML,
        head_end=b"<results>",
        ends=_marker_ends(b"</result>"),
        tail=b"</results></sparql>",
        xml=True,
    ),
    "text/csv": _Layout(format=QueryResultsFormat.CSV, head_end=b"\r\n", ends=_csv_ends),
    "text/tab-separated-values": _Layout(  # line breaks in values are written \n and \r
        format=QueryResultsFormat.TSV, head_end=b"\n", ends=_line_ends
    ),
}
RESULT_FORMATS = {media: layout.format for media, layout in _LAYOUTS.items()}


def _xml_safe(data: bytes) -> bytes:
    """``data`` with what XML 1.0 forbids as U+FFFD; looked for first, as it is rare."""
    if len(data.translate(None, _CONTROL)) == len(data) and not _NONCHARACTER.search(data):
        return data
    return _XML_ILLEGAL.sub("\ufffd".encode(), data)


class _Full(Exception):
    """Raised through the serializer to stop it: the answer holds all it may."""


class _Capped:
    """A binary file for ``QuerySolutions.serialize`` that keeps what fits in the caps.

    Rows are counted every ``_SCAN_EVERY`` bytes, and while one row is larger, each time what
    was written since it began doubles, so a huge row is not scanned over and over.
    """

    def __init__(self, layout: _Layout, limit: int, max_bytes: int) -> None:
        self.layout, self.limit, self.max_bytes = layout, limit, max_bytes
        self.buffer = bytearray()
        self.held = b""  # XML: the first bytes of a character the last write cut in two
        self.cap = sys.maxsize  # the head is kept whole, whatever its size
        self.end = -1  # where the last row counted ends; -1 until the head is whole
        self.rows = 0
        self.next_scan = 0
        self.full = False

    def write(self, chunk: bytes) -> int:
        """Keep what fits; raise ``_Full`` past a cap, then ignore what comes (Oxigraph's
        buffer writes once more as the error drops it)."""
        if self.full:
            return len(chunk)
        room = self.cap + _SLACK - len(self.buffer)
        self.buffer += self._clean(memoryview(chunk)[:room])[:room]
        if self.end < 0:
            self._find_head()
        if len(self.buffer) > self.cap or (len(self.buffer) >= self.next_scan and self._scan()):
            self.full = True
            raise _Full
        return len(chunk)

    def flush(self) -> None:
        """Nothing to flush: the answer is sent whole once written."""

    def _clean(self, data: memoryview) -> bytes | memoryview:
        """XML: ``data`` made safe, less a character cut in two (kept for the next write)."""
        if not self.layout.xml:
            return data
        data = self.held + data
        cut = len(data) - (2 if data.endswith(b"\xef\xbf") else int(data.endswith(b"\xef")))
        self.held = data[cut:]
        return _xml_safe(data[:cut])

    def _find_head(self) -> None:
        at = self.buffer.find(self.layout.head_end)
        if at >= 0:
            self.end = at + len(self.layout.head_end)
            self.cap = max(self.max_bytes, self.end + len(self.layout.tail))

    def _scan(self) -> bool:
        """Count the rows written whole since the last scan that end within the byte cap;
        True if there are more than ``limit``."""
        if self.end < 0:
            return False
        ends, stop = self.layout.ends, min(len(self.buffer), self.cap - len(self.layout.tail))
        count, end = ends(self.buffer, self.end, stop)
        over = self.rows + count > self.limit
        if over:
            count = self.limit - self.rows
            end = _nth_end(ends, self.buffer, self.end, end, count) if count else self.end
        self.rows, self.end = self.rows + count, end
        self.next_scan = len(self.buffer) + max(_SCAN_EVERY, len(self.buffer) - self.end)
        return over

    def document(self) -> tuple[bytes, bool]:
        """``(document, cut)``: all that was written, or what ends with the last row kept."""
        over = self._scan() or self.full
        last = len(self.buffer) - len(self.layout.tail) > self.end  # JSON: a row not counted
        if not over and not (last and self.rows == self.limit):
            self.buffer += self.held
            return bytes(self.buffer), False
        del self.buffer[self.end :]
        self.buffer += self.layout.tail
        return bytes(self.buffer), True


def write_rows(
    media: str, solutions: QuerySolutions, *, limit: int, max_bytes: int
) -> tuple[bytes, bool]:
    """``(document, cut)``: the first rows that fit in ``limit`` rows and ``max_bytes``."""
    out = _Capped(_LAYOUTS[media], limit, max_bytes)
    with suppress(_Full):
        solutions.serialize(out, format=out.layout.format)
    return out.document()


def write_boolean(media: str, result: QueryBoolean) -> bytes:
    """An ``ASK`` answer, as pyoxigraph writes it (no cap needed)."""
    return result.serialize(format=RESULT_FORMATS[media])


def _least_bytes(terms: Iterable[NamedNode | BlankNode | Literal | Triple | None]) -> int:
    """Fewer bytes than any format writes for ``terms`` (a value's characters), found without
    copying the term into a document, so a term far over the cap is refused cheaply."""
    total = 0
    for term in terms:
        if isinstance(term, Triple):
            total += _least_bytes(term)
        elif term is not None:
            total += len(term.value)
    return total


def write_triples(
    triples: Iterable[Triple],
    rdf_format: RdfFormat,
    prefixes: dict[str, str],
    *,
    limit: int,
    max_bytes: int,
) -> tuple[bytes, bool]:
    """``(document, cut)``: the first triples whose document fits in ``limit`` and ``max_bytes``.

    pyoxigraph writes as it reads, through an 8 KB buffer: triples stop coming once what is
    written reaches the cap, and if the buffer hid the last few, fewer are written again.
    """
    out = io.BytesIO()
    kept: list[Triple] = []
    cut = False

    def within() -> Iterator[Triple]:
        nonlocal cut
        for triple in triples:
            if len(kept) == limit or out.tell() + _least_bytes(triple) > max_bytes:
                cut = True
                return
            kept.append(triple)
            yield triple

    serialize(within(), out, format=rdf_format, prefixes=prefixes)
    body = out.getvalue()
    while len(body) > max_bytes and kept:
        kept = kept[: len(kept) * max_bytes // len(body)]
        body = serialize(kept, format=rdf_format, prefixes=prefixes)
        cut = True
    return body, cut
