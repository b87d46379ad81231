"""Rule ``area-in-full``: an area the body names short is named as the title writes it in full.

An area's 三公 note or a news item on it states the area's whole total by the area's own name
(2019年度,天山区本级一般公共预算财政拨款三公经费支出合计585.53万元: ``threepublic.areatotal``)
while its headline writes the area under its city: "乌鲁木齐市天山区2019年度“三公”经费公开说明"
(trial 60's 1160), "烏魯木齊市天山區(qū)公布2013年“三公”決算" (1163). The headline's name is the
unit, as written (a mirror's readings kept, as ``issuer`` keeps them).

Read only where the body's name is an area alone (a name ending on 区, 县, 市 or 旗, no
organisation after it), and a line of the opening opens on a place (a city, a prefecture, a
province) right before that same area, then the year (2019年度…) or a publishing verb and the
year (公布2013年…): a headline. An organisation after the area (…天山区财政局2019年…) is no
area's headline, and a line naming another area or the area alone (渝中区2017年…, the corpus's
1070) changes nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified

__all__ = ["area_in_full"]

OPENING = 800  # characters in which the headline is looked for
_AREA = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:区|县|市|旗)")
_READING = rf"(?:{PINYIN.pattern})?"
_PLACE = r"[\u4e00-\u9fff]{2,8}?(?:自治区|自治州|省|市|州|盟|地区)"
_AFTER = r"[ \t\u3000]*(?:(?:公\s*布|公\s*开|晒\s*出?|发\s*布)[ \t\u3000]*)?20\d\d\s*年"


def area_in_full(text: str, area: str) -> tuple[str, tuple[int, int]] | None:
    """The area ``area`` (simplified) as a headline in the opening of ``text`` writes it
    under its place (see above), with its span in ``text``; None where none does."""
    area = re.sub(r"\s+", "", area)
    if not _AREA.fullmatch(area):
        return None
    written = _READING.join(map(re.escape, area))
    headline = re.compile(
        rf"^[ \t\u3000]*(?P<unit>{_PLACE}{_READING}{written}){_READING}(?={_AFTER})", re.M
    )
    found = headline.search(simplified(text[:OPENING]))
    if found is None:
        return None
    start, end = found.span("unit")
    return text[start:end], (start, end)
