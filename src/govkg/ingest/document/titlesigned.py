"""A title that names its unit by the usual short form, signed at the end with the whole name
(trial 62's 1257).

A people's body's budget note is titled by the name its readers use, "肇庆市文联2016年部门收支
预算公开", and signed over its date with the name it gives itself, "肇庆市文学艺术界联合会". Both
name one unit; the signature is the whole name, so it is read, as the corpus reads a publisher's
short form signed in full (``shortpublisher``: 吉林省住建厅 → 吉林省住房和城乡建设厅) and a body's
办 signed 办公室 (``signedinfull``).

Read only where the signature, a line of its own in the text's last lines, opens on the same
place as the title's name, and the title's words after the place open on the signature's first
character, stand in it in order, and end on a character of the signature's organisation word
(文联 in 文学艺术界联合会: 文…联, its 联 the 联合会's). A signature naming another body of the
place (肇庆市财政局 under 肇庆市文联…) shares no such words; one of another place (临夏州… under
临夏市…) is another unit, and so is one that adds words after the title's whole name (样例县
某局 signed 样例县某局信息中心: a body under it): the title's name stands.
"""

from __future__ import annotations

import re

from govkg.ingest.entities.orgwords import ORG
from govkg.ingest.text.namewords import in_order
from govkg.ingest.text.simplified import simplified

__all__ = ["signed_whole"]

_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:自治区|自治州|自治县|省|市|县|区|州|盟|旗))+")
_TAIL = 400  # characters at the end in which the signature stands
_LINE = re.compile(r"^[ \t\u3000]*(?P<unit>[\u4e00-\u9fff]{4,40})[ \t\u3000]*$", re.M)
_ORG_END = re.compile(ORG + "$")


def signed_whole(text: str, short: str) -> tuple[str, tuple[int, int]] | None:
    """The signature's whole name and its span in ``text`` where it writes the title's
    ``short`` name in full (see above); None where no signature does."""
    short = re.sub(r"\s+", "", short)
    place = _PLACE.match(short)
    if place is None or len(short) - place.end() < 2:
        return None
    words = short[place.end() :]
    start = max(0, len(text) - _TAIL)
    signed = list(_LINE.finditer(simplified(text[start:])))
    if not signed:
        return None
    found = signed[-1]  # the last one: the signature
    full = found["unit"]
    ending = _ORG_END.search(full)
    if not full.startswith(place.group()) or ending is None:
        return None
    whole = full[place.end() :]
    if (
        len(whole) <= len(words)
        or whole.startswith(words)  # X局 signed X局信息中心: a body under it, not it
        or whole[0] != words[0]
        or not in_order(words, whole)
        or words[-1] not in ending.group()
    ):
        return None
    first, last = start + found.start("unit"), start + found.end("unit")
    return text[first:last], (first, last)
