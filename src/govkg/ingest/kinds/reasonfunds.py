"""A fund named as the reason for a change of revenue is revenue (trial 54).

A 决算 note explains a change of its revenue, or of revenue and spending together, by the funds
that came in or stopped coming (trial 54's Chongqing notes):

    收支较上年决算数增加1,718.67万元、增长34%,主要原因是2020年增加了数字景区建设项目以及园区
    运动场改造专项资金1161.4万元,绿化管护费316万元,彰化园专项资金结转301万元,… (940)
    收入合计408.85万元,较上年决算数增加86.50万元,增长26.8%,主要原因是新增农业生产发展资金-
    品牌培育项目46.5万元,农业资源与生态保护资金增加109.81万元 (946)
    收支较上年决算数减少87.76万元、下降16.7%,主要原因是上年下达2019年创业担保贷款贴息工作
    奖励资金149万元 (948)

The fund added (增加了 / 新增) or handed down (下达, 下拨, 拨付, 拨入) is money the unit received,
not the change (增加's word) nor a budget (下达's): REVENUE, as the corpus reads the same
reasons (327: 主要原因是本年度增加非财政性资金拆迁补偿款158.96万元; 93, 900, 45). Read so only
where the reason (主要原因是 / 为 / 系, 原因是) explains a change whose subject is 收入 or 收支
(the last of 收入, 收支, 支出 in its sentence before the reason; for a sentence opening on the
reason, 。主要原因是…, in the line before it: 940's 2.收入情况), and the amount's own words
end on the act and the fund's name (…资金, …经费, …款, …项目, …补助), naming no other kind
(结转: 彰化园专项资金结转301万元 stays carried over); the next item of the reason's list,
a name alone right after such a fund (,绿化管护费316万元), is read as it. A fund's own change
(农业资源与生态保护资金增加109.81万元), a change of spending (支出增加…主要原因是增加了专项项目
支出: the corpus's 802) and a reason naming an act of spending keep their readings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.lastmatch import last

__all__ = ["reason_fund_kind"]

_REASON = re.compile(r"原因(?:主要)?(?:是|为|系|在于)[：:]?")
_OPENING = re.compile(r"[\s\u3000]*(?:其)?(?:主要)?")
"""Words a sentence opening on its reason has before 原因: 主要原因是…, 其原因是…."""
_SIDE = re.compile(r"收\s*支|收\s*入|支\s*出")
_FUND = re.compile(
    r"(?:增加了?|新增了?|(?<![未已])(?:下达|下拨|拨付|拨入)了?)"
    r"(?P<name>[^，,。；;：:、\d]{0,8}?(?:20\d\d\s*年度?)?[^，,。；;：:、\d]{1,40}?"
    r"(?:资金|经费|款|项目|补助))\s*$"
)
_NEXT = re.compile(r"^\s*[，,、]\s*(?P<name>[^，,。；;：:、\d]{2,20}?(?:费|资金|经费|款|补助))\s*$")
"""The next item of the reason's list, a fund's or a fee's name alone (,绿化管护费)."""
_NAME_WORDS = {"SPENDING", "REVENUE", None}
"""Kinds a fund's name may hold by its own words (…经费, …补助): none of an act."""
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
REACH = 300  # characters before the amount in which its sentence is read


def reason_fund_kind(
    text: str,
    start: int,
    own: str,
    kind: str | None,
    kinds: list[tuple[int, str | None]],
    kind_of: Callable[[str], str | None],
) -> str | None:
    """REVENUE for a fund named as the reason for a change of revenue (see above); else
    ``kind``. ``own``: the amount's own words; ``kinds``: (end, kind) of those before it."""
    if kind in ("REVENUE", "CARRY_OVER", "PRICE_OR_RATE"):
        return kind
    window = PINYIN.sub("", text[max(0, start - REACH) : start])
    ends = list(_SENTENCE_END.finditer(window))
    sentence = window[ends[-1].end() :] if ends else window
    reason = last(_REASON, sentence, 0, len(sentence))
    if reason is None:
        return kind
    head = sentence[: reason.start()]
    if _OPENING.fullmatch(head):  # 。主要原因是…: the change of the sentence before, in its line
        lines = window[: len(window) - len(sentence)].rsplit("\n", 1)
        head = lines[-1]
    sides = _SIDE.findall(head)
    if not sides or re.sub(r"\s", "", sides[-1]) not in ("收支", "收入"):
        return kind
    why = sentence[reason.end() :]
    found = _FUND.search(why)
    if found and kind_of(found["name"]) in _NAME_WORDS and _own_list_item(why, found):
        return "REVENUE"
    after = _NEXT.match(own)
    if after and kinds and kinds[-1][1] == "REVENUE" and kind_of(after["name"]) in _NAME_WORDS:
        before = why[: len(why) - len(after.group())]
        if _FUND.search(re.sub(r"\s*[\d.,]+\s*[万亿]?元\s*$", "", before)):
            return "REVENUE"  # 增加了…专项资金1161.4万元,绿化管护费316万元: the list's next
    return kind


def _own_list_item(why: str, found: re.Match) -> bool:
    """Whether the act and the fund are the amount's own, no figure between them and it."""
    return not re.search(r"\d\s*[万亿]?元", why[found.start() :])
