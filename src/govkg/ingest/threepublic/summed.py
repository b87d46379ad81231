"""Rule ``three-public-summed``: an area's 三公 note compiled by its finance bureau, known by
the sentence that opens it, and the area that is its unit.

A district's or a city's “三公”经费 决算 note is often published with no title, opening on
"经样例区财政局汇总,2017年区级“三公”经费…支出120.5万元": the finance bureau summed the
area's own (区级, 市本级) spending. Such a text, where it states an amount, is a report of the
family (fifteenth trial): never refused. Its unit is the area the bureau is named for, and
only where the sentence says the area's level (区级, 本级; before the year too: 经样例市财政局
汇总,样例市本级部门…2016年“三公”经费…, sixteenth trial); a bureau summing one department
(经本局汇总), or no bureau named (经汇总), names no unit: it stays unnamed, never guessed.

The note may say the sum is its figure's kind instead: "此次公开的我区2013年“三公”经费为决算支出
汇总数(已作决算数上报省、市财政部门),“三公”经费支出总数为5,572万元" (trial 52's 873, 汉阳区's
note titled 关于汉阳区2013年“三公”经费决算支出情况说明): the 三公经费 said to be a 决算 (or 预算)
汇总数, an amount in its paragraph (``states_summed_total``), is the same area's summed note,
a report of the family; its unit, a 我区 with no bureau summing, stays unnamed. A 汇总数 of
something else (“三公”经费 named after it), or no amount in the paragraph, is no sign.

The area may be named whole as the owner of the 三公 money, with no level word: "经涪城区财政局
汇总,2019年涪城区“三公”经费预算总额1,938万元" (trial 54's 953, under the title 涪城区2019年
财政拨款“三公”经费预算情况; read as 217's 岳阳市本级 is). The area right after the year, the
bureau's own (the same place, or 我区 of a 区 bureau), then (财政拨款)“三公”经费: the area is the
unit. The units of the area listed instead (2020年井研县行政单位…、事业单位…“三公”经费, the
corpus's 76; 2018年龙泉市部门及乡镇政府…: 117; 2025年全市…: 288) are a total of many units, and
stay unnamed; another place than the bureau's is not read.

The central level's 三公 figures are such a sum, compiled by the finance ministry for all the
central departments, and published by it (trial 55's 967 and 968, read unnamed): "經財政部匯總,
2010年中央本級,,包括中央行政單位(含參照公務員法管理的事業單位)、事業單位和其他單位用財政撥款
開支的…決算支出94.7億元" (a mirror's item), "中央本级,包括中央行政单位、事业单位(含参照公务员法
管理的事业单位)和其他单位2013年“三公”经费财政拨款执行数为71.54亿元" (the ministry's 预算司, no
汇总 written). The level is named as written, 中央本级 (the whole, as 217's 岳阳市本级部门
包括市级行政单位…: the area, not the ministry that compiled or published it, is the unit;
中央 alone, a level's word, would name no body): where the ministry sums for it, or where it
opens the scope sentence listing the central units it covers. A department's note that
mentions the central level (占中央本级“三公”经费的…) is no such sentence.
"""

from __future__ import annotations

import re

from govkg.ingest.text.amounts import YUAN_AMOUNT
from govkg.ingest.threepublic.words import QUOTED as _QUOTED

__all__ = [
    "compiled_area",
    "opens_on_compiled",
    "opens_on_summed_spending",
    "states_summed_total",
]

_PLACE = r"[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|州|旗)"
_APPROVED = (
    r"(?:(?:并\s*)?(?:报\s*经\s*)?[省市县区州旗]?\s*人\s*民\s*政\s*府\s*(?:审\s*定|同\s*意|批\s*准)"
    r"\s*[,，]\s*)?"
)
"""The area's government approving the sum, between the bureau's sum and what it covers:
经昌宁县财政局汇总,县人民政府审定,昌宁县本级部门包括县本级行政单位…2015年“三公”经费决算情况
如下 (trial 56's 1035, Yunnan's county template, as the corpus's 385 经红河县财政局汇总,县人民
政府审定,现将红河县2018年…): the same summed note, its unit the area."""
_COMPILED = re.compile(
    rf"经\s*(?:(?P<unit>{_PLACE})\s*财\s*政\s*局\s*)?汇\s*总\s*[,，]\s*{_APPROVED}20\d\d\s*年度?\s*"
    rf"(?P<level>(?:{_PLACE})?\s*(?:省|市|县|区|州|旗)?\s*本?\s*级)?[^。；;\n]{{0,60}}?(?P<three>{_QUOTED})"
)
"""经样例区财政局汇总,2017年区级“三公”经费 (the bureau and the level may be missing)."""
_LEVEL_FIRST = re.compile(
    rf"经\s*(?P<unit>{_PLACE})\s*财\s*政\s*局\s*汇\s*总\s*[,，]\s*{_APPROVED}"
    rf"(?P<level>(?:{_PLACE})?\s*本\s*级)[^。；;\n]{{0,160}}?20\d\d\s*年度?\s*(?P<three>{_QUOTED})"
)
"""经样例市财政局汇总,样例市本级部门…安排的2016年“三公”经费 (sixteenth trial): the level
named first, the year after the departments it covers."""
_WHOLE_AREA = re.compile(
    rf"经\s*(?P<unit>{_PLACE})\s*财\s*政\s*局\s*汇\s*总\s*[,，]\s*{_APPROVED}20\d\d\s*年度?\s*"
    rf"(?P<area>{_PLACE}|我\s*[省市县区州旗])\s*(?:财\s*政\s*拨\s*款\s*)?{_QUOTED}"
)
"""经涪城区财政局汇总,2019年涪城区“三公”经费 (trial 54's 953): the bureau's area named whole."""
_CENTRAL_LEVEL = re.compile(
    r"经\s*财\s*政\s*部\s*汇\s*总\s*[,，]\s*(?:20\d\d\s*年度?\s*)?(?P<summed>中\s*央\s*本\s*级)"
    r"|(?P<scoped>中\s*央\s*本\s*级)[\s,，]*包\s*括\s*中\s*央"
)
"""经财政部汇总,2010年中央本级…; 中央本级,包括中央行政单位…: the central level's sum."""
OPENING = 600  # the sentence opens the note, or follows a line or two of preamble
_SUMMED_TOTAL = re.compile(
    rf"{_QUOTED}\s*(?:为|是)\s*(?:决\s*算|预\s*算)\s*(?:支\s*出\s*)?(?:数\s*)?的?\s*汇\s*总\s*数"
)
"""…“三公”经费为决算支出汇总数 (trial 52's 873): the fee said to be a summed 决算 or 预算."""


def states_summed_total(text: str) -> bool:
    """True where ``text`` opens by saying its 三公经费 is a 决算 or 预算 汇总数 and states an
    amount of money in that sentence's paragraph (see above)."""
    found = _SUMMED_TOTAL.search(text[:OPENING])
    if not found:
        return False
    line_end = text.find("\n", found.end())
    paragraph = text[found.end() : line_end if line_end >= 0 else len(text)]
    return bool(YUAN_AMOUNT.search(paragraph))


def opens_on_compiled(text: str) -> bool:
    """True where ``text`` opens on a summed 三公 sentence (经…汇总,2017年…“三公”经费) and
    states an amount of money in that sentence's paragraph."""
    found = _COMPILED.search(text[:OPENING])
    if not found:
        return False
    line_end = text.find("\n", found.end())
    paragraph = text[found.end() : line_end if line_end >= 0 else len(text)]
    return bool(YUAN_AMOUNT.search(paragraph))


def compiled_area(head: str) -> tuple[str, tuple[int, int]] | None:
    """The area a finance bureau summed for (经样例区财政局汇总,2017年区级…), with its span,
    where the sentence states the area's level or names the area whole, or the central level
    (中央本级) the finance ministry sums for (see above); else None."""
    found = _COMPILED.search(head[:OPENING])
    if not found or not found["unit"] or not found["level"]:
        found = _LEVEL_FIRST.search(head[:OPENING])  # …汇总,样例市本级部门…2016年“三公”
    if not found or not found["unit"] or not found["level"]:
        return _whole_area(head) or _central_level(head)
    return found["unit"], found.span("unit")


def _central_level(head: str) -> tuple[str, tuple[int, int]] | None:
    """中央本级, where the finance ministry sums the central level's 三公 figures or the
    level opens the scope sentence of the central units (see above); else None."""
    found = _CENTRAL_LEVEL.search(head)
    if not found:
        return None
    group = "summed" if found["summed"] else "scoped"
    return found[group], found.span(group)


def _whole_area(head: str) -> tuple[str, tuple[int, int]] | None:
    """The bureau's area where the summed sentence names it whole as the 三公 money's owner
    (经样例区财政局汇总,2019年样例区“三公”经费…, or 我区…); else None."""
    found = _WHOLE_AREA.search(head[:OPENING])
    if not found:
        return None
    unit, area = re.sub(r"\s+", "", found["unit"]), re.sub(r"\s+", "", found["area"])
    if area != unit and area != "我" + unit[-1]:
        return None
    return found["unit"], found.span("unit")


_SPENT = re.compile(rf"{_QUOTED}[^。；;\n\d]{{0,16}}?(?:支\s*出|开\s*支)[^。；;\n\d预]{{0,6}}\d")


def opens_on_summed_spending(text: str) -> bool:
    """True where the summed sentence opening the note states the 三公 经费's spending
    (…“三公”经费公共财政拨款支出120.5万元; not a 预算数): then an item named alone later
    (因公出国(境)费9万元) is the area's spending, as under a note's title of 支出."""
    found = _COMPILED.search(text[:OPENING])
    return bool(found and _SPENT.match(text, found.start("three")))
