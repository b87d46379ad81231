"""Rule ``own-institutions``: the unit a 部门决算's 机构设置 describes as itself (twenty-fifth
trial).

Beijing's 部门决算 template opens its 部门基本情况 on the unit's own institutions, and a text
whose title lost the unit's name (a mirror keeps only 第一部分 2019年度部门决算报表…) states it
there, in one of two ways:

- the count of its institutions: "北京市某某区人民检察院机构个数1个。无下级单位。";
- the act that set it up, with its inner sections: "根据…编办【2014】3号设立北京市某某区人民
  法院,内设13个部门。"

The unit counted or set up with its own sections is the reporter. Read only where the name is
placed (``issuer.placed``) and the sentence is the unit's own: 全区机构个数 (an area), 本单位,
or a body set up without 内设 (设立某某中心,为本局下属事业单位: a subordinate) read nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["own_institutions"]

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


def own_institutions(head: str) -> Stated | None:
    """The unit whose own institutions ``head`` (simplified) counts or sets up, with its span."""
    for pattern in (_COUNTED, _SET_UP):
        for found in pattern.finditer(head):
            if placed(found["unit"]):
                return found["unit"], found.span("unit")
    return None
