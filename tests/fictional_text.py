"""What the held-out rule tests share: money figures and the document read from a fictional
text, as ``govkg ingest`` reads them."""

from __future__ import annotations

from decimal import Decimal

from govkg.ingest.document.report import read_document
from govkg.ingest.extract import extract
from govkg.ingest.text.textview import clean_view


def found(text: str) -> list[tuple[str, str | None, Decimal, str | None]]:
    """(as written, kind, yuan, reason) of each money figure, in text order."""
    return [(m.as_written, m.kind, m.amount, m.reason) for m in extract(text, "f.txt").money]


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(w, k) for w, k, _, _ in found(text)]


def document(text: str):
    return read_document(clean_view(text), "fictional.txt")
