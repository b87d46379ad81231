"""A unit the body names without its place, signed at the end with its place before the name.

A district's office may open its budget note on its name as its own readers say it,
"人大常委会办公室属一级行政预算单位" (no place: the page is the district's), and sign the note at
its end with the same name placed, "盘龙区人大常委会办公室" over the date (trial 65's 1362, read
人大常委会办公室 before). Both name one unit; the signature is the name in full, so it is read.

Only where the body's name opens on no place or level (人大常委会办公室, not 市人大常委会办公室:
a name relative to its level is ``relativepublisher``'s) and the signature line is one or more
places (…省, …市, …区, …县, …州, …旗, 自治…) followed by exactly that name, nothing after it.
A signature naming another body (…区财政局 under 人大常委会办公室) is not this: the body's
name stands.
"""

from __future__ import annotations

import re

from govkg.ingest.document.signedinfull import signature_line
from govkg.ingest.text.simplified import simplified

__all__ = ["signed_placed"]

_PLACES = r"(?:[\u4e00-\u9fff]{1,6}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗))+"
_LEVEL = re.compile(r"^(?:中共|中国)?[\u4e00-\u9fff]{0,6}?(?:省|市|县|区|州|盟|旗)")


def signed_placed(text: str, name: str) -> tuple[str, tuple[int, int]] | None:
    """The signature's placed name and span where it is ``name`` with its place before it
    (see above); None where ``name`` has a place of its own or no such signature is."""
    name = simplified(re.sub(r"\s+", "", name))
    if len(name) < 4 or _LEVEL.match(name):
        return None
    return signature_line(text, f"{_PLACES}{re.escape(name)}")
