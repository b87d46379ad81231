"""Rule ``three-public-heading-place``: an area's 三公 note headed below its table names the area.

An area's 三公 note may come as its table first (单位:万元 | 项目 | 2022年预算数 | …), the
note's own heading only after it: "奉新县2023年“三公”经费预算增减变化情况说明" (trial 60's
1188; the county's whole, 全县县级部门汇总…“三公”经费预安排2415.44万元). The title is past
the opening's first lines, where ``report`` looks for a title, and the note was left unnamed;
the heading is still the note's title (glued after the table's last cell borders, | ||||奉新县…,
as the page was flattened): the place alone before its year (one to three place
names, as ``titleplace`` reads a title line) is the unit, as the corpus names an area's 三公
(217's 岳阳市, 1030's 南京市).

Read only where no stronger rule named a unit, and only a heading to its line's end, at the
line's start or after a table's border: the place,
the year, the 三公经费 and a note's title words (``words.NOTE_TITLE``) to the line's end. A
department between (样例县2031年度部门“三公”经费…), a unit before the year (样例县某局2031年…),
a sentence (现将样例县2031年…), two different places, none.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.words import NOTE_TITLE

__all__ = ["heading_place"]

_PLACE = r"[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟)"
_HEADING = re.compile(
    rf"(?:^|[|｜])[ \t\u3000|｜]*(?P<unit>(?:{_PLACE}){{1,3}})[ \t\u3000]*20\d\d[ \t\u3000]*年度?"
    rf"[ \t\u3000]*(?:{NOTE_TITLE})[ \t\u3000|｜]*$",
    re.M,
)
_NOT_A_PLACE = re.compile(r"^(?:现|就|关于|根据|按照|对|将|经|从|向|由|在|为|与|及|全|本|我)|的")
"""A verb, a link word or a pronoun first (现将样例县…, 全县…), or 的 inside: no place."""


def heading_place(head: str) -> tuple[str, tuple[int, int]] | None:
    """The place a 三公 note's heading line in ``head`` (simplified) opens on (see above), with
    its span; None where no such line is, or two name different places."""
    found = [m for m in _HEADING.finditer(head) if not _NOT_A_PLACE.search(m["unit"])]
    if len({m["unit"] for m in found}) != 1:
        return None
    return found[0]["unit"], found[0].span("unit")
