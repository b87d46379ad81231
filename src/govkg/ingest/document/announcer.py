"""The unit that announces its own figures (公布): the subject of the announcing sentence or
headline, where it is a placed name or a central organ's.

A central organ publishes its 三公 figures and its budget with no title of the genre and no
place in its name, so no rule that reads a placed subject found it (trial 51):

- a headline alone on its line, the organ publishing its 三公经费: 中国气象局公布全国气象部门
  “三公经费”情况 (830, a news site's reprint; its lead says only 气象局日前…公布);
- a sentence, the organ its subject, announcing its 三公 figures as follows: …,国家海洋局对
  “三公经费”2010年财政拨款决算数据和2011年财政拨款预算数据公布如下 (836, a mirror's readings
  read through as ``readingnames`` does);
- the sentence that announces a department's budget or accounts, its name between 现将 and the
  year: 现将共青团中央2011年部门预算批复情况公布如下 (832), as 现将X2020年度“三公”经费决算情况
  公布如下 names a 三公 note's unit (``threepublic.opening``).

Only a placed name (样例市某局) or a central organ's (``centralorgan``) is read: a pronoun
(现将我局…), a bare 气象局, a whole area (全国气象部门, 全县) or a news agency (中新网…电,
新华社) names no unit. A headline going on as a sentence (a comma, a 。) is no headline.

A news item relaying a department's 三公 note says so in its lead, the department the
subject of a clause that publishes its 三公经费, a day word or the site between (trial 53):

- 北京市商务委昨天公布了2010年度收支决算情况以及“三公经费”财政拨款情况。 (881);
- 昨日23时许,公安部在其网站公布了“三公经费”财政拨款情况。 (882, a ministry named bare);
- 日前,教育局在官网公布了2013年三公经费。 (886: the item names only 教育局, its city being
  in the page's address alone; the unit is read as written, the place never added).

The site may follow the name with no 在 (近日,中国社科院网站公布该院“三公经费”…: trial 55's
963): the site is no part of the name, whose 院 ends it (``newsdateline.ON_SITE``).

Read here after the headline and the sentences above, the clause's subject is the unit
where it names a body (placed, central, or a bare 教育局 as the item writes it); a pronoun,
a whole (各部门), a reporter (记者从公安部获悉: 记者 is no body), a place of publishing
(在教育部網站公布的有關數據中: the corpus's 855, 公布 of a relative clause) or a clause
publishing an area's total (市财政局公布了本市市级“三公经费”情况: the corpus's 877, a
city's whole) names none.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, ORG, Stated, placed
from govkg.ingest.document.newsdateline import ON_SITE
from govkg.ingest.entities.centralorgan import CENTRAL, is_central
from govkg.ingest.text.namewords import NOT_A_NAME_START
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["announcing_unit"]

_WHEN = r"(?:首次|日前|近日|今天|今日|昨天|昨日|昨晚|前日|\d{1,2}\s*月\s*\d{1,2}\s*日)"
_ON_SITE = ON_SITE  # 在其网站, or 网站 straight after the name (newsdateline)

_S = r"[ \t\u3000]*"
_HEADLINE = re.compile(
    rf"^{_S}(?P<unit>[\u4e00-\u9fff]{{2,40}}?{ORG}(?:机关)?){_S}(?:首次|日前|今天|今日|昨天|昨日)?{_S}"
    rf"公{_S}[布开]了?[^\n。，,；;:：]{{0,24}}?{QUOTED}[^\n。，,；;:：]{{0,16}}$",
    re.M,
)
"""A headline: X公布…“三公经费”情况, alone on its line (its name read up to the 公 of 公布,
which ``issuer.NAME`` keeps out of a name's end)."""
_ANNOUNCES = re.compile(
    rf"(?:^|[。；;，,！!\n]){_S}(?P<unit>{NAME}(?:机关)?){_S}对{_S}(?:本单位|本部门)?{_S}"
    rf"{QUOTED}[^。\n]{{0,60}}?公{_S}[布开]{_S}如{_S}下",
    re.M,
)
"""A sentence: X对“三公经费”…数据公布如下, X its subject."""
_BUDGET = re.compile(
    rf"现{_S}将{_S}(?P<unit>{NAME}(?:机关)?|[\u4e00-\u9fff]{{2,12}}?中央){_S}20\d\d{_S}年度?{_S}"
    rf"(?:部门|单位){_S}(?:预{_S}算|决{_S}算)[^。\n，,]{{0,12}}?(?:公{_S}[布开]|报{_S}告|说{_S}明)"
    rf"{_S}如{_S}下"
)
"""现将X2011年部门预算批复情况公布如下: the department's own budget or accounts announced."""


_RELAYED = re.compile(
    rf"(?:^|[。；;，,！!\n]){_S}(?:{_WHEN}{_S}[，,]?{_S})?(?P<unit>{CENTRAL}|[\u4e00-\u9fff]{{1,40}}?"
    rf"{ORG}(?:机关)?){_S}(?:{_WHEN}{_S})?(?:{_ON_SITE}{_S})?公{_S}[布开](?![的])了?"
    rf"(?P<what>[^。\n；;！!]{{0,24}}?){QUOTED}[^。\n，,；;！!]{{0,16}}。",
    re.M,
)
"""A news item's lead: X(昨天)(在其网站)公布了…“三公经费”…。, the sentence ending on what is
published (…情况。); a clause going on (…情况,涉及多个单位) reads nothing."""
_AREA = re.compile(
    r"本市|本省|本区|本县|全市|全省|全区|全县|全国|市级|省级|区级|县级|各部门|各单位"
)
"""Words in what is published that make it an area's whole, no unit's note."""
_NOT_A_BODY = re.compile(
    rf"^(?:{NOT_A_NAME_START}|记者|本报|上述|以下|有关|部门|单位|在|从|据|向|由|经)"
)


def _relayed(head: str) -> Stated | None:
    """The unit a news item's lead says published its 三公经费 (``_RELAYED``); None where
    the subject names no body or the published figures are an area's."""
    for found in _RELAYED.finditer(head):
        name = found["unit"]
        if _NOT_A_BODY.match(name) or _AREA.search(found["what"]):
            continue
        if is_central(name) or placed(name) or not _MEDIUM_LIKE.search(name):
            return name, found.span("unit")
    return None


_MEDIUM_LIKE = re.compile(r"(?:社|网|台|报)$|新闻|新华")
"""A news agency or a medium (新华社, 人民网): it relays, it is no unit."""


def announcing_unit(head: str) -> Stated | None:
    """The unit the first announcing headline or sentence (see above) names, placed or a
    central organ's, with its span in ``head``; None where none does."""
    for pattern in (_HEADLINE, _ANNOUNCES, _BUDGET):
        for found in pattern.finditer(head):
            name = found["unit"]
            if placed(name) or is_central(name):
                return name, found.span("unit")
    return _relayed(head)
