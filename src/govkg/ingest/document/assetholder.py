"""The unit a budget note's state-assets section says holds the assets: its own name, where
nothing else names it (trial 58's 1092).

A note's template has a part on the state assets the unit holds, its sentence written with
本部门 or 我局 (四、国有资产占有情况 / 截至2019年12月31日,我局共有车辆10辆) or with the unit's
own name in their place: "四、国有资产占有情况 / 截止2017年底,政务中心共有固定资产211.79万元"
(1092, the tail of a 政务中心's budget note, its title and opening cut off; the body names it
so once more: 2018年政务中心专项资金192万元). The assets the note reports are the unit's own, so
the name that holds them, ending on an organisation word, is the unit, as the text writes it
(a short name stays short: no place is added). Read only on the line right under the
section's heading, the sentence opening on its date (截至/截止 …年底, …月…日), the name then
共有 and the assets (固定资产, 车辆, 公务用车, 房屋, 资产); asked last, where no title, field,
signature or other sentence names the unit. 本部门, 我局, 单位, 下属单位, 全县 are no names.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated
from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["asset_holder"]

_HOLDER = re.compile(
    r"国有资产(?:占有|使用)(?:使用)?情况[ \t\u3000]*\n[ \t\u3000]*"
    r"截[至止][ \t\u3000]*20\d\d\s*年[^，,。\n]{0,10}?(?:底|日)[ \t\u3000]*[，,][ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*共有[ \t\u3000]*(?:固定资产|车辆|公务用车|房屋|资产)"
)
_NOT_SELF = re.compile(rf"^(?:{NOT_A_NAME_START}|单位)")


def asset_holder(head: str) -> Stated | None:
    """The name the state-assets section's sentence says holds the assets, with its span in
    ``head`` (simplified); None where no such sentence is, or it names the unit by a pronoun."""
    found = _HOLDER.search(head)
    if found is None or _NOT_SELF.match(found["unit"]):
        return None
    return found["unit"], found.span("unit")
