"""Rule ``city-publisher``: a publisher named by its district, the text heading a line with
the district's city before it, is named with its city (thirty-fifth trial's 472).

A district's site gives its bureaus as its readers say them, "来源:样例区民政局", while the
report's own heading writes the name under its city: "青岚市样例区民政局关于2031年度某某资金
管理使用情况". The publisher's name opens on a district's or a county's place (…区, …县) and a
line of the text opens on a city (…市, …州, …盟) followed by exactly that name: that line's
name, as written, is the unit. Two different cities before it, a name inside a sentence, or a
publisher named relative (区民政局: ``relativepublisher``) or by its city already is not this.
Matched in simplified characters, given as the text writes it.
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["city_placed_publisher"]

_DISTRICT = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:区|县|旗)(?=[\u4e00-\u9fff]{2})")
"""A district's, county's or banner's name opening the publisher's (样例区民政局)."""
_CITY_ENDED = re.compile(r"[市州盟](?=[\u4e00-\u9fff]{2,}$)")
"""A city heading the district's name (样例市样例区): a 市, 州 or 盟 with a district's name
after it; the 州 of a district's own name (宣州区, 通州区: forty-seventh trial) heads none."""
_NOT_A_CITY = re.compile(r"根据|按照|依据|关于|经|由|对|向|在|为|将|从|现|本|我|该|项目|[的和与及]")
"""A link word, a verb or a pronoun before the city (根据青岚市样例区…, 本项目由青岚市样例区…): a
sentence's words, no city heading its line."""


def city_placed_publisher(text: str, publisher: str) -> tuple[str, tuple[int, int]] | None:
    """The name ``publisher`` (opening on its district) written under its city at a line's
    start in ``text``, with its span; None where none is, or two different ones are."""
    publisher = simplified(publisher)
    if not _DISTRICT.match(publisher) or _CITY_ENDED.search(_DISTRICT.match(publisher).group()):
        return None
    pattern = re.compile(
        rf"^[ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{{1,6}}?[市州盟]{re.escape(publisher)})", re.M
    )
    plain = simplified(text[:3000])
    found = {
        m["unit"]: m.span("unit")
        for m in pattern.finditer(plain)
        if not _NOT_A_CITY.search(m["unit"][: -len(publisher)])
    }
    if len(found) != 1:
        return None
    start, end = next(iter(found.values()))
    return text[start:end], (start, end)
