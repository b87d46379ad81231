"""The kind an amount no word names takes from where it stands: a part listed under a total
(其中, 分别是 / 分别为) has its total's kind (``totalparts`` finds the total), a share of a total
of spending or revenue is of that kind (``shareof``); a part of a fund's composition whose
only money word is the 经费 of an item's name is left unread (``fund_part``). ``money`` asks
them where an amount's own words name no kind."""

from __future__ import annotations

import bisect
import re

from govkg.ingest.kinds.kindwords import KIND as _KIND
from govkg.ingest.kinds.kindwords import kind_of as _kind
from govkg.ingest.kinds.shareof import SHARE_OF as _SHARE_OF
from govkg.ingest.kinds.totalparts import total_kind
from govkg.ingest.text.amounts import PINYIN as _PINYIN
from govkg.ingest.text.lastmatch import last as _last

__all__ = ["FUND_PART_REASON", "fund_part", "kind_of_total", "share_of"]

_AMONG = re.compile(r"其中|分别(?:是|为)")
"""What opens the parts of a total: 其中, or 分别是 / 分别为 listing its items."""
_AMONG_PARTS = re.compile(r"其中")
_RESPECTIVE = re.compile(
    r"[，,；;：:、]\s*[^，,。；;：:、\d]{1,30}?(?:经费|费用|费)\s*(?:与|和|及|、)\s*"
    r"[^，,。；;：:、\d]{1,30}?(?:经费|费用|费)\s*(?=分别(?:是|为)\s*$)"
)
"""Two items named and joined before 分别为, each an item's fee (因公出国(境)经费与公务用车购置及
运行维护费分别为0.34亿元和4.23亿元: trial 55's 998): 分别为 says each name's figure in turn,
it opens no list after a total; the parts are the 其中's before them in the sentence."""


def kind_of_total(text: str, at: int, kinds: list[tuple[int, str | None]]) -> str | None:
    """An amount no word names, listed under 其中 after a total (项目支出2604.1万元，其中：
    案件审判414.35万元；“两庭”建设411.27万元): a part has the kind of its total. So has an
    item of the list 分别是 / 分别为 opens right after a total (部门预算项目支出87.5万元,分别是
    科技活动交流经费5万元,…评审及系统维护费18万元: nineteenth trial; ``totalparts`` shows the
    total is theirs, and an item whose words name a kind is read by them)."""
    sentence = _last(_SENTENCE_END, text, max(0, at - 200), at)
    start = sentence.end() if sentence else max(0, at - 200)
    opened = _last(_AMONG, text, start, at)
    if (
        opened is not None
        and opened.group() != "其中"
        and _RESPECTIVE.search(text, start, opened.end())
    ):
        opened = _last(_AMONG_PARTS, text, start, opened.start())  # 甲与乙分别为: names, no list
    if opened is None:
        return None
    among = opened.start()
    at_total = bisect.bisect_right(kinds, among, key=lambda k: k[0])  # those before 其中
    return total_kind(text, kinds[:at_total], among)  # past its change and why (totalparts)


_COMPOSED = re.compile(r"资金(?:主要)?(?:包括|包含|由)")
FUND_PART_REASON = (
    "a part of a fund's composition (…资金包括…) that says neither budget nor spending: "
    "the 经费 in an item's name is no money word"
)


def fund_part(text: str, at: int) -> bool:
    """An amount listed in a fund's composition whose sentence states no kind ("xx年優撫資金
    包括義務兵優待金33.118萬元,…優撫慰問工作經費1.5萬元,…共計:39.118萬元"): the 经费 of an
    item's name (慰問工作經費) names what the money is for, not that it was spent."""
    sentence = _last(_SENTENCE_END, text, max(0, at - 200), at)
    before = _PINYIN.sub("", text[sentence.end() if sentence else max(0, at - 200) : at])
    composed = _last(_COMPOSED, before, 0, len(before))
    if composed is None or _kind(before[: composed.start()]):
        return False
    words = [m.group() for m in _KIND.finditer(before, composed.end())]
    return all(word in ("经费", "费用") for word in words)


def share_of(text: str, end: int) -> str | None:
    """An amount no word names, stated as a share of a total of spending or revenue
    (涉及资金593,697.88万元，占专项资金支出总额的100%): a part of spending is spending."""
    found = _SHARE_OF.match(text, end)
    if found is None:
        return None
    return "REVENUE" if found["of"] == "收入" else "SPENDING"


_SENTENCE_END = re.compile(r"[！？!?\n]|。(?!其中)")
"""Where a sentence ends; 。其中… continues the sentence before it (its parts)."""
