"""A page's byline under its title, the publisher's name then the time it published, with no
label before the name: the page's publisher.

A provincial department's site may print, under the title of the report it published, its own
name and the time (trial 55's 981: 2022年度湖南省安全生产预防及应急专项资金绩效自评报告 /
湖南省应急管理厅 时间:2023-06-28 09:06, its 发布机构 field left empty, the body speaking as
我厅; unnamed before). Such a line is the page's publisher field without its label (来源:X
时间:…, ``publisher``), and read as one, with its checks (a school's voice, a department's,
a portal's office) in ``issuerchain``.

Only a line in the page's head that is a name ending on an organisation's word, a blank,
then 时间 / 发布时间 / 日期 / 发布日期 and a date: a portal's line (沅陵县人民政府门户网站
www… 发布时间:…), a labelled field (来源:…), a sentence, a name with no date after it read
nothing here."""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["byline_publisher"]

_ORG = r"(?:局|委员会|委|办公室|中心|院|所|站|队|厅|部|政府|法院|检察院|馆|联合会)"
_BYLINE = re.compile(
    r"^[ \t\u3000]*(?P<unit>[\u4e00-\u9fff（）()]{3,40}?" + _ORG + r")[ \t\u3000]+"
    r"(?:发布)?(?:时间|日期)[ \t\u3000]*[：:][ \t\u3000]*20\d\d\s*[-年/.]",
    re.M,
)
HEAD = 400  # characters of the page's head in which the byline is looked for


def byline_publisher(text: str) -> tuple[str, str, tuple[int, int]] | None:
    """(the name as simplified, as written, its span) of the byline under a page's title (see
    above), as ``issuerchain`` takes a publisher field; None where there is none."""
    found = _BYLINE.search(simplified(text[:HEAD]))
    if found is None:
        return None
    start, end = found.span("unit")
    return found["unit"], text[start:end], (start, end)
