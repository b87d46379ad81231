"""The text of a Word .docx body: paragraphs and tables in document order, one line each.

A table row is one line with its cells joined by '\\t'; a merged cell is one cell, not
repeated. Text inside content controls, hyperlinks and tracked insertions counts (what Word
shows once changes are accepted); headers, footers, footnotes and text boxes are not read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

import docx
from docx.oxml.ns import qn

from govkg.core.errors import IngestError

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["read_docx"]

UNZIPPED_CAP = 200 * 2**20  # a .docx inflating past this is a zip bomb, not a report
P, TBL, TR, TC, R = (qn(f"w:{tag}") for tag in ("p", "tbl", "tr", "tc", "r"))
CONTAINERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")}
NOT_SHOWN = {qn("w:del"), qn("w:moveFrom")}  # tracked deletions and moved-away text


def read_docx(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """The body text ('\\n' between lines, blank paragraphs dropped) and notes."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
        if unzipped > UNZIPPED_CAP:
            raise IngestError(name, f"the .docx unpacks to {unzipped // 2**20} MB: refused")
        body = docx.Document(io.BytesIO(data)).element.body
        lines = [line for line in _lines(body) if line.strip()]
    except IngestError:
        raise
    except Exception as err:  # python-docx, lxml and zipfile each raise their own kinds
        raise IngestError(name, f"not a readable .docx (corrupt?): {err}") from err
    notes = []
    if body.xpath("boolean(.//w:txbxContent)"):
        notes.append("the document has text boxes; their text is not read")
    return "\n".join(lines) + "\n", tuple(notes)


def _lines(parent: _Element) -> Iterator[str]:
    for child in parent.iterchildren():
        if child.tag == P:
            yield _paragraph(child)
        elif child.tag == TBL:
            for row in child.iterchildren(TR):
                yield "\t".join(_cell(cell) for cell in row.iterchildren(TC))
        elif child.tag in CONTAINERS:
            yield from _lines(child)


def _paragraph(p: _Element) -> str:
    """The runs of this paragraph (not of text boxes anchored in it), as python-docx reads a
    run: '\\t' for a tab, '\\n' for a line break."""
    return "".join(
        run.text
        for run in p.iter(R)
        if next(run.iterancestors(P)) is p and run.getparent().tag not in NOT_SHOWN
    )


def _cell(tc: _Element) -> str:
    """A cell on one line: its paragraphs (and any nested table) joined by a space, so two
    numbers in one cell never run together."""
    text = " ".join(line for line in _lines(tc) if line.strip())
    return text.replace("\t", " ").replace("\n", " ")
