"""The 费用 or 经费 that ends an item's name is no word of spending (sixteenth trial).

A 三公 note lists the parts of a total under 其中: "公务用车购置及运行维护费11167万元(其中,
公务用车购置费255万元,…,其他交通费用2846万元)". Each part has its total's kind (a budget
here); but 其他交通费用 ends on 费用, which the nearest money word reads as spending, and
the last part alone was read as spent while its siblings (…购置费, …维护费) were budgeted.
费用 / 经费 closing the words right before the amount name what the item is (交通费用, 人员
经费), as 费 does, not what was done with it. For a part listed under 其中 those words are
left out before its own words are asked for a kind (and so is a part
before it stated as none: 其中:购置经费无,运行维护费130万元, thirty-ninth trial): any other
kind word (支出, 使用, 决算, 减少…) still names its kind; and an amount listed under no 其中
is not touched.

So with 为 / 是 between the name and the figure (trial 57's 1055, a project's 概算: 项目概算总投资为
269,847,166.9元,其中:工程费为…元,工程建设其他费用为34,695,937.72元,预备费用为12,656,365元): the
parts of an estimate, OTHER as their total is, not spent by the 费用 of their names.

补助资金 closing a part's words is the name of the fund the part is (nineteenth trial:
中央、省级财政计划投入资金1476万元,(其中中央补助资金982万元、省级补助资金494万元),实际到账
1444万元): the parts are of the planned total, not money received (the text says only 1444
arrived), so 补助 there is left out too, and the part has its total's kind.
"""

from __future__ import annotations

import re

__all__ = ["without_item_fee"]

_ITEM_FEE = re.compile(r"(?:经费|费用|补助资金)\s*(?:为|是)?(?:超过|约|近|逾)?[\s：:]*$")
"""The fee ending a part's words, its figure said as a bound or about (其中公务用车费用超过13亿元:
trial 64's 1320, a part of a budget total)."""
_JOINED_FEES = re.compile(
    r"(?:经费|费用)\s*(?:与|和|及|、)\s*(?P<next>[^，,。；;：:、\d]{1,24}?(?:经费|费用|费))"
    r"\s*(?:分别|各)(?:为|是)?[\s：:]*$"
)
_NIL_ITEM = re.compile(r"[^，,、；;：:]{0,20}?(?:经费|费用|费)\s*(?:为)?\s*(?:无|零)\s*[，,、；;]")
"""A part stated as none before the amount's own (其中:购置经费无,运行维护费130万元: thirty-
ninth trial): its 经费 names that nil item, not the next part."""


_ACT_WORD = re.compile(
    r"支出|预算|决算|执行|使用|支付|拨付|拨款|收入|结转|结余|安排|下达|节约|增加|减少"
)


def without_item_fee(words: str) -> str:
    """``words`` (a part's own words, up to its amount) without the 费用 / 经费 / 补助资金
    ending them."""
    words = _NIL_ITEM.sub("", words)
    joined = _JOINED_FEES.search(words)
    if joined and not _ACT_WORD.search(joined["next"]):
        return words[: joined.start()]  # 甲经费与乙费分别为: two names, no act on money
    return _ITEM_FEE.sub("", words)
