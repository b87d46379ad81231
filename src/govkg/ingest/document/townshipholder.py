"""A fund's or a project's report titled by the township that holds it, written in the
township's voice: the township's government is its unit (trial 56).

"2021年度新晃县步头降苗族乡省级民族散居发展专项资金自评报告" (trial 56's 1016, read unnamed):
the title's words between its year and its genre are a fund (``titleunit.is_fund``) opening
on a placed township, 新晃县|步头降苗族乡, where a bureau's name would open them
(``titleunit.fund_holder`` reads only an office's: 局, 中心, 政府…). A township is a place as
much as a body, and a place may be where a bureau's project is built (银川市兴庆区月牙湖乡|滨河
家园垃圾转运站…: the corpus's 383, 兴庆区住房和城乡建设局's report); so the township holds the
fund only where the report speaks as it, 我乡 for a 乡, 我镇 for a 镇 (2021年我乡总共收到市级
民族散居专项资金15万元). Its unit is the township's government as the body names it in full,
the place written as the text writes it (新晃侗族自治县步头降苗族乡人民政府, the county's
whole name where the title writes it short, 新晃县), the name the corpus files townships under
(固始县祖师庙镇人民政府, 元阳县大坪乡人民政府); where the body names no such government, the
township as the title writes it (平昌县岳家镇, 昌宁县卡斯镇 in the corpus).
"""

from __future__ import annotations

import re

__all__ = ["township_holder"]

_TOWNSHIP = re.compile(
    r"(?P<place>(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗))+)"
    r"(?P<town>[\u4e00-\u9fff]{2,8}?(?<!城)(?P<word>[乡镇]))(?![村级镇街])(?=[\u4e00-\u9fff]{2,})"
)
"""新晃县|步头降苗族乡 opening a fund's words (城乡, 乡村, 乡镇, 镇级 are no township's end)."""
_PLACE_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,14}(?:省|市|县|区|州|旗)$")


def township_holder(head: str, words: str, after: int) -> tuple[str, tuple[int, int]] | None:
    """The township's government (or the township) whose fund a title's ``words`` (between
    its year and its genre, no spaces) name, with its span in ``head`` (the body's full name,
    or the title's words from ``after`` on), where the body speaks as the township (see
    above); None otherwise."""
    found = _TOWNSHIP.match(words)
    if found is None or not re.search(rf"[我本]{found['word']}", head):
        return None
    town, place = found["town"], found["place"]
    for named in re.finditer(re.escape(town) + r"人民政府", head):
        before = _PLACE_BEFORE.search(head, max(0, named.start() - 16), named.start())
        if before is None:
            continue
        at = before.group().find(place[:2])
        if at >= 0:  # the title's place, in full or short (新晃侗族自治县 for 新晃县)
            return head[before.start() + at : named.end()], (before.start() + at, named.end())
    written = head.find(found.group("place"), after)
    if written < 0:
        return None
    end = written + len(place) + len(town)
    return head[written:end], (written, end)
