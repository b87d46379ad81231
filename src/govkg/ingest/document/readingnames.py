"""A unit's name read through a mirror's readings (corpus round 18).

A mirror prints a reading after some characters (清遠(yuǎn)市生態(tài)環(huán)境局2019年度“三公”
經(jīng)費(fèi)…), which ``report`` blanks for matching: the name the body's sentence opens on is
then broken by blanks ("清远      市生态环境局") and no rule that reads a name from the body
(``issuer``, ``threepublic.opening``, ``selfevaluated``) finds it. Where none found it in the
blanked text, the same rules are tried once more with the blanks of readings closed up
(``readingfield.closed_up``), and the name's span is mapped back onto the blanked text, so
that the unit is written as the text writes it, readings and all. The rules are the same:
nothing is read here that they would not read in a text without readings."""

from __future__ import annotations

from collections.abc import Callable

from govkg.ingest.document.issuer import Stated
from govkg.ingest.document.readingfield import closed_up

__all__ = ["name_through_readings"]


def name_through_readings(find: Callable[[str], Stated | None], head: str) -> Stated | None:
    """What ``find`` reads in ``head`` with the blanks of readings closed up, its span
    mapped back onto ``head``; None where ``head`` has no such blanks or ``find`` reads
    nothing."""
    closing = closed_up(head)
    if closing is None:
        return None
    closed, kept = closing
    found = find(closed)
    if found is None:
        return None
    name, (start, end) = found
    if end <= start:
        return None
    return name, (kept[start], kept[end - 1] + 1)
