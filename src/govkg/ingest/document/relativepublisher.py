"""Rule ``relative-publisher``: a publisher named relative to its place, written in full in
the text, is named in full.

A county's page gives its publisher as its readers say it, "来源:县委宣传部", while the
report's own title writes it placed: "永…县委宣传部2018年度…绩效自评报告". The publisher's
name starts with its level (县, 市, 区, 州, 省) and the text has a line (its title) that
opens on a place of two to four characters followed by exactly that name: the placed name,
as written, is the unit. Two different places before it: neither is taken; a name not at a
line's start (与县委宣传部…) is no title and is not read.

A one-paragraph page has no title line: its sentence names the unit placed as its subject,
right after a clause's mark ("来源:市文化和广电旅游体育局" and "一是2020年,东阳市文化和广电
旅游体育局及其下属各单位…开展", the twenty-eighth trial's 354). There the place is of two or
three characters opening the clause (联合样例市… opens on a verb, 与样例市… on a link word:
neither is a place, ``_NOT_A_PLACE``). A page's field is such a clause too where a table's
bar stands after its mark ("名称: | 样例市某局2031年度…报告", the forty-seventh trial's 727).

A body's sentence may name the unit relative too (自治区体育局是…直属机构), its title placed
(西藏自治区体育局机关2023年度 / 部门决算, the twenty-eighth trial's 357): the placed name at a
line's start is the unit (``report``), as for a publisher; 自治区 is a level like 省.

The names are matched in simplified characters (a mirror prints 縣委宣傳部; ``simplified``
keeps offsets) and the placed name is given as the text writes it.
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["placed_publisher"]

_LEVEL = re.compile(r"^(?:[县市区州省]|自治区)")
_NOT_A_PLACE = re.compile(
    r"[的和与及在为由向对是了将从经]|关于|根据|按照|联合|会同|组织|协调|配合"
    r"|承担|负责|挂靠|指导|协助|服务|落实|完成|做好|开展|推进|支持|领导"
)
"""A link word or a verb opening the clause (承担市委某某领导小组日常工作: what the office
does for the body, thirty-second trial's 400), not a place."""


def placed_publisher(text: str, publisher: str) -> tuple[str, tuple[int, int]] | None:
    """The name ``publisher`` (relative: 县委宣传部) written placed at a line's start in
    ``text``, with its span; None where none is, or two different ones are."""
    publisher = simplified(publisher)
    if not _LEVEL.match(publisher) or len(publisher) < 4:
        return None
    pattern = re.compile(
        rf"^[ \t\u3000]*(?P<unit>(?P<place>[\u4e00-\u9fff]{{2,4}}){re.escape(publisher)})", re.M
    )
    found = {}
    in_clause = re.compile(
        rf"(?<=[，,。；;：:])[ \t\u3000]*(?:\|[ \t\u3000]*)?"
        rf"(?P<unit>(?P<place>[\u4e00-\u9fff]{{2,3}}){re.escape(publisher)})"
    )
    plain = simplified(text[:3000])
    for match in [*pattern.finditer(plain), *in_clause.finditer(plain)]:
        if not _NOT_A_PLACE.search(match["place"]):
            found.setdefault(match["unit"], match.span("unit"))
    if len(found) != 1:
        return None
    start, end = next(iter(found.values()))
    return text[start:end], (start, end)
