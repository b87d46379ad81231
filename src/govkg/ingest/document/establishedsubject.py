"""The unit a report's organisation section introduces as established: its own subject.

A budget or accounts note may open its 部门基本情况 on the unit's founding: "(一)部门机构设置、
职责 / 國家大劇院是依據北京市機構編制委員會辦公室《關於…的函》成立的市屬正局級事業單位"
(forty-eighth trial's 755, whose first line the family's titles do not read). The section that
says how the unit was set up speaks of the unit itself, so the organisation its first
sentence opens on, said to have been established (是依据/根据/经…成立/设立/组建的…单位/机关/
机构), is the reporting unit. Read only right under a heading of the unit's organisation
(机构设置, 职能职责, 部门职责, 基本情况); a name met later in the section (the body that
approved it: 北京市机构编制委员会办公室) is not taken. The name must say where it is
(样例县…) or be a national body (国家…, 中国…); an unplaced one is not read.

The section may tell the founding the other way round, its date first and what the unit is
after a comma: "(一)职能职责 / 重庆市园博园管理处成立于2011年7月,是市城市管理局下属的正处级
公益二类事业单位" (trial 54's 940), "重庆市市政设施管理局成立于1963年,前身为…,2003年发展更名为
重庆市市政设施管理局,是专业从事…的事业单位" (944), "(一)职能职责。重庆市群众艺术馆成立于1956年,
为财政全额拨款事业单位" (the corpus's 804): the name 成立于 (始建于, 组建于, 设立于) a date,
then, in the same sentence, 是/为/系 a 事业单位, 行政机关 or 机构. Read under the same headings,
on the heading's line after its 。 too; a name founded with no statement of what it is
(银川市殡仪馆成立于1966年,承担着…) is not read so.

Or the section tells the name the unit was renamed to, under the document that renamed it,
and what the unit is: "(二)單位構成 / 根據《重慶市綦江區機構編制委員會辦公室關于明確綦江區各學區
和學校機構名稱的復函》(綦編辦〔2012〕21號)文件,更名為重慶市綦江區趕水中學,屬于全額撥款事業
單位。" (trial 57's 1043, a mirror's copy of a budget note with no title, which calls itself
本單位 everywhere else). The name after 更名为 (改名为), then, in the same sentence after its
comma, 属于/是/为/系 a 事业单位, 行政机关 or 机构: the unit's present name, as the section
writes it. Read under the organisation headings, 单位构成 / 部门构成 too (Chongqing's
template names its 二级预算单位 there); a name renamed with no statement of what it is (…将
移民口粮补贴更名为移民困难扶助金) or ending on no organisation word is not read so, nor a
name the renaming gave another body (更名为X,以下简称…: ``definedshort`` reads that).
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed

__all__ = ["established_subject"]

_ESTABLISHED = re.compile(
    r"(?:机构设置|职能职责|部门职责|单位职责|主要职责|基本情况)[^\n]{0,12}\n[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*(?:是|系)[^。\n]{{0,80}}?(?:成立|设立|组建)的"
    r"[^。\n]{0,20}?(?:事业单位|行政机关|行政单位|机构|单位)"
)
_FOUNDED = re.compile(
    r"(?:机构设置|职能职责|部门职责|单位职责|主要职责|基本情况)[ \t\u3000]*[。.：:]?[ \t\u3000]*\n?"
    rf"[ \t\u3000]*(?P<unit>{NAME})[ \t\u3000]*(?:成立|始建|组建|设立)于[^。\n]{{1,100}}?[，,]"
    r"[ \t\u3000]*(?:是|为|系)[^。\n，,]{0,40}?(?:事业单位|行政机关|行政单位|机构)"
)
"""(一)职能职责 / X成立于2011年7月,是…下属的…事业单位: the date first (trial 54's 940)."""
_RENAMED = re.compile(
    r"(?:机构设置|职能职责|部门职责|单位职责|主要职责|基本情况|单位构成|部门构成)[^\n]{0,12}\n"
    r"[ \t\u3000]*[^。\n]{0,160}?(?:更名为|改名为)[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*[，,][ \t\u3000]*(?:属于|是|为|系)[^。\n，,]{{0,40}}?"
    r"(?:事业单位|行政机关|行政单位|机构)"
)
"""(二)单位构成 / 根据…文件,更名为X,属于全额拨款事业单位: the unit's name now (trial 57's 1043)."""
_NATIONAL = re.compile(r"^(?:国家|中国|中央)[\u4e00-\u9fff]{2,}")


def established_subject(head: str) -> Stated | None:
    """The placed or national unit an organisation section's first sentence says was
    established (see above); None where the section opens on no such name."""
    for pattern in (_ESTABLISHED, _FOUNDED, _RENAMED):
        for found in pattern.finditer(head):
            name = found["unit"]
            if placed(name) or _NATIONAL.match(name):
                return name, found.span("unit")
    return None
