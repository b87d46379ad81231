"""Spending cut and put to another use, said after the figure, is a saving (trial 64).

A finance conference's news item (trial 64's 1328) tells how a province's 三公 were held down:
两次共压减公用经费0.38亿元用于中职学校基础能力建设和提高全省重度残疾人生活补助. The cut's verb
names its object, the spending cut (公用经费), right before the figure, which ``kindwords`` reads
as a change (减少了“三公”经费342.74万元: trial 57). The money cut is then said, right after the
figure, to go to another use (用于…, 投入…, 统筹用于…): money kept from one spending and spent on
another is a saving, as the corpus's 1078 reads 压减支出共计8.2亿元,节省的财政资金将被投入民生事业
中. Read so only where the object names spending (经费, 支出, 开支, 费用), not a budget (压减…经费
预算: a budget cut is a change), and no year or figure is compared with in the clause (较去年压缩
“三公”经费开支1.7亿元, 与2010年支出相比压减…: how far the figure fell, a change).
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["cut_redirected_kind"]

_CUT_SPENDING = re.compile(
    r"(?:压减|压缩|缩减|削减)了?(?:(?!预算|投入|安排|使用|支付|拨|下达|用于|的)"
    r"[^，,。；;：:、\d\s]){0,12}?(?:经费|支出|开支|费用)(?:共计?|合计|约|达)?\s*$"
)
_COMPARED = re.compile(r"[较比]|相比|同比")
_PUT_TO_USE = re.compile(
    r"\s*(?:[，,]\s*)?(?:全部|主要|统筹|集中)?\s*(?:用于|投入|转用于|调剂用于)"
)


def cut_redirected_kind(text: str, end: int, own: str, kind: str | None) -> str | None:
    """SAVING for spending cut by the figure and said after it to go to another use (see
    above); else ``kind``. ``own``: the amount's own words before it."""
    if kind != "CHANGE":
        return kind
    words = PINYIN.sub("", own)
    cut = _CUT_SPENDING.search(words)
    if cut is None or _COMPARED.search(words):
        return kind
    if not _PUT_TO_USE.match(PINYIN.sub("", text[end : end + 20])):
        return kind
    return "SAVING"
