"""Rule ``three-public-level-area``: a city's (county's, district's) own level named with the
city, X市本级 or X市2016年市本级, in the sentence that opens its 三公 total.

``areatotal`` reads the sentence that states the total with the area before it. A finance
bureau's note, or a paper quoting it, may name the area once, with its level, in the lead, and
state the total after it with the level alone (trial 64):

- 1331, the city's note: 根据百色市…批准的百色市本级2024年预算,2024年市本级一般公共预算安排的
  公务接待费、因公出国(境)费、公务用车购置及运行维护费(以下简称“三公”经费)支出预算安排情况如下:
  / 2024年,一般公共预算安排的“三公”经费支出共计3923万元;
- 1325, a paper: 记者从市财政局了解到,东莞市2016年市本级“三公”决算汇总表及情况说明公布,
  数据显示,2016年市本级“三公”支出合计为9615.12万元.

The area is the unit, as the corpus names a city's level total (1185 青島市, 206 宜宾市, 999
广州市). Asked: X市本级 or X市 YYYY年 市本级 (the level word the area's own: 县本级 after X县),
the area two to four characters and its place word, standing after a mark or a link word (的,
据: 批准的百色市本级 is 百色市), never a time (今年市本级), in a sentence that names the 三公;
and the text's 三公 total stated with an amount. One area only: two areas with their levels
read nothing. A text that speaks as a unit (本单位, 我局, 本部门: a department's note under
its city's budget) is the unit's, never the area's.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.words import QUOTED

__all__ = ["level_area"]

_LEVEL = re.compile(
    r"(?P<word>[市县区])[ \t\u3000]*(?:20\d\d[ \t\u3000]*年度?[ \t\u3000]*(?P=word)[ \t\u3000]*)?"
    r"本[ \t\u3000]*级"
)
_BOUNDARY = re.compile(r"[^\u4e00-\u9fff]|[的据将对在为由经是和与及了从]")
"""What stands before an area's name: a mark or a space, or a link word (批准的百色市本级)."""
_NOT_AN_AREA = re.compile(r"^[全我本该各其此]|[的据将对在为由经是和与及了从年月日]")
"""No area's name: 全市, 我市, a link word inside, or a time (今年市本级: the corpus's 876, a
paper's 今年 before the level, 本市 its only name for Shanghai)."""
_THREE = re.compile(r"三[ \t\u3000]*公")
_TOTAL = re.compile(
    r"三[ \t\u3000]*公[^。\n]{0,40}?"
    r"(?:合[ \t\u3000]*计|共[ \t\u3000]*计|总[ \t\u3000]*额|总[ \t\u3000]*计)"
    r"[^。\n]{0,6}?\d[\d,]*(?:\.\d+)?[ \t\u3000]*(?:万元|亿元|元)"
)
_OWN_VOICE = re.compile(
    r"本单位|我单位|本部门|我部门|[我本](?:局|委|院|中心|办|所|站|校|馆|厅|处|会)"
)
_SENTENCE = re.compile(r"[^。！!？?\n]*")


def level_area(head: str) -> tuple[str, tuple[int, int]] | None:
    """The area whose own level's 三公 total ``head`` (simplified) states (see above), with its
    span; None where none, or two areas, are named so, or the text speaks as a unit."""
    if _TOTAL.search(head) is None or _OWN_VOICE.search(head):
        return None
    found: dict[str, tuple[int, int]] = {}
    for level in _LEVEL.finditer(head):
        end = level.start() + 1  # the area's place word is the level's own
        area = None
        for size in (4, 3, 2):  # the longest name standing after a boundary
            start = level.start() - size
            if start < 0 or _NOT_AN_AREA.search(head[start : level.start()]):
                continue
            if not re.fullmatch(r"[\u4e00-\u9fff]+", head[start : level.start()]):
                continue
            if start == 0 or _BOUNDARY.match(head[start - 1]):
                area = (start, end)
                break
        if area is None:
            continue
        sentence_start = max(head.rfind("。", 0, level.start()), head.rfind("\n", 0, level.start()))
        sentence = head[sentence_start + 1 :]
        sentence = _SENTENCE.match(sentence).group()
        if _THREE.search(sentence) or re.search(QUOTED, sentence):
            found.setdefault(head[area[0] : area[1]], area)
    if len(found) != 1:
        return None
    return next(iter(found.items()))
