"""The one central organ a news item's 三公 figures are of: its unit (trial 57).

A news item relaying one central organ's own 三公 note names the organ as the owner of the
figures, its name right before its 三公 (and the year they are of), in the headline, the lead
or the body: "科技部2014年三公预算3594.98万元 较去年略降 / 中新网4月19日电据科技部网站消息,科技部
2014年三公经费财政拨款预算为3594.98万元,… / 科技部“三公”经费2014年预算数较2013年预算数减少341.73
万元" (trial 57's 1075, a chinanews item on a mirror), "财政部“三公”经费较去年约减60万 / 财政部4月18
日公布的数据显示,2014年“三公”经费预算数4891.27万元" (1076, a 科技日报 item on the finance
ministry's own budget). Neither lead has the verb ``organlead`` reads (公布了…三公经费 as its
object: 据…网站消息 has none, 公布的数据显示 publishes data), and no sentence opens on the name
then the year and 三公 (``threepublic.opening``): both read unnamed. The organ whose 三公 the
item states, and no other, is what the item is about, as ``organlead`` reads it where the lead
names its publishing (the corpus's 920-929, 851, 922): read where every organ the item names
before a 三公 of its own (X“三公”经费, X2014年三公经费, X去年“三公”…, X2014年三公预算) is the
same one, a central organ (``entities.centralorgan``: 科技部, 财政部, 国家税务总局). An item
naming two or more organs so (a roundup, the corpus's 932: 国家税务总局…, 2012年卫生部“三公经费”…)
names none here, nor does an item whose lead relays a whole (中央和国家有关部门19日公布了…), nor
a place's bureau (样例市财政局“三公”…, which the rules reading a placed name read). The organ is
written in full where the page gives its full name at a place that names it (``organinfull``:
据国家人力资源和社会保障部网站消息 for 人社部), as ``organlead`` writes it. Asked last, where
no stronger statement of the item names its unit.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import Stated
from govkg.ingest.document.organinfull import organ_in_full
from govkg.ingest.entities.centralorgan import CENTRAL, is_central, official_name
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["organ_subject"]

_S = r"[ \t\u3000]*"
_OWN = re.compile(
    rf"(?<![省市县区州旗盟])(?P<unit>{CENTRAL}){_S}的?{_S}"
    rf"(?:(?:20\d\d{_S}年度?|去{_S}年|今{_S}年|上{_S}年|本{_S}年){_S}的?{_S})?"
    rf"(?:{QUOTED}|[“\"'「『‘]?{_S}三{_S}公{_S}[”\"'」』’]?{_S}(?:预{_S}算|决{_S}算|支{_S}出|开{_S}支))"
)
"""An organ's name right before its 三公: 科技部2014年三公经费, 财政部“三公”经费, 科技部2014年三公
预算 (a headline's short 三公 for 三公经费)."""
_WHOLE = re.compile(
    r"(?:中央和国家(?:有关|各)?|中央(?:有关|各)|国务院(?:有关|各)|多个|\d+个)部\s*门"
)
"""A lead relaying several organs (中央和国家有关部门19日公布了…): the item is no one organ's."""


def organ_subject(head: str) -> Stated | None:
    """The one central organ named right before a 三公 of its own in ``head`` (simplified),
    with its first such span; None where none is, or two or more different organs are, or
    the item relays a whole (see above)."""
    if _WHOLE.search(head):
        return None
    owners: dict[str, tuple[int, int]] = {}
    for found in _OWN.finditer(head):
        name = re.sub(r"\s+", "", found["unit"])
        if not is_central(name):
            continue
        official = official_name(name)
        cut = len(name) - len(official)  # 国家财政部: 财政部 (centralorgan)
        start, end = found.span("unit")
        owners.setdefault(official, (start + cut, end))
    if len(owners) != 1:
        return None
    ((name, span),) = owners.items()
    # 据国家人力资源和社会保障部网站消息,人社部今年三公经费…: the full name the page gives the
    # organ at a place that names it, as organlead reads it (organinfull)
    return organ_in_full(head, name) or (name, span)
