"""A mark after a unit's name that says which accounts it files, not who files them.

The accounts' scope is written after the name, in brackets or glued on: 林业局(本级) (the
body's own), 城市管理局(系统) / (部门) (with its subordinates), 样例镇(汇总) or a form's
部门:样例镇汇总 (their sum; twenty-fourth trial's 306); and the level of the budget the
accounts belong to, 封开县人民法院省级部门决算 (a court's accounts kept in the province's
budget: twenty-fourth trial's 303). None is part of the name: the unit is the body. Cut only
where what is left ends on an organisation word (a name), so a word that merely ends on
these characters stays whole; a union's or a chamber's name ends on 会 (样例区总工会本级 is
样例区总工会's own accounts: thirtieth trial's 386), as a committee's on 委员会.

A bracket after the name saying what else the accounts include (包括 / 包含 / 含 …) is their
scope too: 锡林郭勒盟文物保护管理站(包括锡盟博物馆)关于2015年部门决算情况 (trial 56's 1003) is
the station's accounts, its museum's with them; the unit is the station. A bracket giving
the body's other names (区民宗局(外侨办), …财政局(市国资委、市金融监管局): one body, several
plates) opens on no such word and stays part of the name.
"""

from __future__ import annotations

import re

__all__ = ["without_scope"]

_MARK = re.compile(
    r"(?:[（(](?:本级|系统|部门|汇总)[）)]|本级|汇总|(?:省|市|县|区|州|乡|镇)级"
    r"|[（(](?:包括|包含|含)[^（()）]{2,30}[）)])$"
)
_NAME_END = re.compile(
    r"(?:局|委员会|办公室|中心|院|所|站|队|厅|联合会|政府|法院|检察院|委|处|馆|园|校|协会|学会"
    r"|社|办|部|镇|乡|街道|办事处|会)$"
)


def without_scope(name: str) -> str:
    """``name`` without the scope or level mark after it (see above); as it was where no
    mark ends it or where what is left would end on no organisation word."""
    bare = _MARK.sub("", name)
    return bare if bare != name and _NAME_END.search(bare) else name
