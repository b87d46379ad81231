"""Rule ``area-accounts``: a title that names a place alone, then the year of its
government's accounts, names the area as the report's unit (twenty-ninth trial's 372).

An area's own 决算 note may be titled by the area, not by an organisation: "样例台商区2031年
政府预决算相关重要事项说明", "样例县2031年财政决算情况说明", "样例市2031年全市收支决算". No
title word of the family is there (``report`` finds no genre), yet the note is the area's
whole accounts, and the corpus names such a unit by the area as the title writes it (岳陽縣,
重庆市黔江区, 长乐区: ``threepublic.summed``). Read only on the title line (the first line with
words), where it opens on a place alone (names ending on 省/市/县/区/州/旗/盟, nothing
between them and the year), and the year is followed by the government's or the area's
level (政府, 财政, 全区, 本级, 区级) and 决算 (预决算 too). A place before a department
(样例县财政局2031年…决算) is no place alone; a budget alone (…2031年政府预算…) is no accounts;
a line that is a sentence (现就样例县2031年政府决算…说明如下:) is no title.

Trial 60's 1182, the same Fujian template as the corpus's 372 with its title lost: the text
opens on its sentence (…将2022年区本级财政总决算相关重要事项说明如下:), and the area is named
first where its accounts' first sentence opens a line: "2022年度蕉城区本级一般公共预算支出数为
459989万元" (``accounts_area_in_body``). Read only where the opening says it explains an area's
财政总决算 (or 政府预决算, 财政决算) 相关重要事项, and only a line opening on the year, the
place alone (本级 after it) and its 一般公共预算收入/支出 with its figure; a department there
(2031年度样例区某局一般公共预算…) is no place alone, and 全区, 本区 name none.
"""

from __future__ import annotations

import re

__all__ = ["accounts_area", "accounts_area_in_body"]

_PLACE = r"[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟)"
_AREA_ACCOUNTS = re.compile(
    rf"[ \t\u3000]*(?P<unit>(?:{_PLACE}){{1,3}})[ \t\u3000]*20\d\d[ \t\u3000]*年度?[ \t\u3000]*"
    r"(?:政\s*府|财\s*政|全\s*[省市县区州旗盟]|本\s*级|[省市县区州旗盟]\s*级)[ \t\u3000]*"
    r"(?:[\u4e00-\u9fff]\s*){0,4}?(?:预\s*)?决\s*算"
)


_SENTENCE = re.compile(r"[，,。；;：:]|如下")
"""A sentence's marks: a line with them (现就…说明如下:) is no title."""
_NOT_A_PLACE = re.compile(r"^(?:现|就|关于|根据|按照|对|将|经|从|向|由|在|为|与|及)|的")
"""A verb or a link word first (现就样例区…), or 的 inside: a sentence's words, not a place
(和平区 is one: only the first words are looked at)."""


def accounts_area(head: str, title: tuple[int, int]) -> re.Match | None:
    """The area (group ``unit``) the title line at ``title`` opens on, where it titles the
    area's government accounts (see above); None otherwise."""
    if _SENTENCE.search(head, title[0], title[1]):
        return None
    found = _AREA_ACCOUNTS.match(head, title[0], title[1])
    return None if found is None or _NOT_A_PLACE.search(found["unit"]) else found


_MATTERS = re.compile(
    r"(?:财\s*政\s*总\s*决\s*算|政\s*府\s*预\s*决\s*算|财\s*政\s*决\s*算)"
    r"[^。\n]{0,6}?相\s*关\s*重\s*要\s*事\s*项\s*说\s*明"
)
"""…区本级财政总决算相关重要事项说明如下: the area's accounts' notes (Fujian's template)."""
_BODY_AREA = re.compile(
    rf"^[ \t\u3000]*20\d\d[ \t\u3000]*年度?[ \t\u3000]*(?P<unit>(?:{_PLACE}){{1,3}})"
    r"[ \t\u3000]*(?:本\s*级)?[ \t\u3000]*一\s*般\s*公\s*共\s*预\s*算\s*(?:收\s*入|支\s*出)"
    r"\s*(?:决\s*算\s*)?数?\s*(?:为|是)?\s*\d",
    re.M,
)


def accounts_area_in_body(head: str) -> tuple[str, tuple[int, int]] | None:
    """The area whose 财政总决算 notes ``head`` (simplified) opens on, named by the first
    sentence of its accounts (see above), with its span; None otherwise."""
    if not _MATTERS.search(head):
        return None
    found = _BODY_AREA.search(head)
    if found is None or _NOT_A_PLACE.search(found["unit"]) or found["unit"][0] in "全本我该各":
        return None
    return found["unit"], found.span("unit")
