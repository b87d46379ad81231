"""Rule ``cover-above``: a cover's unit on the text's first line, above its year's budget line.

A budget (or accounts) book may open on its cover: the unit's name alone on the first line, then
the year and the book's name alone on the next, then its contents (trial 64's 1311)::

    天津现代职业技术学院
    2025年部门预算
    目 录
    第一部分 概 况

The only title of the genre is then the contents' 第二部分 2025年部门预算情况说明, naming no unit,
and the body names the unit unplaced (天津现代职业技术学院内设33个职能部室: 天津 with no 市), so
no sentence's rule reads it. The cover's first line is the unit: a name alone ending on an
organisation's word, right above a line that is the year and 部门预算 / 部门决算 / 单位预算 alone
(公开, 情况说明 after it too). A banner (欢迎访问…网站), a heading (目 录, 第一部分), a sentence
(any mark) or a line above anything else is no cover; read only where nothing else names the unit.
"""

from __future__ import annotations

import re

from govkg.ingest.document.titleunit import UNIT_END

__all__ = ["cover_above"]

_COVER = re.compile(
    rf"[ \t\u3000\n]*(?P<unit>[\u4e00-\u9fff（）()]{{4,40}}?(?:{UNIT_END}|馆|校|园|学会|协会|工会))"
    r"[ \t\u3000]*\n[ \t\u3000\n]*20\d\d[ \t\u3000]*年度?[ \t\u3000]*(?:部门|单位)[ \t\u3000]*"
    r"(?:预[ \t\u3000]*算|决[ \t\u3000]*算)[ \t\u3000]*(?:公开)?[ \t\u3000]*(?:情况说明)?"
    r"[ \t\u3000]*(?:\n|$)"
)
_NOT_A_NAME = re.compile(r"^(?:欢迎|您|当前|第[一二三四五六七八九十]+部分|目\s*录)|网站|网$")


def cover_above(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit on the first line of ``head`` (simplified, furniture blanked) where the next
    line is the year's budget or accounts alone (see above), with its span; else None."""
    found = _COVER.match(head)
    if found is None or _NOT_A_NAME.search(found["unit"]):
        return None
    return found["unit"], found.span("unit")
