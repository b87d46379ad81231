"""Rule ``three-public-opening``: a 三公 note known by its body's sentence, and the unit that
sentence names.

A town's or a department's “三公”经费 决算 (or 预算) note is often published with no title:
its only sign of the genre is the sentence that opens it, "现将焦…镇2020年度“三公”经费决算情况
公布如下", or the sentence stating the figures, "样例镇2020年“三公”经费决算数共计35.5万元".
Such a text, where it states an amount of money, is a report of the family (``genresigns``):
no readable report of the genre may be refused. The unit that sentence names is the note's
unit: a department's name (up to its organisation word) or a town's (…镇, …乡, …街道, a
town government is its own unit), or a central organ's, which needs no place either
(``entities.centralorgan``: 民政部2013年“三公经费”预算1429.52万元, trial 52's 853, a news
item relaying the ministry's note). A pronoun (现将我局…, 本单位…), a whole area (全县, 各部门)
or a bare place (样例县) names no unit: the note's unit then stays unnamed, never guessed.
"""

from __future__ import annotations

import re

from govkg.ingest.entities.centralorgan import is_central
from govkg.ingest.text.amounts import YUAN_AMOUNT
from govkg.ingest.text.namewords import NOT_A_NAME_START
from govkg.ingest.threepublic.summed import compiled_area, opens_on_compiled, states_summed_total
from govkg.ingest.threepublic.words import QUOTED as _QUOTED

__all__ = ["announces_three_public", "note_unit"]

_YEAR = r"(?:20\d\d\s*年度?)"
_ORG = (
    r"(?:委员会|办公室|办事处|管理处|中心|联合会|人民政府|政府|法院|检察院|政协|局|委|办|厅"
    r"|院|所|站|队|处|馆|部|署|镇|乡|街道)"
)
_NAME = rf"(?P<unit>[\u4e00-\u9fff（）()]{{2,40}}?{_ORG})"
_NAMED = rf"(?P<unit>[\u4e00-\u9fff（）()]{{1,40}}?(?:{_ORG}|单位|部门))"
"""The announcing sentence's name, a pronoun too (现将我局…, 本单位…: read, then left out)."""
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|上述|以下)")
_ANNOUNCED = re.compile(
    rf"现\s*将\s*(?:{_YEAR}\s*)?(?:{_NAMED}\s*)?(?:{_YEAR}\s*)?(?:本级\s*)?{_QUOTED}"
    r"\s*(?:财\s*政\s*拨\s*款\s*)?(?:支\s*出\s*)?(?:决\s*算|预\s*算)\s*(?:支\s*出\s*)?"
    r"(?:执\s*行\s*)?(?:情\s*况\s*)?(?:公\s*布|公\s*开|报\s*告|说\s*明)\s*如\s*下"
)
"""现将X2020年度“三公”经费决算情况公布如下 (X may be missing, or come after the year)."""
_OPENS_ON = re.compile(
    rf"(?:^|[。；;！!\n])[ \t\u3000]*{_NAME}[ \t\u3000]*(?:{_YEAR}|去\s*年|今\s*年)[ \t\u3000]*"
    rf"(?:本级)?{_QUOTED}"
    r"\s*(?:财\s*政\s*拨\s*款\s*)?(?:支\s*出\s*)?(?:决\s*算|预\s*算)",
    re.M,
)
"""A town's sentence opening on its name, its year, then its 三公 决算/预算: only a town's
(…镇, …乡, …街道) is read here; a department's is ``issuer``'s (it needs a placed name). A
news item's year may be its 去年 or 今年: 国家税务总局去年“三公经费”财政拨款预算213,834.9万元
(trial 54's 932, a Xinhua item whose lead says only 中央和国家有关部门19日公布了…, then gives
five departments' figures, the tax administration's first and most: the lead one, before
2012年卫生部“三公经费”… further down, which ``yearsubject`` read)."""
_TOWN = re.compile(r"(?:镇|乡|街道|街道办事处)$")
_SUMMED = re.compile(
    r"\A[ \t\u3000]*(?P<unit>[\u4e00-\u9fff][\u4e00-\u9fff \t]{0,20}?(?:省|市|县|区|州|旗))"
    rf"[ \t]*(?:本级)?[ \t]*20\d\d[ \t]*(?:年度?|-)[ \t]*{_QUOTED}\s*(?:决\s*算\s*)?汇\s*总"
)
"""A place's summed 三公 table titling the text: 样例县2015年“三公”经费汇总情况决算表 (a
mirror writes 年 as -, readings blanked): the place's own total, so the place is its unit
(fourteenth trial). Without 汇总 (样例县2017年度部门“三公”经费…表) a place names no unit."""
_TABLE_OWNER = re.compile(
    rf"\A[ \t\u3000]*(?:{_YEAR}[ \t\u3000]*)?{_NAME}[ \t\u3000]*(?:{_YEAR}[ \t\u3000]*)?"
    rf"(?:部\s*门\s*)?{_QUOTED}[^\n。|]{{0,16}}?表"
)
"""A department's 三公 table titling the text: 2015年样例市某某局部门“三公”经费情况统计表 (the
genre's 部门 after the name): the table is that department's (eighteenth trial). Only a name
ending on an organisation word: a bare place (样例县2017年度部门“三公”经费预算情况表) names none."""
OPENING = 1500  # characters in which the sentence is looked for: a note opens on it


def announces_three_public(text: str) -> bool:
    """True where ``text`` (simplified) announces a 三公 决算/预算 note in its opening
    (现将…“三公”经费决算情况公布如下), or a town opens its 三公 sentence there (样例镇2020年
    “三公”经费决算数…), and the text states an amount of money."""
    opening = text[:OPENING]
    town = any(_TOWN.search(m["unit"]) for m in _OPENS_ON.finditer(opening))
    announced = _ANNOUNCED.search(opening) or town
    # …“三公”经费为决算支出汇总数…5,572万元: an area's summed note (summed, trial 52's 873)
    summed = opens_on_compiled(text) or states_summed_total(text)
    return bool(announced and YUAN_AMOUNT.search(text[:20_000])) or summed


def note_unit(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a 三公 note's announcing sentence names (现将X2020年度“三公”经费决算情况公布
    如下), or a town's name opening its 三公 sentence (X镇2020年“三公”经费决算数…), or a
    place's summed table's title (``_SUMMED``), or a department's table's title
    (``_TABLE_OWNER``), with its span in ``head``; else None."""
    if summed := _SUMMED.search(head):
        return re.sub(r"\s+", "", summed["unit"]), summed.span("unit")
    if area := compiled_area(head):  # 经样例区财政局汇总,2017年区级… (fifteenth trial)
        return area
    owner = _TABLE_OWNER.search(head)
    if owner and not _NOT_A_NAME.match(owner["unit"]):
        return owner["unit"], owner.span("unit")
    for pattern in (_ANNOUNCED, _OPENS_ON):
        for found in pattern.finditer(head[:OPENING]):
            name = found["unit"]
            if not name or _NOT_A_NAME.match(name):
                continue
            if pattern is _OPENS_ON and not (_TOWN.search(name) or is_central(name)):
                continue
            return name, found.span("unit")
    return None
