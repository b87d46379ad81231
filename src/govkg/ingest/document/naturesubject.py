"""The unit a duties section's first sentence says what it is: its own subject (trial 58's
1110 and 1117).

A budget or accounts note may open its duties section on what the unit is, not on what it
does: "1、本单位职责:临汾市第五小学是临汾市教育局的一所直属学校,单位性质属于全额事业单位"
(1110, a school's 决算 whose title ends on 小学决算, no title of the family), "1、职能职责 /
主要负责:岳阳市云溪区疾病预防控制中心是由政府举办实施区级疾病预防控制…的纯公益性全额拨款事业
单位" (1117, a budget note with no title). The section speaks of the unit itself, so the
placed organisation its first sentence opens on, said in the same sentence to be (是/系) a
事业单位, 行政机关, 行政单位, 机构 or 学校, is the reporting unit. Read only right under a
duties heading (its 。 or ：, a 主要负责: label its only gap); a name met later in the
section (the superior: 临汾市教育局的…) is not taken, nor an unplaced one (学校是…单位), nor
a sentence saying no such kind (X是全区疾病预防控制的技术指导中心: what it does).
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, first_placed

__all__ = ["nature_subject"]

_NATURE = re.compile(
    r"(?:职能职责|部门职责|单位职责|主要职责|主要职能|职责职能)[ \t\u3000]*[。.：:]?[ \t\u3000]*\n?"
    r"[ \t\u3000]*(?:主要负责[ \t\u3000]*[：:])?[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*(?:是|系)[^。\n；;]{{0,80}}?"
    r"(?:事业单位|行政机关|行政单位|机构|学校)(?=[ \t\u3000]*[。，,；;\n])"
)


def nature_subject(head: str) -> Stated | None:
    """The placed unit a duties heading's first sentence says is a 事业单位, 机关 or school
    (see above); None where the section opens on no such name."""
    return first_placed(_NATURE, head)
