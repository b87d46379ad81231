"""A note with no title naming its unit, whose attachment line names the unit's own table.

A 三公 note may open straight on its figures in the unit's voice, "2018年政协机关“三公”经费预算数
为20.1万元…", and end on the table it is the note of: "附件:肥西县政协办2018年部门“三公”经费支出
预算表" (trial 65's 1368, read unnamed). The table is the unit's own (its name, then the year,
then what the table is), and the note explains it: the name is the note's unit, as the corpus's
notes attach theirs (附件:河南省红十字血液中心 2023 年单位预算表, 附件:天水市麦积区博物馆2017度
部门决算表).

Read only as a last resort, where nothing else names the unit, and only on a line that opens on
附件 and names an organisation (its word ends the name: …局, …办, …中心), then a year, and ends
on a table (…表, a download mark after it or not). An attachment naming a year first (附件:
2017年长乐区“三公”经费…表: an area's table), a form with no name (附件:1.人大代表之家建设项目绩效
目标自评表) or a file that is no table reads nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME
from govkg.ingest.text.simplified import simplified

__all__ = ["attached_table_unit"]

_ATTACHED = re.compile(
    r"^[ \t\u3000]*附\s*件\s*\d?[:：][ \t\u3000]*(?:\d{1,2}\s*[.、．][ \t\u3000]*)?"
    rf"(?P<unit>{NAME})[ \t\u3000]*\d{{4}}[ \t\u3000]*年度?"
    r"[^\n。，,；;]{0,30}?表(?:[（(][^）)\n]{0,6}[）)]|\[[^\]\n]{0,6}\])?[ \t\u3000]*$",
    re.M,
)


def attached_table_unit(text: str) -> tuple[str, tuple[int, int]] | None:
    """The unit whose own table the attachment line names (see above), with its span in
    ``text``; None where no such line is, or two name different units."""
    found = {m["unit"]: m.span("unit") for m in _ATTACHED.finditer(simplified(text))}
    if len(found) != 1:
        return None
    (first, last), = found.values()  # as written (附件:肥西縣政協辦2018年… on a mirror)
    return text[first:last], (first, last)
