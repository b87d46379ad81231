"""A difference said 多 / 少 after a comparison is a change (trial 54).

News items relaying a ministry's 三公 note say how far a figure came out above or below the
one it is compared with by 多 / 少 and a verb, not by 增加 / 减少:

    2011年“三公经费”财政拨款预算数总计374.08万元,比2010年“三公经费”财政拨款决算数多了0.34万元
    (trial 54's 929: read as spending by its 决算数)
    2011年“三公经费”财政拨款决算中,“公务用车购置及运行费”较2011年预算少支出102.05万元,
    “公务接待费”少支出299.47万元 (923: both read as spending by their 支出)

``growth`` reads 较上年增 / 比2017年减 as a change; 多 / 少 (多了, 少支出, 多支, 多用, 多花) after a
comparison with last year or a year's figure, the figure named with what it is of (…“三公经费”
财政拨款决算数, up to 24 characters), is the same change, CHANGE (``compared_more_less``);
a comparison with a year's budget is then read by ``variance`` as its 增加 / 减少 are (a 三公
item's: CHANGE). A difference from the budget with no year (比預算數多支10.19萬元: 922, read
as a budget) is ``variance``'s, whose 多 / 少 now take the verb too.

A clause that repeats the comparison's verb without the comparison (…较2011年预算少支出102.05万元,
“公务接待费”少支出299.47万元) shares it: the amount takes the kind of the amount before it
where that one's own words ended on the same 多 / 少 and verb after a comparison, in the same
sentence (``elided_more_less``). A bare 少支出 with no comparison before it in its sentence, a
多 / 少 after a figure compared (比去年3.01万元少0.07万元: ``compared``), and 减少 / 增多 keep
their readings.
"""

from __future__ import annotations

import re

__all__ = ["ABOUT", "MORE_LESS", "compared_more_less", "elided_more_less"]

MORE_LESS = r"(?<![减增缩])[多少](?:支出?|用|花|出)?了?"
"""多 / 少 with the verb of the money that follows: 多了, 少支出, 多支, 多用, 多花, 多出."""
ABOUT = r"\s*(?:将近|接近|近|约|大约)?"
"""How near the figure after the verb is to the difference: 本年度比上年多出近74万元 (trial 55's
961, a news item on a 三公 note: read as a budget by the clause's 预算数)."""
_COMPARED = re.compile(
    r"(?:较|比)\s*(?:上年|上一年|去年|20\d\d\s*年)度?(?:同期)?的?"
    r"[^，,。；;：:\d多少]{0,24}?(?:相比)?\s*[，,]?\s*" + f"(?P<verb>{MORE_LESS})" + rf"{ABOUT}\s*$"
)
_ELIDED = re.compile(
    r"^\s*[，,、]?\s*[“\"「]?[^，,。；;：:\d较比“\"「”」]{1,24}[”\"」]?\s*"
    + f"(?P<verb>{MORE_LESS})"
    + r"\s*$"
)
_BEFORE = re.compile(
    r"(?:较|比)[^，,。；;：:]{0,40}?" + f"(?P<verb>{MORE_LESS})" + r"\s*[\d.,]+\s*[万亿]?元\s*$"
)
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
REACH = 120  # characters before the amount in which the comparison it shares is looked for


def compared_more_less(own: str, kind: str | None) -> str | None:
    """CHANGE for an amount whose own words end on 多 / 少 after a comparison with last year
    or a year's figure (see above); else ``kind``."""
    if kind == "PRICE_OR_RATE" or not _COMPARED.search(own):
        return kind
    return "CHANGE"


def elided_more_less(
    text: str, start: int, own: str, kind: str | None, kinds: list[tuple[int, str | None]]
) -> str | None:
    """The kind of the amount before for one whose own words repeat its 多 / 少 and verb
    without the comparison (see above); else ``kind``."""
    elided = _ELIDED.match(own)
    if elided is None or not kinds or kinds[-1][1] not in ("CHANGE", "OTHER"):
        return kind
    before_end = kinds[-1][0]
    window = text[max(0, start - REACH) : before_end]
    ends = list(_SENTENCE_END.finditer(window))
    sentence = window[ends[-1].end() :] if ends else window
    compared = _BEFORE.search(sentence)
    if compared is None or compared["verb"] != elided["verb"]:
        return kind
    return kinds[-1][1]
