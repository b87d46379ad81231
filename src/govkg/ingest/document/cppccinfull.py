"""A title's 政协 of a place, written in full by the body: the committee's official name.

A CPPCC committee titles its note by the name its readers use, the place and 政协 (吕梁市政协
2018年部门预算说明), and its body opens on the official name: 中国人民政治协商会议吕梁市委员会
于2004年成立,下设一厅一室六委 (trial 63's 1277, read 吕梁市政协). 政协 is the short form of
中国人民政治协商会议…委员会, its place inside the name, so no rule reading a short name in full
(``issuer.same_unit``, ``spelledout``: the short name's characters in order) saw it. The corpus
writes the official name wherever the text gives it (266 中国人民政治协商会议山东省委员会…, 99
中国人民政治协商会议云南省寻甸回族彝族自治县委员会; 797's 区政协, written in full nowhere, stays).

Read only where the title's name is a place and 政协 and nothing else, and a line or a sentence
opens on 中国人民政治协商会议 (or 政协) with the same place, a province before it or not, then
委员会, and no office after it: the committee's 办公厅 / 办公室 (…委员会办公厅, a page's
发文机关) is another unit, never read for the committee.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import Stated
from govkg.ingest.document.spelledout import PLACE

__all__ = ["cppcc_in_full"]

_START = r"(?:^|(?<=[。；;！!\n|]))[ \t\u3000]*"


def cppcc_in_full(head: str, short: str) -> Stated | None:
    """The committee's official name the body opens a sentence on, for the title's
    ``short`` place-and-政协 name (see above), with its span; None where none is written."""
    short = re.sub(r"\s+", "", short)
    place = PLACE.match(short)
    if place is None or short[place.end() :] != "政协":
        return None
    pattern = re.compile(
        _START + r"(?P<unit>(?:中国人民政治协商会议|政协)(?:[\u4e00-\u9fff]{1,6}?省)?"
        rf"{re.escape(place.group())}委员会)(?!办|机关|[\u4e00-\u9fff]{{0,8}}?(?:委员会|办公))",
        re.M,
    )
    found = pattern.search(head)
    return (found["unit"], found.span("unit")) if found else None
