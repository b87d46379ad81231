"""Rule ``entrusted-report``: a government's report given by its reporter names the government.

A report to the people's congress or its standing committee (a budget's execution, a 财政决算)
is read out by an official for the government: "我受镇人民政府的委托,向大会报告…", "我受区人民
政府委托,向区人大常委会提出本区2020年财政决算报告". The words of that sentence are no unit
(``ourunit`` reads no name after 我受); the government it speaks for is the report's unit, named
where the opening writes it in full:

The government speaks in its own voice too, submitting the report to its congress: "现将我镇
2023年财政决算情况…及2024年财政预算(草案)提请镇人大会议审议" (trial 60's 1180, under the issuer
line 潮州市潮安区龙湖镇人民政府); its level is the one 我 names (我镇), read as the entrusting
government's below.

- the sentence itself, where it writes the place (我受样例县人民政府委托): that government;
- else a line above the sentence that is the government's name alone (上海市杨浦区人民政府
  under the title; trial 60's 1189): that name, as written;
- else the session line 在X第四届人民代表大会第九次会议上 (在X人大常委会第…次会议上): the
  place X whose congress hears it (常州市武进区湟里镇; trial 60's 1186), as the corpus names an
  area's accounts by the place written (``areaaccounts``).

A line or a session's place counts only where it ends on the entrusting government's level
(受镇人民政府: …湟里镇; 受区人民政府: …杨浦区人民政府) and opens on a place of its own before
it (常州市…, 上海市…): a level alone (在区二届人大常委会) names nothing. The sentence must be the
reporter's (我受…委托): a bureau's duty 受县人民政府委托,向县人大常委会报告… in its list of
duties (the corpus's 18) is no voice of the report, and no unit is read from it.
"""

from __future__ import annotations

import re

__all__ = ["entrusting_government"]

_LEVEL = r"(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟|镇|乡)"
_ENTRUSTED = re.compile(
    rf"我[ \t\u3000]*受[ \t\u3000]*(?P<government>(?P<place>[\u4e00-\u9fff]{{0,20}}?)"
    rf"(?P<level>{_LEVEL})[ \t\u3000]*人\s*民\s*政\s*府)[ \t\u3000]*(?:的[ \t\u3000]*)?委\s*托"
)
"""我受镇人民政府的委托, 我受区人民政府委托, 我受样例县人民政府委托: the reporter's words."""
_SUBMITTED = re.compile(
    r"现[ \t\u3000]*将[ \t\u3000]*我[ \t\u3000]*(?P<level>省|市|县|区|旗|镇|乡)"
    r"[^。\n]{0,80}?提[ \t\u3000]*请[ \t\u3000]*(?:[省市县区旗镇乡][ \t\u3000]*)?"
    r"(?:人[ \t\u3000]*大|人[ \t\u3000]*民[ \t\u3000]*代[ \t\u3000]*表[ \t\u3000]*大[ \t\u3000]*会)"
)
"""现将我镇2023年财政决算情况…提请镇人大会议审议: the government's own voice to its congress."""
_NOT_A_PLACE = re.compile(r"^(?:本|全|我|该|各|上级|同级)")
"""本区, 全县, 我镇, 该县: the area said, not named."""


def _place(level: str) -> str:
    """A place written in full ending on ``level``: a place of its own, then at least one
    more word (样例市某某区, 常州市武进区湟里镇)."""
    return rf"[\u4e00-\u9fff]{{1,12}}?{_LEVEL}[\u4e00-\u9fff]{{1,16}}?{re.escape(level)}"


def entrusting_government(head: str) -> tuple[str, tuple[int, int]] | None:
    """The government the reporter speaks for (see above), with its span in ``head``
    (simplified); None where no 我受…人民政府委托 is said or no full name is written."""
    said = _ENTRUSTED.search(head) or _SUBMITTED.search(head)
    if said is None:
        return None
    if said.re is _ENTRUSTED and said["place"]:
        if len(said["place"]) < 2 or _NOT_A_PLACE.match(said["place"]):
            return None
        return said["government"], said.span("government")
    place = _place(said["level"])
    lines = re.compile(rf"^[ \t\u3000]*(?P<unit>{place}人民政府)[ \t\u3000]*$", re.M)
    line = next(lines.finditer(head, 0, said.start()), None)
    if line is not None and not _NOT_A_PLACE.match(line["unit"]):
        return line["unit"], line.span("unit")
    session = re.compile(
        rf"在[ \t\u3000]*(?P<unit>{place})[ \t\u3000]*(?:第?[一二三四五六七八九十]+届\s*)?"
        r"(?:人\s*民\s*代\s*表\s*大\s*会|人\s*大\s*常\s*委\s*会)"
    )
    found = session.search(head, 0, said.start())
    if found is not None and not _NOT_A_PLACE.match(found["unit"]):
        return found["unit"], found.span("unit")
    return None
