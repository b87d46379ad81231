"""A people's body introducing itself by its bare name (trial 62's 1255).

A county's 科协 writes its budget note as 一、科协主要职能 … 二、人员情况 / 科协是事业正科级单位。…
三、2018年科协预算收支情况表, naming no county anywhere (its address alone does). The sentence
introducing the body (X是/为…单位, 机关, 团体, 组织) is the opening's introduction that ``issuer``
reads of any name, but its name is the organisation word alone (科协, a 科学技术协会's usual
name), which ``issuer.NAME`` never takes (a name has words before its organisation word). The
unit is read as the text writes it, its place never added, as the corpus keeps 区政协 (797) and
政务中心 (1092).

Only the people's bodies a county or city has one of, by their usual names (科协, 政协, 文联,
侨联, 妇联, 残联, 工商联, 社科联, 总工会, 红十字会): a bare 中心, 医院, 办公室 or 学校 could be
any, and names none. Only at a sentence's start, then 是/为 and what it is; 人民政协是… (the
body in general, the corpus's 796) is no bare name at a sentence's start, and a relation
(…是本会主管单位) names another.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import Stated

__all__ = ["bare_body"]

_BODY = r"(?:科协|政协|文联|侨联|妇联|残联|工商联|社科联|总工会|红十字会)"
_INTRODUCED = re.compile(
    rf"(?:^|[。；;！!\n]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|"
    rf"人员情况|基本情况|概况)[ \t\u3000]*(?P<unit>{_BODY})[ \t\u3000]*(?:是|为|系|属于?)"
    r"(?P<what>[^，,。；;\n]{0,30}?(?:单位|机关|团体|组织))(?=[，,。；;\n]|$)",
    re.M,
)
_OTHER = re.compile(r"主管|上级|归口|我|本")


def bare_body(head: str) -> Stated | None:
    """The people's body a sentence introduces by its bare name (see above), with its span
    in ``head`` (simplified); None where none does."""
    for found in _INTRODUCED.finditer(head):
        if not _OTHER.search(found["what"]):
            return found["unit"], found.span("unit")
    return None
