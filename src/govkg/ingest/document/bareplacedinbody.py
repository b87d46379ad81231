"""A unit that signs by its bare name, written placed once in the body, is named as the body
writes it (rule ``bare-placed-in-body``).

A zone's finance department signs its notice 财政金融部, its title 财政金融部关于2023年全区绩效
评价结果情况的通报, and names itself in full once in the body, after the verbs of its sentence:
将按照临汾经济开发区财政金融部关印发<…>的通知 (trial 64's 1336, read 财政金融部). The place before
the bare name, its sentence's link words (将, 按照, 根据…) left out, is the unit's own: the name
with it is the unit, as written. Read only for a name that holds no place of its own; the place
is three to twelve characters ending on a place word (市, 县, 区, 州, 旗, 盟: 开发区, 新区 too)
and holds no 的; two different places before the name read nothing. Asked of a signature only:
a page's publisher field (来源:农业农村局) is named as the page names it (heldout33's titles).
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["placed_in_body"]

_PLACED = re.compile(
    r"^(?:中共|中国)?[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)"
)
_LINK = re.compile(
    r"^(?:按照|根据|依据|关于|会同|联合|经过|通过|将|由|经|对|在|与|和|及|为|向|从|是|据|请|报)+"
)
_PLACE_END = re.compile(r"[市县区州旗盟]$")


def placed_in_body(
    text: str, found: tuple[str, tuple[int, int]]
) -> tuple[str, tuple[int, int]] | None:
    """The name of ``found`` (a signature's name and span) as the body of
    ``text`` writes it placed (see above), with that span; None where it writes none, or two."""
    name = re.sub(r"\s+", "", simplified(found[0]))
    if len(name) < 3 or _PLACED.match(name) or name[0] in "省市县区州":
        return None
    plain = simplified(text)
    placed: dict[str, tuple[int, int]] = {}
    for at in re.finditer(re.escape(name), plain):
        run = re.search(r"[\u4e00-\u9fff]{1,16}$", plain[max(0, at.start() - 16) : at.start()])
        if run is None:
            continue
        place = _LINK.sub("", run.group())
        if 3 <= len(place) <= 12 and _PLACE_END.search(place) and "的" not in place:
            start = at.start() - len(place)
            placed.setdefault(place + name, (start, at.end()))
    if len(placed) != 1:
        return None
    start, end = next(iter(placed.values()))
    return text[start:end], (start, end)
