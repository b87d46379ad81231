"""A 三公 note's 单位范围 names its own unit: "区民宗局(外侨办)有一般公共预算财政拨款预算安排
“三公”经费的单位包括区民宗局(外侨办)本级单位" (twenty-fourth trial's 310).

The note's first part says which units its figures cover: the unit, then the units of it that
have 三公 money, its own (本级) among them. Where the same name stands before 有…安排“三公”经费
的单位 and before the 本级 it includes, the note is that unit's, written as the note writes it
(a bracketed second name, 外侨办, stays).

The 2011-2012 notes' template says it as the unit's budget: "根据预算管理有关规定,省商务厅部门
预算中使用财政拨款开支因公出国(境)费、…和公务接待费(以下简称“三公经费”)的单位包括省商务厅本级
及所属省对外贸易学校…" (trial 52's 850, a provincial department's own note): the same two names,
read the same way, after that 规定's comma too.

A name that differs in the two places (a bureau listing a subordinate), a pronoun (本部门有…)
or no 本级 reads nothing.

Another template (Wuhan's districts, Shenzhen's, Tianjin's) opens the part on the unit and
the three items it spends on: "X因公出国(境)费、公务接待费、公务用车购置及运行维护费开支单位
包括局本级及下属1个事业单位" — X the note's unit, what it includes its own level (局本级,
街本级, 本单位) or its own name's end with 机关 (…开支单位包括行政审批局机关及1个所属单位: the
corpus's 152). Trial 53's 887 and 888, notes with no unit in their titles' reading:

- 江汉区中国共产党武汉市江汉区委员会党校 因公出国(境)费…开支单位包括局本级… (887): the
  template's 江汉区 glued before a name that writes its place in full; the name is the one
  after it, 中国共产党武汉市江汉区委员会党校 (``_GLUED``: a place written again inside the
  name that follows it);
- 江汉区民意街因公出国(境)费…开支单位包括街本级1个行政单位 (888): a subdistrict named 街
  without 办事处, read as a unit only where what it includes is 街本级.

X must end on an organisation word (a school's 校 too) or be that 街; a pronoun (本单位因公
出国…), a whole (各部门) or a scope that includes no own level reads nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.text.namewords import NOT_A_NAME_START
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["scope_unit"]

_NAME = r"[\u4e00-\u9fff（）()]{2,40}?"
_SCOPE = re.compile(
    rf"(?:^|[。；;\n]|(?<=规定)[，,])[ \t\u3000]*(?P<unit>{_NAME})[ \t\u3000]*"
    rf"(?:有[^。\n]{{0,30}}?安\s*排\s*|部\s*门\s*预\s*算\s*中\s*(?:使\s*用)?[^。\n]{{0,12}}?开\s*支"
    rf"[^。\n]{{0,60}}?[（(]\s*以\s*下\s*简\s*称\s*)"
    rf"{QUOTED}\s*[）)]?\s*的\s*单\s*位\s*(?:包\s*括|为|有)[：:]?\s*(?P<again>{_NAME})\s*本\s*级",
    re.M,
)
_ITEMS = r"(?:因\s*公\s*出\s*国|公\s*务\s*接\s*待|公\s*务\s*用\s*车)"
_ITEMS_SCOPE = re.compile(
    rf"(?:^|[。；;\n])[ \t\u3000]*(?P<unit>{_NAME})[ \t\u3000]*{_ITEMS}[^。\n]{{0,60}}?"
    r"开\s*支\s*单\s*位\s*(?:包\s*括|为)[：:]?\s*"
    r"(?:本\s*单\s*位|本\s*部\s*门|(?P<level>[局街委办厅院所站队处馆校镇乡部])\s*本\s*级"
    r"|(?P<own>[\u4e00-\u9fff（）()]{2,20}?)\s*(?:机\s*关|本\s*级))",
    re.M,
)
"""X因公出国(境)费、…开支单位包括局本级 (see above)."""
_GLUED = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{1,6}?(?:区|县|市|旗))(?P<rest>(?:中国共产党|中共)?"
    r"[\u4e00-\u9fff]{1,8}?(?:省|市)(?P=place).+)"
)
"""A place glued before a name that writes it again (江汉区 + 中国共产党武汉市江汉区…党校)."""
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|部门|单位)")
_NAME_END = re.compile(
    r"(?:局|委|办|厅|院|所|站|队|处|馆|中心|政府|镇|乡|街道)(?:[（(][^（）()]+[）)])?$"
)


def scope_unit(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a 三公 note's 单位范围 sentence names as its own (see above), with its span
    in ``head``; None where none does."""
    for found in _SCOPE.finditer(head):
        unit = found["unit"]
        if unit == found["again"] and _NAME_END.search(unit) and not _NOT_A_NAME.match(unit):
            return unit, found.span("unit")
    return _items_scope(head)


def _items_scope(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit the other template's scope sentence opens on (``_ITEMS_SCOPE``), the place
    glued before it left out (``_GLUED``); None where none reads."""
    for found in _ITEMS_SCOPE.finditer(head):
        unit, (start, end) = found["unit"], found.span("unit")
        if _NOT_A_NAME.match(unit):
            continue
        if found["own"] is not None and not unit.endswith(found["own"]):
            continue  # …开支单位包括行政审批局机关: the name's own end, not another's
        street = unit.endswith("街") and found["level"] == "街"
        if not (_NAME_END.search(unit) or _SCHOOL.search(unit) or street):
            continue
        if glued := _GLUED.fullmatch(unit):
            start += glued.start("rest")
            unit = glued["rest"]
        return unit, (start, end)
    return None


_SCHOOL = re.compile(r"(?:学校|党校|学院|中学|小学|幼儿园)$")
