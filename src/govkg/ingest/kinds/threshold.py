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

Bodies named in a list (荔湾区和海珠区, 市国土局、市高院、市检) are several as the counted ones are
(trial 62's 1265, a news item on eleven districts' 三公 决算: 荔湾区和海珠区的该项费用决算也低于
200万元; 1264, on Beijing's: 市国土局、市高院、市检的“三公”也均比去年预算下降200万元以上); each name
ends on its body's word (区, 县, 局, 院, 检, 厅, 委, 办…). A change said of several bodies with
以上 / 以下 after it (5个部门…比去年增支200万元以上, 1264) is the bound each one's change passes,
not one change: OTHER too; one body's (样例局比去年下降200万元以上) stays a change.

Universities are counted by 所 or 校 (trial 64's 1322 and 1323, roundups of the 直属高校' budgets
and 决算: 八所高校今年的预算超过100亿元, 北大、浙大和上海交大三校过80亿元), named three or more
before 都 / 均 (清华、浙大、上海交大…都超过100亿), or are a portion of them (大部分高校决算额都在
50亿元以下, 过一半高校年度支出在30亿元以下); 过 and 不过 are bounds too. Their money summed
(四校…总支出过13.5亿元) is one figure of theirs and keeps its kind.
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
    r"(?:(?:\d+|[一二两三四五六七八九十]+)\s*(?:多|余)?\s*个\s*[\u4e00-\u9fff]{0,4}?"
    r"(?:部门|单位|省份|省区市|省市|城市|地市|区县|市县|县区|机构|部委)"
    r"|(?:\d+|[一二两三四五六七八九十]+)\s*(?:多|余)?\s*所\s*[\u4e00-\u9fff]{0,4}?"
    r"(?:高校|大学|学校|院校)|[\u4e00-\u9fff、]{0,30}?(?<![\d一二两三四五六七八九十])"
    r"[二两三四五六七八九十]校|[\u4e00-\u9fff]{1,7}(?:[、和及与][\u4e00-\u9fff]{1,7}){2,}?"
    r"(?=(?:也)?(?:都|均))|(?:其余)?(?:大部分|大多数|多数|过半|过一半|超过半数|半数|一半)(?:的)?\s*[\u4e00-\u9fff]{0,8}?"
    r"(?:部门|单位|高校|大学|学校|院校))"
    r"[^，,。；;！？!?\n\d]{0,24}?"
)
"""A number of bodies counted (20多个部门, 十余个中央部门, 5个单位) and the words after them up
to the bound."""
_BODY_NAME = r"[\u4e00-\u9fff]{1,7}?(?:区|县|市|局|院|检|厅|委|办|署|馆|中心)"
_LISTED_BODIES = re.compile(
    rf"{_BODY_NAME}(?:[、和及与]{_BODY_NAME})+(?=[的“\"]|也|均|都)[^，,。；;！？!?\n\d]{{0,24}}?"
)
"""Bodies named in a list (荔湾区和海珠区, 市国土局、市高院、市检) and the words after them up to
the bound."""
_SUBJECT_OPENING = re.compile(
    r"\s*(?:其中|此外|另外|同时)?\s*[，,:：]?\s*(?:共有|另有|仅有|还有|有|约|近|逾|超过)?\s*"
)
"""What may open the clause before the bodies counted: they are its subject, whose money passes
the bound, not the bodies money went to (向12个单位拨付…)."""
_BOUND_BEFORE = re.compile(r"(?:超过|超出|超|逾|高于|低于|不足|不到|少于|多于|(?<!通)过)\s*$")
_TOGETHER = re.compile(r"总|合计|共计|共")
"""Counted bodies' money summed (四校…总支出过13.5亿元): one figure of theirs, not a bound."""
_IN_BOUND = re.compile(r"在\s*$")
_CHANGE_BEFORE = re.compile(r"(?:下降|减少|增加|增长|上升|降低|[增减]支)了?\s*$")
"""A change's verb right before the figure, 以上 / 以下 after it: a bound of several changes."""
_BOUND_AFTER = re.compile(r"\s*(?:以上|以下)")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
REACH = 60  # characters before the amount in which the bodies counted are looked for


def threshold_kind(text: str, start: int, end: int, kind: str | None) -> str | None:
    """OTHER for an amount that bounds the bodies a rule covers, or that counted bodies' money
    passes (see above); else ``kind``."""
    if kind in ("PRICE_OR_RATE", "CONTRACT"):
        return kind
    after = PINYIN.sub("", text[end : end + 40])
    if kind != "CHANGE" and _BODIES_BOUNDED.match(after):
        return "OTHER"
    low = max(0, start - REACH)
    cut = last(_CLAUSE_END, text, low, start)
    clause = PINYIN.sub("", text[cut.end() if cut else low : start])
    bodies = _COUNTED_BODIES.search(clause) or _LISTED_BODIES.search(clause)
    if bodies is None or not _SUBJECT_OPENING.fullmatch(clause[: bodies.start()]):
        return kind  # 向12个单位拨付资金超过500万元: the bodies paid, not the clause's subject
    words = clause[bodies.start() :]
    if _TOGETHER.search(words):
        return kind  # 四校…总支出过13.5亿元: the bodies' money together
    if kind == "CHANGE":  # 5个部门…比去年增支200万元以上: the bound each one's change passes
        return "OTHER" if _BOUND_AFTER.match(after) else kind
    if _BOUND_BEFORE.search(words) or (_IN_BOUND.search(words) and _BOUND_AFTER.match(after)):
        return "OTHER"
    if _CHANGE_BEFORE.search(words) and _BOUND_AFTER.match(after):
        return "OTHER"  # 市国土局、市高院、市检的“三公”也均比去年预算下降200万元以上
    return kind
