"""A publisher's second nameplate in brackets, written in full with its own place: the
first name is the unit (fifty-third trial).

One office may carry two nameplates, and a district's portal writes both in its 来源 line:
"来源:上海市闵行区农业农村委员会(上海市闵行区集体资产监督管理委员会)" over a project's
self-evaluation of the 农业农村委 (trial 53's 917: its breadcrumb 闵行区农业农村委员会, its
body 区农业农村委农发科). The bracket repeats the place in full: it is a second body's own
whole name, not part of the first's, and the report is the first's. A bracket that does not
repeat the place continues the one name and stays part of it, as the corpus reads it:
宁国市文化和旅游局(广播电视局) (twenty-ninth trial's 364), 宁国市财政局(市国资委、市金融监管局)
(47th trial's 720), 县财政局(县国资委、县金融监管局) (765) keep their brackets. And the first
name is read alone only where the page writes it alone elsewhere, its place in full or in
part (917's breadcrumb: 政府部门 > 闵行区农业农村委员会): a page that names the office only by
both plates (the twenty-ninth trial's 样例市体育局(样例市体育总会办公室)) keeps both.
"""

from __future__ import annotations

import re

__all__ = ["first_plate"]

_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)){1,3}")
_PLATES = re.compile(r"^(?P<first>[^（()）]{4,40})[（(](?P<second>[^（()）]{4,40})[）)]$")


_LEVEL = re.compile(r"(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗)")


def first_plate(name: str, text: str) -> str | None:
    """The first name of ``name`` where a bracket closing it holds a second whole name
    opening on the same place, and ``text`` writes the first name alone elsewhere, its
    place in full or in part (see above); None otherwise."""
    plates = _PLATES.match(re.sub(r"\s+", "", name))
    if plates is None:
        return None
    first = plates["first"]
    place = _PLACE.match(first)
    if place is None or len(place.group()) < 3:
        return None
    if not plates["second"].startswith(place.group()):
        return None
    # the first name, or it after each of its place's levels (闵行区农业农村委员会)
    forms = [first] + [first[m.end() :] for m in _LEVEL.finditer(place.group())]
    forms = [form for form in forms if len(form) >= 4 and form != first[place.end() :]]
    for form in forms:
        for found in re.finditer(re.escape(form), text):
            if not re.match(r"[ \t\u3000]*[（(]", text[found.end() :]):
                return first
    return None
