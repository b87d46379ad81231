"""The page's publisher field read through a mirror's readings.

A mirror prints a reading after some characters of the page's metadata
too: "發(fā)布機(jī)構(gòu) | 样例市農(nóng)業(yè)農(nóng)村局 |" (the thirtieth trial's 384).
Neither the label nor the name is then whole, and ``publisher.PUBLISHER``
finds no field. Where it finds none in the page's head, the readings are
taken out, the field is looked for again, and the name's span is mapped back
onto the text: the unit is written as the text writes it, readings and all.
The rule is ``publisher``'s: nothing is read here that it would not read on a
page without readings."""

from __future__ import annotations

from govkg.ingest.document.publisher import PUBLISHER
from govkg.ingest.text.amounts import PINYIN
from govkg.ingest.text.simplified import simplified

__all__ = ["past_reading", "publisher_through_readings"]


def publisher_through_readings(text: str, reach: int = 1500) -> tuple[str, str, tuple] | None:
    """(the publisher as simplified without readings, as written, its span in ``text``) where
    the head of ``text`` has readings and a publisher field read through them; else None."""
    head = simplified(text[:reach])
    kept: list[int] = []
    at = 0
    for reading in PINYIN.finditer(head):  # 發(fā): a reading after a character
        kept.extend(range(at, reading.start()))
        at = reading.end()
    if at == 0:
        return None
    kept.extend(range(at, len(head)))
    found = PUBLISHER.search("".join(head[i] for i in kept))
    if found is None:
        return None
    start, end = kept[found.start("unit")], past_reading(text, kept[found.end("unit") - 1] + 1)
    return found["unit"], text[start:end], (kept[found.start()], end)


def past_reading(text: str, end: int) -> int:
    """Where a name ending at ``end`` ends with the reading a mirror wrote after its last
    character (委員會(huì)): the name as written keeps all its readings, the last one too."""
    reading = PINYIN.match(text, end)
    return reading.end() if reading else end
