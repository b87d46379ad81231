"""A township's own report with no title naming it: the township it describes and speaks as.

A township's project self-evaluation may have lost its title and open on its template's first
heading (一、项目概况 / (一)项目单位基本情况), describing the township that holds the project,
"松木塘镇地处桃江偏远乡镇,距县城39公里,辖14个行政村", and then speaking as it, "建立健全我镇
村级组织运转经费保障机制" (trial 65's 1340, read unnamed). The township is the unit, named as the
text writes it, as the corpus files townships whose government the text never names (平昌县
岳家镇, 昌宁县卡斯镇; ``townshipholder``).

Only where a sentence opens on the township and describes it as a place of its own (位于, 地处,
辖, 下辖, 共有…行政村), the text speaks as a township of the same word (我镇 for a 镇, 我乡 for
a 乡), and every township so described is the same one. A bureau's report describing the
township where its project is built (样例镇位于…。我局…) has no township's voice and reads
nothing; two townships described read nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["township_voice"]

_DESCRIBED = re.compile(
    r"(?:^|[。；;！!\n])[ \t\u3000]*(?P<town>[\u4e00-\u9fff]{2,12}?(?<![城村])(?P<word>[乡镇]))"
    r"[ \t\u3000]*[，,]?[ \t\u3000]*(?:位于|地处|下?辖|共有[^。\n]{0,8}行政村)",
    re.M,
)
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|乡|镇|[在从对向与和经由为到于据按将把])")
"""A pronoun, a level, or a preposition opening the clause (在青岚镇…: no subject)."""


def township_voice(head: str) -> tuple[str, tuple[int, int]] | None:
    """The township ``head`` describes and speaks as (see above), with its span; None where
    none is, or two are."""
    found = {}
    for match in _DESCRIBED.finditer(head):
        if _NOT_A_NAME.match(match["town"]):
            continue
        found.setdefault(match["town"], match)
    if len(found) != 1:
        return None
    match = next(iter(found.values()))
    if f"我{match['word']}" not in head:
        return None
    return match["town"], match.span("town")
