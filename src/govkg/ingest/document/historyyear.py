"""A paragraph that tells the unit's history: none of its years is the year reported on.

A project report may open on the unit's past before the project: "我校2002年通过教育部本科教学
工作水平合格评估,2007年获得…优秀等级,2014年作为…试点评估高校之一…。2021年获批硕士学位授予
单位…" (trial 46's 692, a 2022 bond project's self-evaluation). The paragraph's subject is the
unit itself (我校, 本院, 我单位…), its first year followed at once by a milestone (通过, 获得,
荣获, 获批, 被评为, 入选, 作为…): years of the unit's history, every one in that paragraph, not
the fiscal year. A year whose clause states money (2022年获批专项债券资金9000万元) is a funding
year, not a milestone; a paragraph whose subject is a project or no unit is not read so."""

from __future__ import annotations

import re

__all__ = ["in_history_paragraph"]

_OPENING = re.compile(
    r"(?:^|[。；;\n])[ \t\u3000]*(?:[(（]?[一二三四五六七八九十\d]+[)）、.．][ \t\u3000]*)?"
    r"(?:我校|本校|该校|学校|我院|本院|我局|本局|我单位|本单位|我中心|本中心|我站|我馆)"
    r"[,，]?[ \t\u3000]*(?:于|在)?[ \t\u3000]*20\d\d\s*年[ \t\u3000]*"
    r"(?:通过|获得|荣获|获批|被评为|被授予|被认定为|被确定为|被列为|入选|作为|成为)"
    r"(?P<clause>[^，,。；;\n]*)"
)
"""The unit as subject, then a year and a milestone, opening a sentence."""
_MONEY = re.compile(r"\d\s*(?:万|亿)?元|资金|经费")


def in_history_paragraph(head: str, at: int) -> bool:
    """Whether the year written at ``head[at:]`` stands in a paragraph that opens, or has a
    sentence that opens, on the unit's milestone (我校2002年通过…), before ``at``."""
    start = head.rfind("\n", 0, at) + 1
    end = head.find("\n", at)
    end = end if end >= 0 else len(head)
    for found in _OPENING.finditer(head, max(0, start - 1), end):
        if found.start() <= at and not _MONEY.search(found["clause"]):
            return True
    return False
