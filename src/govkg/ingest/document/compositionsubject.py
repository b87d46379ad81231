"""Rule ``composition-subject``: the unit a budget or accounts note's 单位构成 section names as
its own (trial 62's 1233, 1252, 1268).

The template's section on the department's make-up (二、部门预算单位构成, (一)部门决算单位构成)
opens on a sentence whose subject is the reporting unit itself, and a page whose title is lost
names its unit there and nowhere else:

- "二、部门预算单位构成 / 下马渡镇人民政府只有本级,没有其他预算单位" (1233, a town's budget
  under its contents list);
- "二、部门预算单位构成 / 根据上述主要职责,区接待办公室不设二级机构。" (1252: the name as the
  text writes it, its district never named, as the corpus's 797 keeps 区政协);
- "納入鎮(zhèn)康縣審計局年度部門決算編報的單位共1個" (1268, read through the mirror's
  readings): the department whose accounts include its units, the template's 纳入X部门决算编报
  (编制) 的单位共N个 wherever it stands.

The name may be relative to its area (区接待办公室), as the template's own sentences write it,
but it ends on an organisation word; a pronoun (本单位无下级预算单位, 纳入本部门…: the corpus's
978, 892), a relation (所属, 下属) or a bare organisation word names none. The sentence right
under the heading must say what the unit has (只有本级, 不设二级机构, 无下属单位); a sentence on
another subject (主管部门为…) reads nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated
from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["composition_subject"]

_S = r"[ \t\u3000]*"
_NAMED = NAME.replace("{2,40}", "{1,40}", 1)
"""A name that may be its level's one character and the body (区接待办公室, 县法院)."""
_OWN = re.compile(
    rf"单位构成{_S}[：:]?{_S}\n{_S}(?:根据[^，,。；;\n]{{0,20}}[，,]{_S})?(?P<unit>{_NAMED}){_S}"
    r"(?:只有|仅有|只含|仅含|不设|没有|无)(?:本级|二级|下属|下级|其他|所属)"
)
"""单位构成 / X只有本级…, X不设二级机构, X无下属单位: the heading, then the unit's own make-up."""
_INCLUDED = re.compile(
    rf"纳{_S}入{_S}(?P<unit>{_NAMED}){_S}(?:20\d\d{_S}年度?|年度)?{_S}部{_S}门{_S}"
    rf"(?:决{_S}算|预{_S}算){_S}编{_S}[报制]{_S}(?:范{_S}围{_S})?的{_S}(?:预算)?单{_S}位{_S}共"
)
"""纳入X(2031年度)部门决算编报的单位共N个: the department whose accounts include its units."""
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|下级|上级|主管|部门|单位)")


def composition_subject(head: str) -> Stated | None:
    """The unit the 单位构成 section's own sentence names (see above), with its span in
    ``head`` (simplified); None where none names one."""
    for pattern in (_OWN, _INCLUDED):
        for found in pattern.finditer(head):
            if not _NOT_A_NAME.match(found["unit"]):
                return found["unit"], found.span("unit")
    return None
