"""An amount that marks off which bodies a rule covers is a threshold, no money of its kind.

业务收入1亿元以下的单位公务接待开支可按5%支出 (forty-eighth trial, a 三公 note quoting a
province's rule): 1亿元 bounds the revenue of the hospitals the rate applies to; it is no
revenue of the unit's. An amount followed by 以下 / 以上 / 以内 (及以上, 及以下) and then 的
and the bodies it sorts (单位, 企业, 医院, 学校, 机构, 部门) is OTHER. A rate's or a price's figure
keeps its kind (单位价值50万元以上的设备: a price, trial 45), and so does one sorting
purchases or projects (5万元以上的采购: the corpus reads those by their own words).

So is the figure a number of bodies' money is said to pass or fall short of (trial 57's 1079, a
news item on the central 三公 budgets: 20多个部门因公出国经费超过1000万元): 1000万元 is no one's
money but the bound twenty-odd departments' budgets pass. The bodies are counted (20多个部门,
十余个省份, 5个单位) in the amount's clause and a word of a bound (超过, 超, 逾, 高于, 低于, 不足,
不到, 少于, 多于; 在 … 以上 / 以下) stands right before or after the figure, the bodies the
clause's subject (not 向12个单位拨付资金超过500万元, money paid). One body's money said to pass a
figure (营业收入超过188万元: the corpus's 183, revenue) keeps its reading.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.lastmatch import last

__all__ = ["threshold_kind"]

_BODIES_BOUNDED = re.compile(
    r"\s*(?:及|或)?\s*(?:以下|以上|以内|(?<!以)下)\s*(?:的)?\s*"
    r"(?:单位|企业|医院|学校|机构|部门|事业单位|行政单位)"
)


_COUNTED_BODIES = re.compile(
    r"(?:\d+|[一二两三四五六七八九十]+)\s*(?:多|余)?\s*个\s*[\u4e00-\u9fff]{0,4}?"
    r"(?:部门|单位|省份|省区市|省市|城市|地市|区县|市县|县区|机构|部委)"
    r"[^，,。；;！？!?\n\d]{0,24}?"
)
"""A number of bodies counted (20多个部门, 十余个中央部门, 5个单位) and the words after them up
to the bound."""
_SUBJECT_OPENING = re.compile(
    r"\s*(?:其中|此外|另外|同时)?\s*[，,:：]?\s*(?:共有|另有|仅有|还有|有|约|近|逾|超过)?\s*"
)
"""What may open the clause before the bodies counted: they are its subject, whose money passes
the bound, not the bodies money went to (向12个单位拨付…)."""
_BOUND_BEFORE = re.compile(r"(?:超过|超出|超|逾|高于|低于|不足|不到|少于|多于)\s*$")
_IN_BOUND = re.compile(r"在\s*$")
_BOUND_AFTER = re.compile(r"\s*(?:以上|以下)")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
REACH = 60  # characters before the amount in which the bodies counted are looked for


def threshold_kind(text: str, start: int, end: int, kind: str | None) -> str | None:
    """OTHER for an amount that bounds the bodies a rule covers, or that counted bodies' money
    passes (see above); else ``kind``."""
    if kind in ("PRICE_OR_RATE", "CONTRACT", "CHANGE"):
        return kind
    after = PINYIN.sub("", text[end : end + 40])
    if _BODIES_BOUNDED.match(after):
        return "OTHER"
    low = max(0, start - REACH)
    cut = last(_CLAUSE_END, text, low, start)
    clause = PINYIN.sub("", text[cut.end() if cut else low : start])
    counted = _COUNTED_BODIES.search(clause)
    if counted is None or not _SUBJECT_OPENING.fullmatch(clause[: counted.start()]):
        return kind  # 向12个单位拨付资金超过500万元: the bodies paid, not the clause's subject
    words = clause[counted.start() :]
    if _BOUND_BEFORE.search(words) or (_IN_BOUND.search(words) and _BOUND_AFTER.match(after)):
        return "OTHER"
    return kind
