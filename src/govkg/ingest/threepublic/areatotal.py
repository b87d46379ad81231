"""Rule ``three-public-area``: a city's, county's or district's whole 三公 total stated in a news
item, and the area that is its unit.

A finance bureau's summed note names its area as the unit where it states the area's level or
names the area whole as the owner of the 三公 money (``summed``: 经岳阳市财政局汇总,岳阳市本级
部门…2016年“三公”经费…, the corpus's 217; 经涪城区财政局汇总,2019年涪城区“三公”经费…, 953).
A newspaper reporting the same total has no 经…汇总 sentence: it learned the figures from the
bureau (记者从济南市财政局获悉) or from the area's publication (在增城公布的…情况中), and states
them as the area's (trial 55: 991 增城市2015年一般公共预算资金安排的“三公”经费预算为8283.68万元;
994 2014年济南市本级公共预算财政拨款安排的“三公”经费预算总额为2.08亿元; 995 2014年成都市市本级
部门,使用财政拨款安排“三公”经费38431.69万元; 999 2015年广州“三公”经费预算总额4.6亿元, the city
written 广州市 in 广州市本级…: all unnamed before). The area is the unit, as the summed note's.

Asked: a sentence with a year, the area (a name ending on 市, 县, 区, 旗 or 州; or a city named
short where the text writes it with 市, as written there), its level (本级, 市本级部门, 市级)
or nothing, only the money's source words (一般公共预算, 财政拨款, 资金, 安排, 使用, 的), then
the 三公经费 and its total (预算/决算/支出, 总额, 为) and an amount. A province's total (湖南省本级
部门, 我省省本级: the corpus's 871 and 862, trial 55's 992, 993, 998) is filed unnamed, as the
corpus files it; 全市, 我市 are no names; the units of the area listed instead (2020年井研县行政
单位…、事业单位…“三公”经费: ``summed``'s many units), a department between the area and the
三公 (2019年样例市人大“三公”经费…: ``yearsubject``'s) and an area's share of something else are
not read.

Trial 56 widened the sentence, the same class: a news item's year said 今年 / 去年 (南京市财政局
网站…公布了今年的南京市级“三公”经费预算,总额为3.68亿元: 1030, the level 级 right after the
city's own 市), its total said 总计 or after a comma (…预算,总额为…); and the central level's
whole total, the level named as written as the summed note names it (``summed``, the corpus's 967
and 968): 2013年中央本级“三公经费”财政拨款预算79.69亿元 (1039, the ministry's 预算司 quoted by a
reporter), 财务部汇总各中央部门的数据显示,2015年度中央本级“三公”经费支出总计53.73亿元 (1021,
a spun news item): 中央本级 is the unit, as in 967 and 968; 中央 with no 本级 names no level's
whole, and a department's share of it (占中央本级“三公”经费的…) has no year and total after it.

Trial 59's 1141, a news item on the 中央决算报告, names the same whole by the bodies that spend
it, as the report writes it: 2015年中央行政事业单位财政拨款的“三公”经费支出合计53.73亿元 (its
total said 合计): 中央行政事业单位 is the unit, as written, as 中央本级 is. 2013年中央“三公”经费
合计70.15亿元, with no level and no such bodies, still names none.

Trial 60's 1160 puts a comma after the leading year: 2019年度,天山区本级一般公共预算财政拨款三公
经费支出合计585.53万元, the same sentence (the area then named in full by its headline:
``document.areainfull``). Its 1198 (the 2016 central accounts, a news item) spells the 三公 out
as the report does, its items then their name in brackets (2016年,中央行政事业单位财政拨款因公出国
(境)经费、公务用车购置及运行费、公务接待费(“三公”经费)支出合计48.25亿元), and its 1169, a
synonym-spun copy (as 1021 is), writes 财务拨款 for 财政拨款 after the name: the same sentence.

Trial 64's 1329 (a news item on the 2012 中央决算报告) names the same bodies short: 2012年中央单位
“三公经费”支出合计74.25亿元: 中央单位 is the unit, as written, as 中央行政事业单位 is.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.words import QUOTED as _QUOTED

__all__ = ["area_total"]

_YEAR = r"(?:20\d\d\s*年度?|今\s*年|去\s*年)\s*(?:的\s*)?"
_PLACE = (
    r"(?P<area>(?![全我本该各])(?:[\u4e00-\u9fff]{1,10}?(?:市|县|区|旗)"
    r"|[\u4e00-\u9fff]{2,10}?州))"
)
"""An area by its place word; a prefecture's 州 after two characters at least (红河州): 广州,
杭州 are cities named short (read by ``_SHORT``)."""
_SHORT = r"(?P<short>(?![全我本该各])[\u4e00-\u9fff]{2,3})"
_LEVEL = (
    r"(?P<level>(?:[市县区旗州]\s*)?本\s*级\s*(?:部\s*门)?|[市县区旗州]\s*级|(?<=[市县区旗州])级"
    r"|(?<=[市县区旗州])直\s*党\s*政\s*机\s*关\s*(?:和|及|、)?\s*事\s*业\s*单\s*位)"
)
"""The area's own level: 本级, 市本级部门, 市级; or the bodies that make it, 市直党政机关和事业单位
(trial 65's 1351, 2014年,广州市直党政机关和事业单位一般公共预算资金开支的“三公”经费合计为3.74亿元,
a news item: the city's level whole, as 中央行政事业单位 is the central level's)."""
_SOURCE = r"(?:一\s*般|公\s*共|预\s*算|财\s*政|拨\s*款|资\s*金|安\s*排|使\s*用|开\s*支|的|[,，\s])*"
_TOTAL = (
    r"\s*(?:财\s*[政务]\s*拨\s*款\s*)?(?:预\s*算|决\s*算|支\s*出|执\s*行)?\s*(?:支\s*出\s*)?"
    r"(?:数\s*)?(?:[,，]\s*(?=总))?(?:总\s*额|总\s*数|汇\s*总\s*数|总\s*计|合\s*计)?\s*(?:为|是|达)?\s*"
    r"\d[\d,]*(?:\.\d+)?\s*(?:万\s*元|亿\s*元|亿|万)"
)
_ITEMS = (
    r"因\s*公\s*出\s*国\s*[(（]\s*境\s*[)）]\s*经?\s*费\s*[、,，]\s*"
    r"公\s*务\s*用\s*车\s*购\s*置\s*及\s*运\s*行\s*(?:维\s*护\s*)?费\s*[、,，和及]\s*"
    r"公\s*务\s*接\s*待\s*费\s*"
)
_THREE = rf"(?:{_ITEMS}[(（]\s*{_QUOTED}\s*[)）]|{_QUOTED})"
"""The 三公经费 by its name, or its three items spelled out and named after them in brackets:
因公出国(境)经费、公务用车购置及运行费、公务接待费(“三公”经费) (the central 决算 report's words,
trial 60's 1198)."""
_AREA_TOTAL = re.compile(
    rf"(?P<lead>{_YEAR}(?:[,，]\s*)?)?{_PLACE}\s*(?(lead)|{_YEAR})\s*{_LEVEL}?{_SOURCE}{_THREE}{_TOTAL}"
    rf"|{_YEAR}{_SHORT}{_QUOTED}{_TOTAL}"
    rf"|{_YEAR}(?:[,，]\s*)?(?P<central>中\s*央\s*(?:本\s*级|行\s*政\s*事\s*业\s*单\s*位|单\s*位))"
    rf"{_SOURCE}{_THREE}{_TOTAL}"
)
OPENING = 1500  # the news item's lead, or a paragraph further down
_NEWS = re.compile(r"记者|报讯|本网讯|通讯员|新华社|中新社|新闻网")
"""A news item's words (``document.otherclasses``' sign of news, which this folder may not
import): a reporter, a paper's 讯."""


def area_total(head: str) -> tuple[str, tuple[int, int]] | None:
    """The city, county or district whose whole 三公 total ``head`` (simplified) states, with
    its span as written (see above); None where no such sentence is. Where the sentence says
    no level (增城市2015年…“三公”经费预算为…), only a news item's: an area's own note with no
    level and no compiler named (衢江区2016年一般公共预算安排“三公”经费决算数2364万元, the
    corpus's 154; 2024年旺苍县“三公”经费执行数…, 312) is filed unnamed, as the corpus files it."""
    news = _NEWS.search(head) is not None
    for found in _AREA_TOTAL.finditer(head[:OPENING]):
        if found["central"]:  # 2013年中央本级“三公经费”…预算79.69亿元 (trial 56's 1039)
            return found["central"], found.span("central")
        if not found["level"] and not news:
            continue
        if found["area"]:
            return re.sub(r"\s+", "", found["area"]), found.span("area")
        city = re.compile(re.escape(found["short"]) + r"市")  # 广州 … written 广州市本级
        if written := city.search(head[:OPENING]):
            return written.group(), written.span()
    return None
