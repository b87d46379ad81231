"""Which amount a list under 其中 is the parts of: the total, past what a note says of it.

A part listed under 其中 right after a total has the total's kind (``partkinds``). Between the
total and its 其中 a report may say how the total changed and why, and a 三公 note always
does (sixth trial):

- punctuation only: 项目支出2604.1万元，其中：…; 90万元。其中：…; or its change in percent:
  785万元,较年初预算减少28%其中:… (as before this module);
- its change as an amount and then in percent alone: 收入预算92444.11万元,比2017年…增加5251.98
  万元,增长6.02%。其中:财政拨款37020.30万元 (forty-eighth trial: the parts are the total's, a
  budget, not its change's);
- its change in percent, with a reason: 开支“三公”经费5834万元,较2015年下降2.3%,主要是贯彻落实
  中央八项规定,加强公车管理,严控公务接待。其中:公务用车购置安排692万元…;公车运行及维护
  4612万元…(the year compared with may be named; the reason clause holds no amount);
- a bracket opened right after the total: 财政拨款收入4,146.90万元(其中,一般公共预算 2,922.37
  万元,…) (ninth trial; the budget the parts come from is no kind word, ``bracketparts``);
- what all of it went to: 实际支付2700万元,全部用于设备采购和软件开发。其中:甲200万元、…
  (eleventh trial; a note of use, no amount);
- its change as an amount: “三公”经费支出合计35万元,比上年减少2.28万元。其中:因公出国(境)费
  0万元…: the parts are of the total (spending), not of its change;
- a comparison that states no figure: “三公”经费支出预算为4432万元,与2020年预算基本持平,其中:
  因公出国(境)费用39万元 (eighteenth trial: the 预算 compared with is no statement, and the parts
  are the total's, a budget);
- its change as an amount and then as a rate, the parts in a bracket: 公务用车购置及运行维护费为
  382.58万元,较2016年减少42.08万元,下降9.9%(其中:公务用车购置费18.85万元,较2016年减少…)
  (thirty-second trial: the part is the total's, spent, and its own change follows it);
- how it was shared out: 救灾资金6800万元进行了合理分解,已全部分解到位,其中甲市780万元、…
  (thirty-fourth trial: the recipients' shares of the budget handed down, ``splitafter``);
- the fund it is, named after its figure, and what it is for: 共下达500万元中央资金用于农村项目
  建设,其中甲县300万元、… (thirty-fifth trial: the shares of the budget handed down, not money
  received by the 中央 of the fund's name); or named alone: 预算安排13100万元…补助资金,其中…
  (forty-eighth trial).

Anything else between them (another statement, 共购置车辆10辆) leaves the parts unread: the
list is not shown to be the total's.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import PINYIN

__all__ = ["total_kind"]

_PUNCT = r"[\s，,。：:；;]{0,3}"
# 上升: trial 60's 1185; 高出: trial 62's 1267 (预算数为595.99万元,比去年的实际支出高出20多万元。
# 其中公务用车购置及运行费352.56万元: the budget's part, not the change's)
_CHANGE = r"(?:较|比|与)[^，,。；;]{0,16}?(?:增加|减少|增长|下降|上升|高出|多出)了?"
_RATE = rf"(?:{_CHANGE}|同比(?:增加|减少|增长|下降|上升)了?)\s*\d+(?:\.\d+)?\s*%"
"""The total's change in percent; 同比 names no year (“三公”经费预算总额为18554万元,同比下降13.6%。
其中因公出国(境)费用972万元: trial 64's 1337, a news item on a city's 三公 budget)."""
_REASON = r"主要(?:原因)?(?:是|为|系|由于|因为)[^。；;]{0,80}"
_USE = r"(?:全部|主要)用于[^。；;，,]{0,40}"
_FUNDED_USE = r"[\u4e00-\u9fff]{0,6}?资金\s*(?:全部|主要)?用于[^。；;，,]{0,40}"
"""The fund the total is, named after its figure, and what it is for: 共下达500万元中央资金
用于农村项目建设,其中甲县300万元 (thirty-fifth trial)."""
_FUND_NAMED = r"(?<=元)[\u4e00-\u9fff]{0,16}?(?:资金|经费)"
"""The fund the total is, named after its figure alone: 省级财政预算安排13100万元自然灾害生活
补助资金,其中10100万元… (forty-eighth trial: the parts are the budget's, not money received
by the 补助 of the fund's name)."""
_FLAT = (
    r"(?:与|较|比)\s*(?:20\d\d\s*年度?)?[^，,。；;\d]{0,12}?(?:基本)?(?:持平|相当|无增减|无变化)"
)
"""A comparison with no figure: 与2020年预算基本持平, 较上年无变化 (its year's digits aside)."""
_SHARED_OUT = (
    r"(?:进行了?\s*(?:合理|科学|统筹)?\s*的?\s*(?:分解|分配)|分[一二两三四五六七八九十\d]+批次?下达"
    r"|分解下达)"
)
"""How the total was shared out (thirty-fourth trial): 6800万元进行了合理分解, 分两批下达."""
_SHARED_DONE = r"(?:已经?|均已)?\s*(?:全部|全额|足额)?\s*(?:分解|分配)(?:下达)?到位"
"""That it was shared out in full: 已全部分解到位 (the recipients' shares follow)."""
_DEFINED = r"[是即]指[^。；;\d]{0,120}"
"""What the total is, defined after it: 项目支出:2018年年初预算数为525.00万元,是指单位为完成特定
行政工作任务或事业发展目标而发生的支出,包括有关事业发展专项、专项业务费。其中:(1、…16.00万元
(fiftieth trial's 802: a budget note's template defines each class; the parts are the
total's, a budget)."""
_RANK = r"(?:位?居|排名?|列)[^，,。；;]{0,16}?(?:之首|首位|第[一二三四五六七八九十\d]+[位名]?|榜首)"
"""Where the total ranks among others': 国家税务总局的三公经费预算超过17亿元居90余家部门中之首,
其中公务用车费用超过13亿元 (trial 64's 1320, a news item on the central 三公 budgets)."""
_BETWEEN = re.compile(
    rf"{_PUNCT}(?:{_RANK}{_PUNCT})?(?:(?:{_RATE}|{_FLAT}){_PUNCT})?(?:{_DEFINED}{_PUNCT})?(?:{_REASON}{_PUNCT})?"
    rf"(?:(?:{_USE}|{_FUNDED_USE}|{_FUND_NAMED}){_PUNCT})?"
    rf"(?:{_SHARED_OUT}{_PUNCT})?(?:{_SHARED_DONE}{_PUNCT})?"
)
"""Between a total and its 其中: punctuation, the total's change in percent or a comparison
stating no figure, its reason, what it was used for (实际支付2700万元,全部用于设备采购和软件
开发。其中:…, eleventh trial)."""
_BRACKET = re.compile(r"\s*[，,]?\s*[（(]")
"""Between a total and the 其中 its bracket of parts opens with; a comma may stand before the
bracket (计划投入资金1476万元,(其中中央补助资金982万元、…): nineteenth trial)."""
_BARE_RATE = re.compile(
    r"\s*[，,]\s*(?:增加|减少|增长|下降|上升)了?\s*\d+(?:\.\d+)?\s*%\s*[。；;，,]?\s*[：:]?\s*"
)
"""Between a total's change as an amount and its 其中: the change's rate alone (…比2017年
87192.13万元增加5251.98万元,增长6.02%。其中:…, forty-eighth trial)."""
_RATE_BRACKET = re.compile(
    r"\s*[，,]\s*(?:增加|减少|增长|下降|上升)了?\s*\d+(?:\.\d+)?\s*%\s*[（(]"
)
"""Between a total's change as an amount and the bracket of the total's parts: the change's
rate alone (…减少42.08万元,下降9.9%(其中:…, thirty-second trial); said 上升 too (…比2025年增加
1884.46万元,上升15.57%(其中,公务用车运行维护费…: trial 60's 1185)."""
_CHANGE_AMOUNT = re.compile(rf"[\s，,]{{0,3}}{_CHANGE}\s*(?:约|近)?\s*$")
"""The words of an amount that is the change of the amount right before it: ,比上年减少; its
figure said about (相比预算数减少约1418万元: trial 60's 1162)."""


def total_kind(text: str, kinds: list[tuple[int, str | None]], among: int) -> str | None:
    """The kind of the total whose parts follow ``among`` (where 其中 stands), given the
    (end, kind) of each amount before it; None where no total is shown (see above)."""
    if not kinds:
        return None
    last_end, last_kind = kinds[-1]
    if _BETWEEN.fullmatch(text, last_end, among) or _BRACKET.fullmatch(text, last_end, among):
        if last_kind == "CHANGE" and len(kinds) > 1 and _is_change_of_total(text, kinds):
            return kinds[-2][1]  # 合计35万元,比上年减少2.28万元。其中: the total's parts
        if len(kinds) > 1 and _STANDARD.fullmatch(text, kinds[-2][0], last_end):
            return kinds[-2][1]  # 费用7.6亿元,低于预算的8.5亿元。其中: the fee's parts
        return last_kind
    if last_kind == "CHANGE" and len(kinds) > 1 and _BARE_RATE.fullmatch(text, last_end, among):
        return kinds[-2][1] if _is_change_of_total(text, kinds) else None
    if last_kind == "CHANGE" and len(kinds) > 1 and _RATE_BRACKET.fullmatch(text, last_end, among):
        return kinds[-2][1] if _is_change_of_total(text, kinds) else None
    return None


_STANDARD = re.compile(
    r"[\s，,]{0,3}(?:大于|小于|高于|低于|超过|超出|少于|多于)(?:年初|全年|调整后?)?预算(?:数|额)?的"
    r"\s*\d[\d,]*(?:\.\d+)?\s*(?:万|亿)?\s*元"
)
"""The budget a total is compared with, said right after it (公务用车费用7.6亿元,低于预算的8.5亿元。
其中车辆购置费2亿元,运行维护费5.6亿元: trial 52's 874): the parts under 其中 are the total's,
not the budget's (a traditional mirror's 億/預 are read simplified, as ``money`` gives them)."""


def _is_change_of_total(text: str, kinds: list[tuple[int, str | None]]) -> bool:
    """Whether the last amount is the change of the one before it, said right after it."""
    total_end, last_end = kinds[-2][0], kinds[-1][0]
    words = PINYIN.sub("", text[total_end:last_end])
    figure = re.search(r"\d[\d,]*(?:\.\d+)?\s*[多余]?\s*(?:万|亿)?\s*元$", words)  # 20多万元
    if figure is None:
        return False
    if _CHANGE_AMOUNT.search(words[: figure.start()]):
        return True
    alone = _CHANGE_ALONE.fullmatch(words[: figure.start()])
    return bool(alone) and _compared_before(text, total_end)


_CHANGE_ALONE = re.compile(r"\s*(?:增加|减少|增长|下降)了?\s*")
"""The change word alone right after the figure compared with: 比2017年87192.13万元增加…"""
_COMPARED_FIGURE = re.compile(
    r"(?:较|比|与)\s*(?:上年|上一年|20\d\d\s*年)度?[^，,。；;\d]{0,6}?"
    r"\d[\d,]*(?:\.\d+)?\s*(?:万|亿)?\s*元$"
)


def _compared_before(text: str, end: int) -> bool:
    """Whether the amount ending at ``end`` is the figure a total is compared with, said
    right after the total (收入预算92444.11万元,比2017年87192.13万元增加5251.98万元: the
    forty-eighth trial); its kind is the total's (``compared``)."""
    words = PINYIN.sub("", text[max(0, end - 40) : end])
    return bool(_COMPARED_FIGURE.search(words))
