"""A 三公 note whose sentence opens on its year, then names its unit as the subject:
"2016年,市人大“三公”经费预算为168.53万元" (twenty-fourth trial's 309, a note with no title).

The year and its comma lead the sentence; the words between the comma and “三公”经费 are
whose 三公 money it is, and the figures that follow are that unit's budget or accounts. The
unit is written as the note writes it (市人大, 县政协, 区应急局: a relative name, the place
the host's), never completed. Read only where those words end on an organisation word (a
people's congress, 人大, too); a pronoun (我局, 本单位), a whole area (全市, 各部门), a level
(市级) or a bare place (样例县) names no unit, and the note stays unnamed.
"""

from __future__ import annotations

import re

from govkg.ingest.text.namewords import NOT_A_NAME_START
from govkg.ingest.threepublic.words import QUOTED

__all__ = ["year_subject"]

_ORG = (
    r"(?:委员会|办公室|办事处|管理处|中心|联合会|人民政府|人大常委会|人大|政协|法院|检察院"
    r"|局|委|办|厅|院|所|站|队|处|馆|镇|乡|街道)"
)
_SENTENCE = re.compile(
    r"(?:^|[。；;！!\n])[ \t\u3000]*20\d\d\s*年度?[ \t\u3000]*[，,][ \t\u3000]*"
    rf"(?P<unit>[\u4e00-\u9fff（）()]{{1,30}}?{_ORG})[ \t\u3000]*(?:财\s*政\s*拨\s*款\s*)?"
    rf"{QUOTED}\s*(?:财\s*政\s*拨\s*款\s*)?(?:支\s*出\s*)?(?:预\s*算|决\s*算|支\s*出)",
    re.M,
)
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|上述|以下|部门|单位)")
OPENING = 1500


def year_subject(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a 三公 sentence opening on its year names as its subject (see above), with
    its span in ``head``; None where no such sentence names one."""
    for found in _SENTENCE.finditer(head[:OPENING]):
        if not _NOT_A_NAME.match(found["unit"]):
            return found["unit"], found.span("unit")
    return None
