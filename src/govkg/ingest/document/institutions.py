"""Rule ``own-institutions``: the unit a 部门决算's 机构设置 describes as itself (twenty-fifth
trial).

Beijing's 部门决算 template opens its 部门基本情况 on the unit's own institutions, and a text
whose title lost the unit's name (a mirror keeps only 第一部分 2019年度部门决算报表…) states it
there, in one of two ways:

- the count of its institutions: "北京市某某区人民检察院机构个数1个。无下级单位。";
- the act that set it up, with its inner sections: "根据…编办【2014】3号设立北京市某某区人民
  法院,内设13个部门。"

- (thirty-second round: pages whose title is gone) the sections it has or lacks, or the
  bodies it is made of: "某某区妇女联合会无内设机构。", "某某区总工会本级内设3个职能科室",
  "某某办公室设5个内设机构", "某某县文化馆有1个独立编制机构", "某某县总工会有1个决算单位".

The unit counted or set up with its own sections is the reporter. Read only where the name is
placed (``issuer.placed``) and the sentence is the unit's own: 全区机构个数 (an area), 本单位,
or a body set up without 内设 (设立某某中心,为本局下属事业单位: a subordinate) read nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["own_institutions"]

_NOT_SELF = re.compile(r"^(?:本|我|该|其|各|下属|所属|直属|其中|主管|上级)")

_COUNTED = re.compile(
    rf"(?:^|[。；;\n]|\d+\s*[.．、])[ \t\u3000]*(?P<unit>{NAME})[ \t\u3000]*机构个数"
    r"[ \t\u3000]*\d+[ \t\u3000]*个",
    re.M,
)
"""X机构个数N个: a sentence opening on the unit, then its count of institutions."""
_SET_UP = re.compile(
    rf"设立[ \t\u3000]*(?P<unit>{NAME})[ \t\u3000]*[，,][ \t\u3000]*内设[ \t\u3000]*"
    r"(?:\d+|[一二三四五六七八九十]+)[ \t\u3000]*个"
)
"""设立X,内设N个(部门): the unit the act set up, with its inner sections."""

_SECTIONED = re.compile(
    rf"(?:^|[。；;\n]|\d+\s*[.．、]|[（(][一二三四五六七八九十\d]+[）)])[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*(?:本级)?[ \t\u3000]*"
    r"(?:无(?:内设|下设)机构|设有?[ \t\u3000]*(?:\d+|[一二三四五六七八九十]+)[ \t\u3000]*个内设机构"
    r"|内设[ \t\u3000]*(?:\d+|[一二三四五六七八九十]+)[ \t\u3000]*个"
    r"|有[ \t\u3000]*(?:\d+|[一二三四五六七八九十]+)[ \t\u3000]*个"
    r"(?:独立编制机构|独立核算单位|决算单位|预算单位))",
    re.M,
)
"""X无内设机构 / X本级内设N个 / X设N个内设机构 / X有N个独立编制机构: a sentence opening on
the unit, then its own sections or the bodies it is made of."""


def own_institutions(head: str) -> Stated | None:
    """The unit whose own institutions ``head`` (simplified) counts or sets up, with its span."""
    for pattern in (_COUNTED, _SET_UP, _SECTIONED):
        for found in pattern.finditer(head):
            if placed(found["unit"]) and not _NOT_SELF.match(found["unit"]):
                return found["unit"], found.span("unit")
    return None
