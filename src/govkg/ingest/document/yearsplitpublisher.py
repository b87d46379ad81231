"""Rule ``year-split-publisher``: a publisher named short by its level word, its place and
its name written apart by the year in the title (forty-first trial's 604).

A county's table may be titled with the year between the county and its bureau,
"样例县2031年度某某局“三公”经费决算情况表", while the site's 来源 field says the bureau as the
county's own people do, "来源:县某某局". Neither writes the whole name; together they do: the
title's place (样例县) ends on the publisher's level word (县), and the title's words after its
year are exactly the rest of the publisher's name (某某局). The unit is the place and that
rest, as the title writes them, the title's words from the place to the name cited.

Read only on a line that opens on the place (one to three place names) followed at once by a
year and then the name: another bureau after the year, a place of another level (样例市…县某局
is not 县某局's county), a publisher with no level word first (某某局), or a sentence's words
before the place (根据样例县…) is not this. Matched in simplified characters, given as written.
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["year_split_publisher"]

_LEVEL = "省市县区州旗"
_PLACE = r"[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|旗)"
_NOT_A_PLACE = re.compile(r"^(?:现|就|关于|根据|按照|对|将|经|从|向|由|在|为|与|及)|的")
OPENING = 400  # characters of the page in which the title is looked for


def year_split_publisher(text: str, publisher: str) -> tuple[str, tuple[int, int]] | None:
    """The unit the title's place and the words after its year make, where they are the
    short ``publisher``'s level word and rest (see above), with the span cited; else None."""
    short = simplified(publisher)
    if len(short) < 3 or short[0] not in _LEVEL:
        return None
    pattern = re.compile(
        rf"^[ \t\u3000|｜]*(?P<place>(?:{_PLACE}){{1,3}})[ \t\u3000]*"
        rf"20\d\d[ \t\u3000]*年度?[ \t\u3000]*(?P<rest>{re.escape(short[1:])})",
        re.M,
    )
    plain = simplified(text[:OPENING])
    for found in pattern.finditer(plain):
        place = found["place"]
        if place.endswith(short[0]) and not _NOT_A_PLACE.search(place):
            name = text[found.start("place") : found.end("place")]
            name += text[found.start("rest") : found.end("rest")]
            return name, (found.start("place"), found.end("rest"))
    return None
