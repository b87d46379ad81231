"""The unit an overview section's first sentence opens on, with the units under it.

A 决算 note may open its 部门概况 on what the unit is made of: "二、部门概况 / 区政务服务中心
下属事业单位1个(区政务大厅服务中心)。" (trial 53's 906, whose title the page lost and whose
duties open on 政务服务中心负责…, a bare name). The overview speaks of the reporting unit, so
the name its first sentence opens on, followed by what it has under it (下属, 下设, 内设), is
the unit: as the text writes it, placed (样例县某某中心下设…) or written relative to its level
as its own site writes it (区政务服务中心, 县政协: the corpus keeps such names as written,
902's 市科技馆). A relative name is read only where the body writes it again (2017年区政务服务
中心本年收入合计…): a name met once may be anyone's. Read only right under the heading
(部门概况, 单位概况, 基本情况, 机构设置); a subordinate named later (区政务大厅服务中心) is not
taken, nor a name after 本/我/该/各/下属, nor a bare one (政务服务中心: no level, no place).
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import ORG, Stated, placed

__all__ = ["overview_subject"]

_OVERVIEW = re.compile(
    r"^[ \t\u3000]*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[ \t\u3000]*[、.．]"
    r"|[（(][一二三四五六七八九十]+[）)])?[ \t\u3000]*(?:部门|单位)?(?:基本)?"
    r"(?:概况|基本情况|机构设置(?:情况)?)[ \t\u3000]*\n[ \t\u3000]*"
    rf"(?P<unit>(?!本|我|该|其|各|下属|所属)[\u4e00-\u9fff]{{2,40}}?{ORG})"
    r"(?![员公会室合])[ \t\u3000]*(?:下属|下设|内设)",
    re.M,
)
_RELATIVE = re.compile(rf"^[省市县区乡镇][\u4e00-\u9fff]{{2,30}}{ORG}$")
"""A name written relative to its level: 区政务服务中心, 县政协, 市科技馆."""


def overview_subject(head: str) -> Stated | None:
    """The unit an overview's first sentence opens on with what it has under it (see
    above), with its span; None where the overview opens on no such name."""
    for found in _OVERVIEW.finditer(head):
        name = found["unit"]
        if placed(name):
            return name, found.span("unit")
        if _RELATIVE.match(name) and name in head[found.end() :]:
            return name, found.span("unit")
    return None
