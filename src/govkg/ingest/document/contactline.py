"""Rule ``contact-line``: a page's closing contact line that opens on a unit and its own
channel names the reporting unit (twenty-first trial's 274).

A county bureau's “三公” note may name itself nowhere but in the line that closes the page:
"联系方式:宁国市交通运输局政务公开电子邮箱:…@163.com". The unit that gives its own mailbox
(or telephone, or address) for questions on the note is the one that published it. Read last,
where nothing else names the unit, and only where all of it holds:

- the line stands in the page's last 400 characters and opens on its label: 联系单位, 联系部门,
  咨询单位 or 联系方式, then a colon;
- the name right after the colon is placed (宁国市…局) and ends on an organisation word;
- after 联系单位 / 联系部门 the name ends its line or its clause; after 联系方式 the unit's own
  channel follows it at once (政务公开电子邮箱, 电子邮箱, 邮箱, 电话, 地址, 传真).

A person's line (联系人:张某, 联系方式:张某 0563-…), a phone line (联系电话:0563-…), a division
and a person (联系方式:某区财政局国库科,陈某,023-…: 财政局 then 国库科, no channel), or a
sentence (联系方式:请与市财政局联系) names no unit.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed
from govkg.ingest.text.simplified import simplified

__all__ = ["contact_unit"]

_TAIL = 400
_GAP = r"[ \t\u3000]*"
_CHANNEL = r"(?:政务公开)?(?:电子)?(?:邮箱|信箱)|(?:联系|咨询|办公)?电话|地址|传真"
_CONTACT = re.compile(
    rf"^{_GAP}[（(]?{_GAP}(?:(?P<unit_label>联系单位|联系部门|咨询单位)|联系方式){_GAP}[：:]{_GAP}"
    rf"(?P<unit>{NAME}){_GAP}"
    rf"(?(unit_label)(?:$|[，,；;。）)])|(?:{_CHANNEL}))",
    re.M,
)
_NOT_A_NAME = re.compile(r"^(?:请|与|向|由|到|至|本|我|各)")


def contact_unit(text: str) -> Stated | None:
    """The unit a closing contact line names with its own channel, as written in ``text``,
    with its span; None where no such line is (see above)."""
    start = max(0, len(text) - _TAIL)
    tail = simplified(text[start:])
    for found in _CONTACT.finditer(tail):
        unit = found["unit"]
        if placed(unit) and not _NOT_A_NAME.match(unit):
            at, end = start + found.start("unit"), start + found.end("unit")
            return text[at:end], (at, end)
    return None
