"""The page's publisher field (发布机构: …), and a unit's name a form cell wrote short.

A government page's furniture names who published it: "发布机构: 零陵区林业局", "来源: …",
or as a metadata table's cells, "索引号 | … | 发布机构 | 腾冲市林业和草原局 |" (fourth held-out
trial: the ``|`` cell was not read). ``report`` takes it where the body names no unit.

A form's 单位名称 cell may have lost its first characters to OCR (" 陵区林业局", the same
trial). Where the publisher field ends with the cell's name and adds at most two characters
before it, that field writes the same unit in full and is taken instead; never where it adds
more (a place and a different unit: 零陵区 vs 永州市零陵区…) or does not end with it.

A town publishes its own page under its name, placed by its county ("发布机构 | 样例县某某镇 |",
twenty-sixth trial's 334: the town's 三公 budget table): the town (its government) is the
publisher; a bare 某某镇 or a name going on past 镇 (…镇卫生院 is read by its 院) is not this.

A page may list its metadata, each label alone on its line and its value on the next,
often as bullets ("• 发布机构 / • 保山市文化和旅游局", twenty-ninth trial's 365): the name on
the line after the label is the publisher. A publisher may carry its second name in brackets
(发布机构 宁国市文化和旅游局(广播电视局), the same trial's 364): the bracket is part of the name,
not cut before its closing mark.

A bureau may publish a school's report: where the text speaks as a school (我校, 本校) and
the publisher is no school, it is not the reporter (thirteenth round: 发布机构 昌宁县
教育体育局 over a school's self-assessment that names no school): the unit stays unnamed.
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["PUBLISHER", "publisher_in_full", "speaks_as_another"]

_SCHOOL_VOICE = re.compile(r"[我本]校")
_SCHOOL = re.compile(r"(?:校|中学|小学|学院|大学|幼儿园)$")


def speaks_as_another(text: str, publisher: str) -> bool:
    """Whether ``text`` speaks as a school (我校) that ``publisher`` is not."""
    return bool(_SCHOOL_VOICE.search(simplified(text))) and not _SCHOOL.search(publisher)


_ORG = (
    r"(?:局|委员会|委|办公室|办|中心|院|所|站|队|厅|部|会|处|政府|法院|检察院|馆|园|校|政协"
    r"|供销社|合作社)"
)
# 供销社, 合作社: a county's co-operative union publishes its own report (发布机构 昌宁县供销社:
# thirty-seventh trial's 497); a news agency (…社) is no publisher of the genre
_BRACKETED = (
    r"(?:[^\s，。；:：|（）()]|[（(][^\s，。；:：|（）()]{1,20}[）)]){3,39}"
    + _ORG
    + r"(?:[（(][\u4e00-\u9fff]{2,20}"
    + _ORG
    + r"(?:、[\u4e00-\u9fff]{2,20}"
    + _ORG
    + r")*[）)])?"
)
"""A name whose brackets close within it (中共样例县委(县政府)办公室), then its second name in
brackets, part of it (宁国市文化和旅游局(广播电视局): twenty-ninth trial's 364); a bracket
that closes what stands around the name ((来源:样例局)) is none of it."""
_TOWN = r"[\u4e00-\u9fff]{1,8}[县市区旗][\u4e00-\u9fff]{1,6}(?:镇|乡|街道)(?=[\s|，。；]|$)"
"""A town's own page: 发布机构 | 昌宁县卡斯镇 | (its county before it, the cell ending on it)."""
_SHORT_OFFICE = (
    r"(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff]{2}|[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff][ \u3000])"
    r"(?:办|局)(?=[ \t\u3000|，。；\n]|$)"
)
"""An office the page names short, by its work alone (来源: 扶贫办 时间: …, thirty-ninth
trial's 547): a relative name, kept as written; two characters and 办 or 局, the cell ending
on it (本网站, 本局 are none). A county portal spaces such a name out to the width of its
cell (发布机构: 水 利 局, forty-third trial's 638): one blank after each character, the same
name."""
PUBLISHER = re.compile(
    r"(?:(?:发布机构|发文单位|发文机构|来源|信息来源)[ \t\u3000]*(?:[：:|][ \t\u3000]*){1,2}"
    # a metadata row with spaces for cells: 索引号 0152…-5-/2020-0628009 发布机构 保山市商务局
    r"|(?<![\u4e00-\u9fff])(?:发布机构|发文单位)[ \t\u3000]+"
    # a metadata list: the label alone on its line, the name on the next (• 发布机构 / • X局)
    r"|(?<![\u4e00-\u9fff])(?:发布机构|发文单位)[ \t\u3000]*\n[ \t\u3000]*(?:[•·●▪◦][ \t\u3000]*)?)"
    rf"(?P<unit>{_BRACKETED}|{_TOWN}|{_SHORT_OFFICE})"
)
"""The page's publisher, up to its organisation word (a joined line runs on: …财政局目录);
its 发文单位 too, the label and the name as cells (发文单位: | 鄂州市行政审批局 |), or a
metadata row whose cells are spaces only (发布机构 保山市商务局, twenty-seventh trial)."""
LOST = 2  # characters at most a cell may have lost at its start


def publisher_in_full(text: str, unit: str) -> tuple[str, tuple[int, int]] | None:
    """The publisher's name and span where it writes ``unit`` in full (see above)."""
    short = re.sub(r"\s+", "", unit)
    if len(short) < 4:
        return None
    found = PUBLISHER.search(simplified(text[:1500]))
    if found is None:
        return None
    name = found["unit"]
    if name != short and name.endswith(short) and len(name) - len(short) <= LOST:
        start, end = found.span("unit")
        return text[start:end], (start, end)  # as written: 發布機構 is matched as simplified
    return None
