"""A government's whole budget: a class of text that is no report of the family.

A finance bureau publishes, beside the reports of the family, its government's budget
reports to the people's congress (关于沙洋县2022年预算执行情况和2023年预算草案的报告, 在…人民
代表大会…会议上, 各位代表:), a committee's review of them (…预算草案的审查结果报告, 主席团:),
a mid-year execution report to the standing committee (关于…2020年上半年预算执行情况的报告,
城区人大常委会:) and monthly bulletins of an area's totals (1-4月,全市一般公共预算收入700.4亿元).
They state money in the family's words (预算, 执行, 一般公共预算) but of a whole area, not of one
unit's spending; four such pages were accepted before (trial 29's negatives 01–04).

The class's signs: the title of such a report alone on its line, with no unit in it (关于…
预算执行情况(和|与)…预算草案的(审查结果)?报告, not 关于市教育局…部门预算执行情况的报告); or an
area's total with its amount (全县一般公共预算收入81000万元, 中央和地方预算) either addressed to
the congress or said by no unit of itself (no 本单位, 我局, 整体支出, 自评, 决算, 三公…: a finance
bureau's self-assessment may cite the city's revenue among its work). They are asked only of a
text with no title of the family (``report``), but for a titled report to the congress, which a
contents list of the family's notes (一、2023年三公经费预算情况说明) does not make a unit's. A
government's accounts (财政决算的报告, 决算草案的议案) stay the family's: the corpus holds two.

A town's report may come with no title line, only its session line and the reporter's sentence
saying what is reported (我受镇人民政府的委托,向大会报告我镇2025年预算执行情况和2026年预算
草案; trial 60's 1186, trial 61's 1225): that sentence is the title's words said aloud, the same
class.
"""

from __future__ import annotations

import re

__all__ = ["government_budget"]

OPENING = 3000  # characters in which the title and the address are looked for

_TITLE = re.compile(
    r"关\s*于(?P<subject>[^\n。，,；;《》“”]{0,60}?)"
    r"(?:预\s*算\s*执\s*行\s*情\s*况(?P<rest>[^\n。，,；;《》“”]{0,60}?)|预\s*算\s*草\s*案\s*)"
    r"的\s*(?:审\s*查\s*结\s*果\s*)?报\s*告(?=[ \t\u3000]*(?:\n|$))",
    re.M,
)
_ORGANISATION = re.compile(
    r"部门|单位|局|委员会|中心|办公室|学校|医院|学院|研究院|研究所|管理处|站|队|馆|协会|联合会|公司"
)
"""A unit named in the title: its own budget's report, not a government's."""
_ADDRESS = re.compile(
    r"人\s*民\s*代\s*表\s*大\s*会[^\n。]{0,30}?会\s*议\s*上"
    r"|人\s*大\s*常\s*委\s*会\s*[：:]|主\s*席\s*团\s*[：:]|各\s*位\s*代\s*表\s*[：:]"
)
_AREA = re.compile(
    r"全\s*[县市区省国州旗盟]\s*(?:一\s*般\s*公\s*共\s*预\s*算|财\s*政)\s*(?:收\s*入|支\s*出)"
    r"\s*(?:累\s*计\s*)?(?:完\s*成|实\s*现|为|达\s*到)?(?=\s*\d)"
    r"|中\s*央\s*和\s*地\s*方\s*预\s*算"
)
_OWN = re.compile(
    r"本\s*(?:单\s*位|部\s*门|局)|我\s*(?:单\s*位|部\s*门|局)|部\s*门\s*整\s*体|整\s*体\s*支\s*出"
    r"|自\s*评|决\s*算|三\s*公"
)
"""Words of a unit speaking of its own spending: a text with them is not an area's bulletin."""
_SAID = re.compile(
    r"向\s*(?:大\s*会|[^\n。，,]{0,12}?人\s*大[^\n。，,]{0,6}?)\s*(?:作|报\s*告|提\s*出)"
    r"[^\n。]{0,40}?预\s*算\s*执\s*行\s*情\s*况[^\n。]{0,30}?预\s*算\s*草\s*案"
)
"""The reporter's sentence naming a year's budget execution and next year's draft, said to the
congress: a government's budget report whose title is not on the page."""


def government_budget(text: str, titled: bool = False) -> str | None:
    """Why ``text`` (simplified) is a government's whole budget (see above), or None. With
    ``titled`` (a title of the family was found), only a titled report to the congress is."""
    opening = text[:OPENING]
    title = next(
        (
            m
            for m in _TITLE.finditer(opening)
            if not _ORGANISATION.search(m["subject"] + (m["rest"] or ""))
        ),
        None,
    )
    address = _ADDRESS.search(opening)
    if title and (address or not titled):
        title_words = _squeezed(title.group())
        return f"its title {title_words} is a government's budget report (to the people's congress)"
    said = _SAID.search(opening)
    if said:
        return f"it reports {_squeezed(said.group())}… (a government's budget report)"
    if titled:
        return None
    area = _AREA.search(text[:20_000])
    if area and (address or not _OWN.search(text[:20_000])):
        return f"it states a whole area's budget ({_squeezed(area.group())}…)"
    return None


def _squeezed(words: str) -> str:
    return re.sub(r"\s+", "", words)
