"""The bonds issued for a project, its figure right after 发行, are money the project received.

A project's report on its special bonds (专项债) states what was planned and what was issued:
债券规模:本项目拟申请债券资金总额37000万元,…,期限10年,2022年度发行9000万元 (trial 49's
760). The 9000万元 issued that year is the bond money the project got, REVENUE, as the
corpus's bond reports read their 发行金额 and 已发债券规模 columns (654, 655, 650). Only where
the amount's own words end on the verb 发行 (2022年度发行, 已发行, 发行了, 发行金额) and its
sentence has named the bond before it (债券, 专项债, 一般债). A bond named after the verb
(当年发行专项债券2000万元) is a source of funds as a budget lists it under 其中 (the corpus's
691 reads it as the budget's part), left to the rules of parts, unless the project is the
subject that issued it (该项目共发行债券…); a fee or a stock's issue
(发行费用, 彩票发行, 非公开发行股票) is no bond issued; an amount another word names keeps it.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.lastmatch import last

__all__ = ["bond_issued_kind"]

_ISSUED_END = re.compile(
    r"(?<!彩票)(?<!公开)发行(?:了)?(?:资金|金额|规模)?"
    r"(?:共计?|合计)?\s*[为是：:]?\s*$"
    r"|(?:该|本)项目(?:共|累计|已)*发行(?:了)?(?:地方政府)?(?:专项|一般)?债券?(?:资金)?"
    r"(?:共计?|合计)?\s*[为是：:]?\s*$"
)
"""The verb 发行 the amount's own words end on (2022年度发行, 已发行, 发行金额为); or the project
itself said to have issued its bond, the bond named after the verb (该项目共发行债券2000万元: trial
57's 1057, a special bond's use disclosure, listed unread before), which is no budget's part."""
_BOND = re.compile(r"债券|专项债|一般债|地方债")
_SENTENCE_END = re.compile(r"[。！!？?\n]")
REACH = 200  # characters looked back for the sentence that names the bond


def bond_issued_kind(text: str, start: int, own: str, kind: str | None) -> str | None:
    """REVENUE for a bond's amount issued (see above); else ``kind``."""
    if kind is not None or not _ISSUED_END.search(own):
        return kind
    low = max(0, start - REACH)
    end = last(_SENTENCE_END, text, low, start)
    sentence = PINYIN.sub("", text[end.end() if end else low : start])
    return "REVENUE" if _BOND.search(sentence) else kind
