"""The text of a published report (.txt, .docx, .pdf or .html), exactly as govkg will cite it.

The format is judged by content first (magic bytes), by the file name second, so a mis-named
file is read for what it is. Characters are kept as written -- full-width digits and
punctuation, PDF lines broken mid-sentence -- because the extractor cites spans verbatim;
only newlines become '\\n'. What cannot be read honestly raises IngestError naming the file
and why, never a library's traceback.

charset-normalizer guesses the encoding of a text that is not UTF-8; of the hand-written
sniffing before it, strict UTF-8 first and the GB18030 plausibility check (as the fallback
when charset-normalizer guesses an encoding govkg does not read) are kept because they win:
333/333 whole report texts and 348/350 first lines alone read right against 331/333 and
326/350 for charset-normalizer alone (benchmarks/encodings.py).
"""

from __future__ import annotations

import codecs
import contextlib
import io
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from govkg.core.errors import IngestError
from govkg.ingest.text.reading_docx import read_docx
from govkg.ingest.text.reading_html import html_text
from govkg.ingest.text.reading_pdf import PAGE_BREAK, read_pdf

__all__ = ["MAX_BYTES", "PAGE_BREAK", "ReportText", "read_report", "read_report_bytes"]

MAX_BYTES = 50 * 2**20  # a report is a few MB at most; a hostile file must not eat memory
SUPPORTED = "govkg ingest reads .txt (UTF-8 or GB18030), .docx, .pdf with a text layer and .html"
SAVE_AS = "open it in Word or WPS and save it as .docx or .pdf"
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
BOMS = {codecs.BOM_UTF8: "utf-8", **dict.fromkeys(UTF16_BOMS, "utf-16")}
REFUSED = {  # magic bytes of formats people save reports in that we do not read
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old binary Office file (.doc, .wps or .xls, or a "
    f"password-protected .docx); {SAVE_AS}",
    b"{\\rtf": f"an RTF document; {SAVE_AS}",
    b"\x89PNG": "a PNG image (scanned?); OCR it first",
    b"\xff\xd8\xff": "a JPEG image (scanned?); OCR it first",
}
CODECS = {  # charset-normalizer's name -> the codec govkg decodes with, and its label for it
    "utf_16": ("utf-16", "utf-16"),  # guessed only with a BOM
    **dict.fromkeys(("gb18030", "gbk", "gb2312"), ("gb18030", "gb18030")),  # GB18030: superset
}
NOT_TEXT = "not UTF-8 or GB18030 text (Latin-1? UTF-16 without a BOM?); save it as UTF-8"
HTML_MARKS = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|p|div)(?=[\s>/])")
"""A page's own tags, each a whole tag name: a text that opens on stray inline tags a
mirror left (<dfn …>, <var>, <pre …>: thirty-seventh trial's 516) is text, not a page whose
lines the HTML reading would fold into one; <pre is no <p."""
META_CHARSET = re.compile(rb"<meta[^>]*charset\s*=\s*[\"']?\s*([a-z0-9_.:-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class ReportText:
    """A report's text and how it was read."""

    text: str  # the text govkg stores as the cited source (UTF-8 when written), '\n' newlines
    source_format: str  # 'text' | 'docx' | 'pdf' | 'html'
    encoding: str | None = None  # text: 'utf-8', 'gb18030' or 'utf-16' (BOM); else None
    pages: int | None = None  # pdf: the page count; pages are joined by PAGE_BREAK
    notes: tuple[str, ...] = ()  # honest remarks, e.g. "page 3 without a text layer"


def read_report(path: Path) -> ReportText:
    """Read the report at ``path``; IngestError if it cannot be read as a report."""
    name = str(path)
    try:
        with Path(path).open("rb") as file:
            data = file.read(MAX_BYTES + 1)  # bounded even for a device or a growing file
    except FileNotFoundError as err:
        raise IngestError(name, "no such file") from err
    except IsADirectoryError as err:
        raise IngestError(name, "a directory, not a report file") from err
    except OSError as err:
        raise IngestError(name, f"cannot read it: {err.strerror or err}") from err
    return read_report_bytes(data, name)


def read_report_bytes(data: bytes, name: str) -> ReportText:
    """Read a report given as bytes; ``name`` is for messages and, second to content, format."""
    if not data:
        raise IngestError(name, "empty file (0 bytes)")
    if len(data) > MAX_BYTES:
        raise IngestError(name, f"larger than {MAX_BYTES:,} bytes; not read")
    kind = _sniff(data, name)
    if kind == "pdf":
        text, pages, notes = read_pdf(data, name)
        report = ReportText(text, "pdf", pages=pages, notes=notes)
    elif kind == "docx":
        text, notes = read_docx(data, name)
        report = ReportText(text, "docx", notes=notes)
    elif kind == "html":
        markup, notes = _decode_html(data, name)
        report = ReportText(html_text(markup, name), "html", notes=notes)
    else:
        text, encoding = _decode(data, name)
        report = ReportText(_newlines(text), "text", encoding=encoding)
    if not report.text.strip():
        raise IngestError(name, "no text in it (only whitespace)")
    return report


def _sniff(data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_kind(data, name)
    for magic, what in REFUSED.items():
        if data.startswith(magic):
            raise IngestError(name, f"{what}. {SUPPORTED}")
    head = data[:1024].removeprefix(codecs.BOM_UTF8).lstrip().lower()
    html = head.startswith(b"<") and HTML_MARKS.search(head) is not None
    if suffix in (".pdf", ".docx"):
        looks = "an HTML page (a download error page?)" if html else "something else"
        raise IngestError(name, f"named {suffix} but holds {looks}: corrupt or mis-named")
    return "html" if html or suffix in (".html", ".htm", ".xhtml") else "text"


def _zip_kind(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError) as err:
        raise IngestError(name, f"a broken ZIP archive (corrupt .docx?): {err}") from err
    if "word/document.xml" in names:
        return "docx"
    what = "a ZIP archive, not a Word .docx (no word/document.xml)"
    if "OFD.xml" in names:
        what = "an OFD document (China's e-document format); export it as PDF"
    elif "xl/workbook.xml" in names:
        what = "an Excel workbook; put the report in Word and save it as .docx"
    raise IngestError(name, f"{what}. {SUPPORTED}")


def _decode(data: bytes, name: str) -> tuple[str, str]:
    """UTF-8 (a BOM dropped) if the bytes are; else what charset-normalizer guesses, if govkg
    reads it (UTF-16 with a BOM, GB18030 or its subsets); else GB18030 if plausible."""
    if b"\x00" in data and not data.startswith(UTF16_BOMS):
        raise IngestError(name, f"binary data (NUL bytes), not text. {SUPPORTED}")
    with contextlib.suppress(UnicodeDecodeError):
        return data.decode("utf-8-sig"), "utf-8"
    codec, label = _guess(data)
    _check_bom(data, label, name)
    if codec:
        with contextlib.suppress(UnicodeDecodeError):  # a GBK guess GB18030 does not decode
            return _no_nul(data.decode(codec), name), label
    text = _gb18030(data)
    if text is None:
        raise IngestError(name, NOT_TEXT)
    return text, "gb18030"


def _check_bom(data: bytes, label: str | None, name: str) -> None:
    """IngestError if the bytes start with a BOM of an encoding they are not in."""
    bom = next((named for mark, named in BOMS.items() if data.startswith(mark)), None)
    if bom and bom != label:
        raise IngestError(name, f"starts with a {bom} BOM but is not {bom}")


def _guess(data: bytes) -> tuple[str | None, str | None]:
    """The codec and label for charset-normalizer's best guess; (None, None) if govkg does not
    read what it guesses (Big5, Latin-1, UTF-16 without a BOM ...) or it guesses nothing."""
    best = charset_normalizer.from_bytes(data).best()
    return CODECS.get(best.encoding, (None, None)) if best else (None, None)


def _gb18030(data: bytes) -> str | None:
    """The bytes as GB18030 if they read as Chinese prose: charset-normalizer takes short
    GB18030 texts for Korean, Big5 or UTF-16 (benchmarks/encodings.py)."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return text if _plausible(text) else None


def _plausible(text: str) -> bool:
    """GB18030 decodes almost any bytes; Chinese prose is nearly all characters of GB2312
    (common hanzi and punctuation), mis-decoded Latin-1 or Big5 is mostly rare hanzi."""
    counts = Counter(ch for ch in text if ord(ch) > 0x7F or (ch < " " and ch not in "\t\n\r\f"))
    odd = sum(n for ch, n in counts.items() if ch < " " or not _in_gb2312(ch))
    return odd <= 0.1 * sum(counts.values())


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _decode_html(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """The page decoded by its BOM or declared charset, else as text is (UTF-8, GB18030);
    a note says which when it is not UTF-8."""
    match = META_CHARSET.search(data[:8192])
    declared = _codec(match.group(1).decode("ascii")) if match else None
    text, encoding = None, declared
    if declared and not data.startswith((codecs.BOM_UTF8, *UTF16_BOMS)):
        with contextlib.suppress(UnicodeDecodeError):
            text = _no_nul(data.decode(declared), name)
    if text is None:
        text, encoding = _decode(data, name)
    notes = [f"read as {encoding}"] if encoding != "utf-8" else []
    if declared and declared != encoding:
        notes.append(f"the declared charset {declared} does not fit the bytes")
    return text, tuple(notes)


def _codec(label: str) -> str | None:
    """Python's codec for a charset label; GB2312 and GBK pages are read as GB18030, their
    superset, because pages labelled GB2312 often use GBK characters."""
    if label.lower().replace("-", "").replace("_", "") in ("gb2312", "gbk", "xgbk", "cp936"):
        return "gb18030"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _no_nul(text: str, name: str) -> str:
    if "\x00" in text:
        raise IngestError(name, f"binary data (NUL characters), not text. {SUPPORTED}")
    return text


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
