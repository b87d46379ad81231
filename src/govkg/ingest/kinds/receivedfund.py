"""Money the writer says it received (收到) is revenue, whatever the fund it received is called.

收到 is the writer's verb: 收到 + the fund's name + the figure is money that came in. The fund's
name may hold words that name a kind of their own, a 补助 (…省补助资金) or a class of spending
(…保障支出: the name of the provincial fund), and an execution pair after it (已支出…,资金支付率)
may make its figure the base: none of them wins over the verb that governs the noun phrase
(trial 50's 790: **市收到普通公路水路建设省补助资金合计7505萬元,已支出2171.13萬元,资金支付率28.93%
and 收到普通國省道建設(普通國省道改造11.94公里、國省道橋涵標維護5座)補助資金2666萬元: budget ->
REVENUE; 收到省交通事業發展保障支出520萬元: spending -> REVENUE). The corpus reads every figure a
收到 governs as revenue (14 of 14: 产业园收到中央财政奖补资金3000万元, 收到中央补助预算1.5万元…).

Only where 收到 stands in the amount's own segment (its clause up to the last ，；：、 before the
figure, a bracket's words left out: a bracket's 、 or figure is its own) and the words from 收到
to the figure name no act: with a named class of spending (…保障支出, a 支出 right after a
name's character, not 已支出 / 实际支出 / 并支出) and a 补助 left out, they name no kind but revenue
or a budget (收到资金已使用5万元, 收到并支出5万元, 收到…结余5万元 keep their readings); not 未收到
/ 预计收到 / 拟收到 / 应收到 (not received).

A part listed right after it under 其中 (其中:超限车辆电子抓拍监控设施建设补助资金520万元) then
takes the total's kind as ``money`` reads the parts of a total: REVENUE too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from govkg.ingest.text.amounts import PINYIN

__all__ = ["received_fund_kind"]

_REACH = 120
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_BRACKET = re.compile(r"[（(][^（()）\n]{0,60}[）)]")
_CUT = re.compile(r"[，,；;：:、]")
_RECEIVED = re.compile(r"(?<![未预拟应将])(?<!预计)收到(?!率|的?通知|文件)")
_NAMED_SPENDING = re.compile(r"(?<=[\u4e00-\u9fff])(?<![已实际累计共总未将拟需应并和及与])支出")
"""A class of spending in the fund's name (省交通事业发展保障支出): not an act (已支出)."""
_AID = re.compile(r"补助|奖补")


def _words(text: str, start: int) -> str:
    """The sentence's words before ``start``, pinyin glosses and brackets left out."""
    low = max(0, start - _REACH)
    ends = list(_SENTENCE_END.finditer(text, low, start))
    words = text[ends[-1].end() if ends else low : start]
    return _BRACKET.sub("", PINYIN.sub("", words))


def _governed(words: str, kind_of: Callable[[str], str | None]) -> bool:
    """Whether a 收到 in the last segment of ``words`` governs the figure after them."""
    segment = _CUT.split(words)[-1]
    found = list(_RECEIVED.finditer(segment))
    if not found:
        return False
    name = segment[found[-1].end() :]
    name = _AID.sub("", _NAMED_SPENDING.sub("", name))
    return kind_of(name) in (None, "REVENUE", "BUDGET")


def received_fund_kind(
    text: str,
    start: int,
    kind: str | None,
    kind_of: Callable[[str], str | None],
) -> str | None:
    """REVENUE for an amount a 收到 governs (see above), else ``kind``."""
    if kind not in (None, "BUDGET", "SPENDING"):
        return kind
    return "REVENUE" if _governed(_words(text, start), kind_of) else kind
