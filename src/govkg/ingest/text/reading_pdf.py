"""The text layer of a PDF, page by page, through PDFium (pypdfium2); no OCR.

PDFium, not pypdf or pdfminer.six: on a Chinese PDF printed by Chromium with Noto CJK fonts
(tests/fixtures/formats/report.pdf) the font's ToUnicode map names Kangxi-radical code points,
and pypdf and pdfminer.six hand those on ("⽀出" for "支出", "部⻔" for "部门"), which would
make every rule looking for 支出 miss. PDFium gives the characters as printed, is about ten
times faster, and opens PDFs that only restrict printing or copying (an owner password).
"""

from __future__ import annotations

import re
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from govkg.core.errors import IngestError

__all__ = ["PAGE_BREAK", "read_pdf"]

PAGE_BREAK = "\f\n"
_LOCK = threading.Lock()  # PDFium is not thread-safe; one document at a time
_RADICALS = re.compile("[\u2e80-\u2fdf]")  # CJK Radicals Supplement and Kangxi Radicals


def read_pdf(data: bytes, name: str) -> tuple[str, int, tuple[str, ...]]:
    """The pages' text joined by PAGE_BREAK (page n is ``text.split(PAGE_BREAK)[n - 1]``),
    the page count and notes. Line breaks stay where the text layer has them."""
    with _LOCK:
        try:
            pages, restricted = _pages(data)
        except pdfium.PdfiumError as err:
            if getattr(err, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
                raise IngestError(
                    name, "the PDF is encrypted with a password; save an unprotected copy"
                ) from err
            raise IngestError(name, f"not a readable PDF (corrupt or truncated?): {err}") from err
        except Exception as err:  # a library at its edge: report it, never a traceback
            raise IngestError(name, f"not a readable PDF: {type(err).__name__}: {err}") from err
    texts = [_tidy(page) for page in pages]
    empty = [str(n) for n, text in enumerate(texts, start=1) if not text.strip()]
    if len(empty) == len(texts):
        raise IngestError(name, "the PDF has no text layer (scanned?); OCR it first")
    notes = []
    if empty:
        notes.append(
            f"page{'s' if len(empty) > 1 else ''} {', '.join(empty)} "
            "without a text layer (scanned?): not read"
        )
    if restricted:
        notes.append("the PDF is encrypted without a user password (usage restrictions only)")
    text = PAGE_BREAK.join(texts) + "\n"
    if radicals := len(_RADICALS.findall(text)):
        notes.append(
            f"{radicals} CJK radical characters (U+2E80-U+2FDF) in the text layer: "
            "a font may map ideographs to radicals; compare with the printed page"
        )
    return text, len(texts), tuple(notes)


def _pages(data: bytes) -> tuple[list[str], bool]:
    pdf = pdfium.PdfDocument(data)
    try:
        restricted = pdfium_c.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1
        texts = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    texts.append(textpage.get_text_bounded())
                finally:
                    textpage.close()
            finally:
                page.close()
        return texts, restricted
    finally:
        pdf.close()


def _tidy(page: str) -> str:
    """'\\n' newlines, no trailing spaces; lines broken mid-sentence stay broken."""
    lines = page.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip(" \t") for line in lines).strip("\n")
