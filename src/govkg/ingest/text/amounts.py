"""Amounts of money as written: a figure and its unit word, or a list of figures sharing one
(收、支总计各是4125.49,4143.91万元; 分别为1.5、2.25万元; 分别为2619和3573万元: ``respective``),
each with its exact yuan; a total written without its unit that its parts' sum gives one
(``unitlesstotal``), an item of a list whose siblings give it theirs (``unitlesssibling``),
a 其中 list's last part its total's sum gives one (``unitlesslastpart``),
and an English gloss's amounts (24.6659 million yuan: ``english``). Rule
``money-figure`` (``money``) says what kind of money each one is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal

from govkg.ingest.text.allotmenttotal import allotment_totals
from govkg.ingest.text.allottedshares import allotted_shares
from govkg.ingest.text.bareunitcell import bare_unit_cells
from govkg.ingest.text.barezero import bare_zeros
from govkg.ingest.text.bracketedbodies import bracketed_bodies
from govkg.ingest.text.english import english_amounts
from govkg.ingest.text.fundledbare import fund_led_bare
from govkg.ingest.text.gluedyear import glued_year_length
from govkg.ingest.text.itemisedbare import itemised_bare
from govkg.ingest.text.numbers import NUMBER, yuan
from govkg.ingest.text.respective import respective_lists
from govkg.ingest.text.splitunit import split_cells
from govkg.ingest.text.unitlesslastpart import unitless_last_parts
from govkg.ingest.text.unitlessshare import unitless_shares
from govkg.ingest.text.unitlesssibling import unitless_siblings
from govkg.ingest.text.unitlesstotal import unitless_totals
from govkg.ingest.text.usedfor import used_for_bare

__all__ = ["MONEY", "PINYIN", "YUAN_AMOUNT", "Amount", "amounts", "amounts_written"]

_CN = "零〇一二两三四五六七八九十百千万点壹贰叁肆伍陆柒捌玖拾佰仟"  # 大写 too: 贰拾叁万元
_READ = r"(?:[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）])?"  # 萬(wàn)元: a mirror's reading
_FUND = "|".join(
    "".join(char + _READ for char in word)  # 補(bǔ)助資(zī)金: read through
    for word in (
        "补助资金", "专项资金", "财政资金", "项目资金", "奖补资金", "配套资金", "资金", "经费",
        "政府性基金", "财政拨款", "一般公共预算", "专项债券", "政府债券", "债券资金",
    )
)
"""A fund named right after 万 (由区财政局分2批次将141.8万补助资金…发放到位: nineteenth
trial): 万 alone is money there, as before a clause's end; 2万户, 3万人次 are counts. A
grant or budget's name is a fund's too (trial 55's 970, a 决算's reason for a rise in revenue:
年中新增了1000万政府性基金预算财政拨款用于…; 安排500万一般公共预算, 200万专项债券)."""
_GAP = r"[ \t\u3000]?"  # 879.49万 元: one blank inside the unit word (nineteenth trial)
_AREA = r"\s*亩"
"""An area's measure right after the unit word: 承保面积为42.59万元亩 is 万亩 mistyped (an
insurance report's acreage, forty-seventh trial), no money; a rate keeps its slash (300元/亩)."""
_MEASURES = "元圆人户亩吨次个件名座套台辆间家所株头只条平立册本张余多"
_MORE = rf"[余多]{_READ}元"
"""万 or 亿, then 余 or 多 and 元: more than the figure in 万元 (trial 53's 882, a news item:
2011年比2010年减少1271万余元; trial 54's 927: 车辆运行维护费,支出9693万多元), read as the
figure in 万, money by its 元; 万多人, 万余次 stay counts."""
_HEADLINE_GAP = rf"[ \u3000]+(?:(?![{_MEASURES}])[\u4e00-\u9fff]|[A-Z][a-z])"
"""A blank, then a new phrase: a headline's comma (民政部今年三公经费预算1429万 增外事接待费80万,
trial 52's 853), or its English gloss (公务用车购置及运行费约195万 State-owned cars…, trial
54's 925); 万 before a measure word (2万 人) stays a count."""
_ABOUT = rf"(?:(?<=\d)[余多]{_READ}(?=[亿万]{_READ}{_GAP}元))?"
"""余 or 多 between the figure and 万元 / 亿元: more than the figure in that unit (trial 56's
1037, a news item on 国家地震局's 三公: 其6000多万元的支出), read as the figure in 万元 as
``_MORE``'s 万余元 is; only after digits (a headline's 增加两千余万元 in words rounds the
body's 2172.41万元: no amount, the corpus's 991) and before the unit with its 元 (a
headline's 减40余万 states no 元: no amount, the corpus's 844), so 20多万人次 stays a count."""
_STRAY = rf"(?:(?<=\d)\.[ \t\u3000]*(?=[亿万]{_READ}{_GAP}元))?"
"""A stray full stop typed between a figure in digits and its 万元 / 亿元, no number after it
(trial 57's 1062, a kindergarten's 决算: 财政拨款本年支出488.8. 万元, the 488.80万元 it states
elsewhere; missed before): the figure in that unit, the stop part of the amount as written.
Only before 万元 or 亿元: a numbered heading's 2. before 元旦慰问 is no amount."""
_ZERO_STAR = rf"(?:(?<=0)(?<![\d.,]0)\*+(?=\s*(?:[亿万]{_READ}{_GAP})?元))?"
"""A template's asterisk glued to a zero (trial 58's 1091, a trading centre's 决算: 国有资本经营预
算财政拨款收入0*万元,占0*%, the other lines 0万元): a leading zero is never followed by more
digits without a point, so the star hides none (``masked`` leaves it alone); the amount is 0
in its unit, the star part of the amount as written. 0.*万元 and 10*万元 stay masked."""
_PARTS_AFTER = r"[(（](?=[^()（）\n]{0,30}?\d+(?:\.\d+)?\s*[亿万]元)"
"""An opening bracket whose words give the figure's parts in 万元 or 亿元 (trial 61's 1211, a fund's
self-evaluation: 省级资金290.36万(一般公共预算:270.36万元;彩票公益金:20万元)): 万 alone is money
there, as before a clause's end; 2万(人次) is a count."""
_RMB = "(?<=\\d[亿万])" + "".join(char + _READ for char in "人民币")
"""万 or 亿 glued to its figure, then 人民币 (完成外贸进出口14.42亿人民币: trial 62's 1269): the
currency named is the unit's 元, so the figure is money in 万元 / 亿元 as written, whatever its
clause says; a table's unit column (外贸进出口总额 25 亿人民币 17.5 28.6: the corpus's 12, its 25
another column's) stands apart from the figure before it and is no such unit."""
MONEY = re.compile(
    rf"(?P<fig>{NUMBER}|(?<![{_CN}])[{_CN}]+){_STRAY}{_ZERO_STAR}\s*{_ABOUT}"
    rf"(?:(?P<unit>亿{_READ}{_GAP}元|万{_READ}{_GAP}元|元)(?!{_AREA})"
    rf"|(?P<bare>[亿万]){_READ}(?=\s*(?:[，,。；;、)）]|$|\n|{_PARTS_AFTER})|{_HEADLINE_GAP}"
    rf"|(?P<fund>{_FUND}|{_MORE}|{_RMB})))"
)
"""An amount and its unit; 万/亿 without 元 only before a clause's end (297万，执行…; a
headline's blank, ``_HEADLINE_GAP``) or
right before the name of a fund (``_FUND``). The unit word may hold one blank
(财政拨款收、支总计各减少879.49万 元: a line-wrapped or typed-in space); it is the same 万元."""

YUAN_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|元)")
"""A figure in digits with 元, 万元 or 亿元 after it: enough for the document rules to tell that
a stretch of text states money (a section, a clause, a lead), where ``MONEY``'s forms are not
needed."""

PINYIN = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")
"""Readings a mirror site printed after characters: 结(jié)余."""


@dataclass(frozen=True)
class Amount:
    start: int
    end: int
    figure: str
    unit: str
    yuan: Decimal
    bare: bool = False  # 万 or 亿 without 元
    fund: bool = False  # and its own words say it is money: a fund named right after it
    # (141.8万补助资金), a share of an allotment of money (分配如下：甲8万、乙6万), 100万用于…
    position: int = 0  # its place in a list of figures sharing one unit word
    count: int = 1  # the figures of that list
    first_start: int | None = None  # where that list starts
    split: bool = False  # a form's cell inside a unit split around it: 情况(万 210 0 元)
    english: bool = False  # written in English, a translation's gloss: 24.6659 million yuan
    glossed: int | None = None  # where the Chinese amount it restates starts (its line's)


_LISTED = re.compile(
    r"(?<![\d.,])(?<![\d.][,，、])\d+\.\d+(?:[,，、]\d+(?:\.\d+)?)++\s*(?:亿元|万元|元)(?!\s*亩)"
)
"""Figures sharing one unit word, the first ones with decimals (a thousands comma never
follows a decimal point): 收、支总计各是4125.49,4143.91万元; 分别为1.5、2.25万元."""
_LIST_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_PAIRED = re.compile(
    r"收入[^\d，,。；;、\n]{0,8}?(?P<a>(?<![\d.])\d+\.\d+)、\s*支(?:出|(?=总计|合计))"
    r"[^\d，,。；;、\n]{0,8}?(?P<b>\d+(?:\.\d+)?)\s*(?P<unit>亿元|万元|元)"
)
"""收 and 支 stated in one pair, the unit word written once after the second figure (a
部门决算's overview, twenty-ninth trial): 2020年度收入476.17、支总计460.06万元; 收入减少84.55、
支出总计减少99.6万元. The first figure (decimals, as ``_LISTED``'s first ones) has the unit
written after the second; each keeps its own words (收入…, 支…). Only 收入 then 支出 or
支总计 / 支合计: 收费12.5、支付20万元 is no pair."""


def amounts(text: str) -> Iterator[Amount]:
    """Each amount with its unit, in text order: a figure and its unit word, or each figure
    of a list sharing one unit word."""
    lists = []
    for found in _LISTED.finditer(text):
        unit = re.search(r"亿元|万元|元", found.group())
        figures = list(_LIST_FIGURE.finditer(found.group(), 0, unit.start()))
        for position, figure in enumerate(figures):
            start = found.start() + figure.start()
            end = found.end() if position == len(figures) - 1 else found.start() + figure.end()
            lists.append(
                Amount(
                    start=start,
                    end=end,
                    figure=figure.group(),
                    unit=unit.group(),
                    yuan=yuan(figure.group(), unit.group()),
                    position=position,
                    count=len(figures),
                    first_start=found.start(),
                )
            )
    for found in _PAIRED.finditer(text):
        unit = found["unit"]
        for name in ("a", "b"):
            end = found.end() if name == "b" else found.end(name)
            lists.append(
                Amount(
                    start=found.start(name),
                    end=end,
                    figure=found[name],
                    unit=unit,
                    yuan=yuan(found[name], unit),
                    first_start=found.start("a"),
                )
            )
    listed_spans = [(a.first_start, a.end) for a in lists]
    for start, end, figure, unit, position, count, first in respective_lists(text):
        if any(a <= start < b for a, b in listed_spans):
            continue  # 分别为1.5、2.25万元: already ``_LISTED``'s
        lists.append(  # 分别为2619和3573万元 (respective): each figure in the one unit word
            Amount(start, end, figure, unit, yuan(figure, unit), position=position,
                   count=count, first_start=first)
        )
    for start, end, figure, unit in unitless_totals(text):  # 合计373.74,甲200.00万元,…
        lists.append(Amount(start, end, figure, unit, yuan(figure, unit), first_start=start))
    for start, end, figure, unit in unitless_siblings(text):  # 甲支出1.5万元,乙支出2万元,丙支出9.6,
        lists.append(Amount(start, end, figure, unit, yuan(figure, unit), first_start=start))
    for start, end, figure, unit in unitless_last_parts(text):  # 总数9万元,其中:甲7万元乙2.00。
        lists.append(Amount(start, end, figure, unit, yuan(figure, unit), first_start=start))
    for start, end, figure, unit in unitless_shares(text):  # 总额9.00元。其中:甲支出3.00,33.33%
        lists.append(Amount(start, end, figure, unit, yuan(figure, unit), first_start=start))
    for start, end, figure, unit in bare_zeros(text):  # 甲费0万元; 乙费预算支出为0, (barezero)
        lists.append(Amount(start, end, figure, unit, yuan(figure, unit), first_start=start))
    for start, end, figure, unit, value, glossed in english_amounts(text):  # 1.95 million yuan
        english = Amount(start, end, figure, unit, value, english=True, glossed=glossed)
        lists.append(replace(english, first_start=start))
    split_spans = []
    for start, end, figure, span in split_cells(text):  # 情况(万 210 0 元): each cell in 万元
        split_spans.append(span)
        lists.append(
            Amount(start, end, figure, "万元", yuan(figure, "万元"), split=True, first_start=start)
        )
    for start, end, figure, unit in bare_unit_cells(text) + fund_led_bare(text):  # 经费18万纳入
        lists.append(
            Amount(start, end, figure, unit, yuan(figure, unit), bare=True, first_start=start)
        )
    # 其中100万用于装备购置 (usedfor); 研究70万分配方案 (allotmenttotal): the words say money
    for start, end, figure, unit in used_for_bare(text) + allotment_totals(text):
        used = Amount(start, end, figure, unit, yuan(figure, unit), bare=True, fund=True)
        lists.append(replace(used, first_start=start))
    shares = set(allotted_shares(text))  # 资金分配如下：甲8万、乙6万: each share money
    shares |= {(start, end) for start, end, _ in bracketed_bodies(text)}  # 分别是甲(9.5万)、乙(…)
    shares |= set(itemised_bare(text))  # 经费180万元,主要项目:1、甲21万;2、乙8万 (itemisedbare)
    lists.sort(key=lambda a: a.start)
    listed = iter(lists)
    pending = next(listed, None)
    for match in MONEY.finditer(text):
        while pending is not None and pending.start < match.start():
            yield pending
            pending = next(listed, None)
        if pending is not None and pending.start <= match.start() < _list_end(pending, lists):
            continue
        if any(a <= match.start() < b for a, b in split_spans):
            continue  # the 元 of a split 万…元 (splitunit): not an amount in 元
        unit = re.sub(r"\s", "", PINYIN.sub("", match["unit"] or (match["bare"] + "元")))
        year = glued_year_length(text, match.start(), match["fig"])  # 较20155.88万元
        try:
            amount = yuan(match["fig"][year:], unit)
        except ValueError:
            continue
        yield Amount(
            start=match.start() + year,
            end=match.end(),
            figure=match["fig"][year:],
            unit=unit,
            yuan=amount,
            bare=bool(match["bare"]),
            fund=bool(match["fund"]) or (match.start(), match.end()) in shares,
        )
    while pending is not None:
        yield pending
        pending = next(listed, None)


def amounts_written(text: str) -> Iterator[tuple[str, Decimal]]:
    """Each amount of ``text`` as written there, with its yuan: ``("1,322.14万元", 13221400)``."""
    for amount in amounts(text):
        yield text[amount.start : amount.end], amount.yuan


def _list_end(first: Amount, lists: list[Amount]) -> int:
    """The end of the list ``first`` opens (its last figure's unit word)."""
    return max(a.end for a in lists if a.first_start == first.first_start)
