"""A publisher field that writes the unit's usual short form, signed in full at the end
(fifty-third trial).

A reprint's 来源 line names the department by the short form its readers use, the place
kept: "来源:吉林省住建厅-文件信息" over a fund's self-evaluation signed "吉林省住房和城乡建设厅"
(trial 53's 896; 住建 for 住房和城乡建设, as 发改委 for 发展和改革委员会, 人社局 for 人力资源和
社会保障局). Both name one unit; the signature is the name the unit gives itself, so it is
read, as a signature ending with the publisher's name is (``issuerchain``). The short form is
read as the signature's only where both open on the same place, end on the same
organisation word, and the short name's words after the place are the signature's first
character and then others of it in order (住建 in 住房和城乡建设). A signature naming another
body of the place (吉林省财政厅 under 来源:吉林省住建厅) shares no such words and is not read.
"""

from __future__ import annotations

import re

__all__ = ["abbreviates"]

_PLACE = re.compile(
    r"^(?:中共)?(?:[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗))+"
)
_ORG_END = re.compile(r"(?:局|委员会|委|办公室|办|中心|院|所|站|队|厅|部|会|处|政府)$")


def abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` (a publisher field's name) is ``full`` (the signature's) written
    short: the same place, the same organisation word, the words between in order."""
    short, full = re.sub(r"\s+", "", short), re.sub(r"\s+", "", full)
    if len(short) >= len(full):
        return False
    brief, whole = _PLACE.match(short), _PLACE.match(full)
    if brief is None or whole is None or brief.group() != whole.group():
        return False
    end = _ORG_END.search(short)
    if end is None or not full.endswith(end.group()):
        return False
    words = short[brief.end() : end.start()]
    rest = full[whole.end() : len(full) - len(end.group())]
    if len(words) < 2 or not rest.startswith(words[0]):
        return False
    remaining = iter(rest)
    return all(char in remaining for char in words)
