"""The items of an allocation list are a budget handed down (twenty-first trial).

A unit that passes a transfer on reports how it shared the funds out (分配) among the places
and bodies below it, item after item, under 绩效目标分解下达情况:

    1.分配无为市应急广播体系建设300万元补贴。
    2.…,给予无为市中央广播节目无线覆盖(模拟)运行维护费34.7万元,湾沚区16.2万元,繁昌区16.2万元。
    3.…,分配至无为市93万元,南陵县52万元,…,共计237万元。
    6.分配农村电影放映和农家书屋运行维护经费84.069万元,其中弋江区3.52万元,三山经开区16.192万元…

What is allocated is what each recipient may spend: a budget handed down, as 下达 is
(``allocated``). The nearest money word read the items as revenue (补助, 补贴) or spending
(经费), or nothing at all (湾沚区16.2万元): those nouns name what the money is for, not
whether it came in or went out. An amount is an item of such a list where:

- its sentence (up to 。；！？ or a line's end) holds a verb of allocation at the start of a
  segment (after the sentence's start, its item number or a comma): 分配 / 分配至 / 分配给,
  or 给予 / 安排 naming a place (给予无为市…: a county, a district) — not 安排 of a fund
  account (安排预算稳定调节基金: a transfer into a reserve, no allocation), not 安排使用 /
  安排支出, not a noun (资金分配方案, 因素分配法 inside a segment, 分配原则);
- from that verb to the amount every segment (cut by ，、) is one item: its words and one
  amount, with at most a fund noun after it (300万元补贴); a segment without an amount, or
  with more words after its amount (分配A县50万元已到位, …,用于B), ends the list, and the
  amount itself is followed by no more than a fund noun before its segment ends;
- no item's words name a kind once the fund nouns are left out (补助, 补贴, 经费, 费用):
  an item that says 支出, 到位, 增加, 采购… is read by its own words, and so is the list.

A clause saying the funds were shared out to those who carry the work, ending on a colon
(项目资金已经分配下达到项目建设单位:A项目资金140万元、B项目资金160万元, forty-first trial),
opens such a list too, its items after the colon; not one sharing them to the unit itself
(分配下达到我局:). So does 分配如下: (…资金于12月9日分配如下:甲镇8万、乙镇6万…: forty-eighth
trial), wherever it stands in its sentence.

A list whose sentence ends, after its last item, on the payment done (…,丙镇10万,并完成支付。
forty-eighth trial) is of money paid out to the recipients: its items are spent. Only a
segment after the list that is the payment alone (并完成支付, 已全部拨付, 均已支付到位).

其中 and 共计 / 合计 items are of the list too: the allocation's parts and its total. An
amount allocated that the words after it state as a rate (4400元/村) stays a rate.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import MONEY, PINYIN

__all__ = ["allocation_list_kind"]

_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
_VERB = re.compile(
    r"(?:^|(?<=[，,：:]))\s*(?:[（(]?[\d一二三四五六七八九十]+[.、．)）]\s*)?"
    r"(?:分配(?:至|给|到)?"
    r"|(?:给予|安排(?:至|给|到)?)(?=[\u4e00-\u9fff]{0,8}?(?:省|市|县|区|州|盟|旗|镇|乡)))"
    r"(?!方案|办法|原则|结果|情况|因素|比例|机制|标准|依据|方式|工作|法|使用|支出|支付|\s*[，,、])"
)
"""A verb of allocation opening a segment: 1.分配…, ,分配至…, ,给予无为市…"""
_LEAD = re.compile(
    r"(?:^|(?<=[，,]))[^，,：:。；;]{0,12}?(?:已经?|已全部|全部)?\s*分配(?:下达)?(?:至|给|到)"
    r"(?![我本])[^，,：:。；;]{0,20}[：:]"
    r"|分配(?:下达)?(?:情况)?如下\s*[：:]"
)
"""A clause saying the funds were shared out to those who carry the work, a colon ending it
(项目资金已经分配下达到项目建设单位:): the list after the colon is what each was given."""
_SEPARATOR = re.compile(r"[，,、]")
_FUND_NOUN = r"(?:专项)?(?:补贴|补助|奖补|资金|经费)"
_ITEM_END = re.compile(rf"\s*{_FUND_NOUN}?\s*$")
"""After an item's amount, up to its segment's end: at most a fund noun (300万元补贴)."""
_OWN_END = re.compile(rf"\s*{_FUND_NOUN}?\s*(?:[，,、。；;！？!?\n]|$)")
"""After the amount itself: at most a fund noun, then its segment's end."""
_NOT_A_KIND = re.compile(r"补助|补贴|经费|费用")
"""The nouns of what the money is for: no word of its coming in or going out."""
REACH = 300  # characters before the amount in which its sentence and verb are looked for


def allocation_list_kind(
    text: str, start: int, kind: str | None, kind_of: Callable[[str], str | None]
) -> str | None:
    """BUDGET for the amount at ``start`` where it is an item of an allocation list (see
    above); else ``kind``. ``kind_of``: the kind of the money word nearest the end of words."""
    if kind == "PRICE_OR_RATE":
        return kind  # 4400元/村: a rate, said after it
    low = max(0, start - REACH)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    sentence_start = ends[-1].end() if ends else low
    sentence = text[sentence_start:start]
    verbs = list(_VERB.finditer(sentence))
    leads = list(_LEAD.finditer(sentence))
    if leads and (not verbs or leads[-1].start() >= verbs[-1].start()):
        listed = sentence[leads[-1].end() :]  # …分配下达到项目建设单位:A项目资金140万元、…
    elif verbs:
        listed = sentence[verbs[-1].start() :]
    else:
        return kind
    segments = _SEPARATOR.split(listed)
    for segment in segments[:-1]:
        if not _an_item(segment, kind_of, with_amount=True):
            return kind
    if not _an_item(segments[-1], kind_of, with_amount=False):
        return kind
    figure = MONEY.match(text, start)
    if figure is None or not _OWN_END.match(text, figure.end()):
        return kind  # 分配至A县68万元已全部到位: its own words after it say more
    return "SPENDING" if _paid_at_the_end(text, figure.end()) else "BUDGET"


_PAID_END = re.compile(
    rf"\s*{_FUND_NOUN}?\s*[，,]\s*(?:并|且)?\s*(?:已经?|均已)?\s*(?:全部|全额|足额)?\s*(?:完成|及时)?"
    r"(?:支付|拨付|发放)(?:完毕|到位)?\s*(?:[。；;！!\n]|$)"
)
"""The payment done, all a segment after an allocation list says: ,并完成支付。"""
_LIST_REST = re.compile(
    rf"(?:\s*{_FUND_NOUN}?\s*[、，,]\s*[^，,、。；;：:\d]{{1,12}}?{MONEY.pattern})*"
)
"""The items after an amount of the list, each its recipient and its figure."""


def _paid_at_the_end(text: str, end: int) -> bool:
    """Whether the items after the amount ending at ``end`` run to a segment that says the
    payment was done (…、丙镇10万,并完成支付。)."""
    rest = _LIST_REST.match(text, end)
    return bool(_PAID_END.match(text, rest.end() if rest else end))


def _an_item(segment: str, kind_of: Callable[[str], str | None], with_amount: bool) -> bool:
    """Whether ``segment`` is an item of the list: its words naming no kind (fund nouns
    aside) and, before the amount's own segment, one amount ending it (a fund noun aside)."""
    figures = list(MONEY.finditer(segment))
    if with_amount:
        if len(figures) != 1 or not _ITEM_END.match(segment, figures[0].end()):
            return False
        words = segment[: figures[0].start()]
    else:
        if figures:
            return False
        words = segment
    words = _NOT_A_KIND.sub("", PINYIN.sub("", words))
    return kind_of(words) in (None, "BUDGET")
