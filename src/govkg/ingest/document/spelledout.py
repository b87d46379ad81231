"""A title's short name that the body spells out in full, the same place before it (trial 53).

A 三公 note titles its unit by the short name its readers use and writes it in full in the
body's first sentence: "昆明市科技局2018年部门一般公共预算财政拨款“三公”经费支出决算情况说明"
over "昆明市科学技术局部门2018年度一般公共预算财政拨款“三公”经费支出预算为…" (trial 53's 884).
The unit is the one name, written in full where the text writes it so, as ``issuer.same_unit``
reads a name the body gives with its place added (北塔区委网信办 → 中共邵阳市北塔区委网信办)
and ``definedshort`` one the text defines (…,以下简称某某管理处).

Read only where the body's name opens a line or a sentence, starts with the same place as
the title's, ends on the same organisation word, and holds the title's other characters in
order (科技局 in 科学技术局, 住建厅 in 住房和城乡建设厅, 发改委 in 发展和改革委员会). A
subordinate (昆明市科技局信息中心: another organisation word), another place's bureau, or a
name holding the short one whole (read by the rules before) is never this one.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import Stated
from govkg.ingest.entities.orgwords import ORG

__all__ = ["spelled_out"]

PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗))+")
"""Where the name is (昆明市, 吉林省): the title's and the body's must be the same."""
_START = r"(?:^|(?<=[。；;！!\n|]))[ \t\u3000]*"
_ENDING = re.compile(ORG + "$")


def spelled_out(head: str, short: str) -> Stated | None:
    """The first name in ``head`` that writes the title's ``short`` in full (see above),
    with its span; None where none does."""
    short = re.sub(r"\s+", "", short)
    place = PLACE.match(short)
    ending = _ENDING.search(short)
    if place is None or ending is None:
        return None
    rest = short[place.end() :]
    if len(rest) < 3 or len(rest) <= len(ending.group()):
        return None
    body = re.escape(place.group()) + rf"[\u4e00-\u9fff]{{{len(rest)},24}}?"
    pattern = re.compile(_START + rf"(?P<unit>{body}{re.escape(ending.group())})", re.M)
    for found in pattern.finditer(head):
        full = found["unit"]
        tail = full[place.end() :]
        if short in full or not tail.startswith(rest[0]):
            continue
        chars = iter(tail)
        if all(char in chars for char in rest):
            return full, found.span("unit")
    return None
