"""A relative publisher's full name found through a mirror's readings (forty-seventh trial).

A mirror prints a reading after some characters of the publisher field and of the title
alike: "來源:宣州區(qū)應急管理局" above "宣城市宣州區(qū)應急管理局(…)轉移支付…報告". The rules
that name a relative publisher in full (``relativepublisher``, ``citypublisher``) match the
publisher's characters, and a reading inside its name (區(qū)) breaks the match: the district
is no longer followed by two characters, the name no longer runs on. Where the page has
readings, the rule is asked again on the text and the name with the readings taken out, and
the full name's span is mapped back onto the text: the unit is written as the text writes
it, readings and all. The rules are the same: nothing is read here that they would not read
on a page without readings."""

from __future__ import annotations

from collections.abc import Callable

from govkg.ingest.document.publisherreadings import past_reading
from govkg.ingest.text.amounts import PINYIN

__all__ = ["in_full_through_readings"]

Finder = Callable[[str, str], tuple[str, tuple[int, int]] | None]


def in_full_through_readings(
    find: Finder, text: str, publisher: str, reach: int = 3000
) -> tuple[str, tuple[int, int]] | None:
    """What ``find`` (text, publisher) names in full with the readings taken out of both,
    as ``text`` writes it with its span; None where the text has no reading or ``find``
    names nothing."""
    bare_publisher = PINYIN.sub("", publisher)
    head = text[:reach]
    kept: list[int] = []
    at = 0
    for reading in PINYIN.finditer(head):
        kept.extend(range(at, reading.start()))
        at = reading.end()
    if at == 0:
        return None  # no readings: the rule has been asked already
    kept.extend(range(at, len(head)))
    found = find("".join(head[i] for i in kept), bare_publisher)
    if found is None:
        return None
    _, (start, end) = found
    if end <= start:
        return None
    start, end = kept[start], past_reading(text, kept[end - 1] + 1)
    return text[start:end], (start, end)
