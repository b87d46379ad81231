"""A bond disclosure titled by its unit, then its years, then the disclosure: the unit is read.

A unit using a government bond's money titles its yearly disclosure "舞鋼市教育體育局2021-2022
債券存續期公開" (trial 65's 1346, read unnamed: the title is of no genre the title rules know, so
its words were never read for a unit; ``bonddisclosure`` reads the text as a project report).
The words before the years are whose disclosure it is, as in a budget note's title opening on
its unit, so the name is read as written.

Asked only where no stronger rule named a unit, and only for a line among the first lines of the
text that is the title alone: a name ending on an organisation word (…局, …中心, …公司 not
included), a year or a span of years, then the bond (债券, 专项债券, 政府债券…) and its disclosure
(存续期公开, 信息公开, 使用情况公开 / 说明 / 报告); a mirror's readings, blanked, may stand
between its characters (存續(xù)期). A line opening on 关于 or a year (关于2020-2021年政府债券资金
使用情况的说明: the unit cut off), a sentence, and a level (市级…) read nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME
from govkg.ingest.text.namewords import NOT_A_NAME_START
from govkg.ingest.text.simplified import simplified

__all__ = ["bond_title_unit"]

_S = r"[ \t\u3000]*"
_YEARS = rf"20\d\d{_S}(?:年度?)?(?:{_S}[-—–至~]{_S}20\d\d{_S}(?:年度?)?)?"
_DISCLOSED = "|".join(
    _S.join(word) for word in ("存续期公开", "存续期信息公开", "信息公开", "使用情况")
)
_TITLE = re.compile(
    rf"^{_S}(?P<unit>{NAME}){_S}{_YEARS}[\u4e00-\u9fff \t\u3000]{{0,16}}?债{_S}券"
    rf"[\u4e00-\u9fff \t\u3000]{{0,12}}?(?:{_DISCLOSED})"
    rf"(?:{_S}的?{_S}(?:公{_S}开|说{_S}明|报{_S}告))?{_S}$",
    re.M,
)
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|关于|市级|县级|区级|省级|部门|单位)")
LINES = 8  # the first lines of the text, where its title stands (a page's fields under it)


def bond_title_unit(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a bond disclosure's title opens on (see above), with its span in ``head``;
    None where no such title is among the first lines."""
    opening = "\n".join(head.split("\n")[:LINES])
    for found in _TITLE.finditer(simplified(opening)):
        if _NOT_A_NAME.match(found["unit"]):
            continue
        return opening[found.start("unit") : found.end("unit")], found.span("unit")
    return None
