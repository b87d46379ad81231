"""A title line's unit read through a mirror's readings (trial 57).

A mirror prints a reading after some characters, in the title's line too: "永仁縣工業(yè)信息化
商務科學技術局公開永仁縣農特產品深加工園區(qū)基礎設施建設專項債券資金項目績效評價報告" (trial 57's
1056). ``report`` blanks the readings for matching ("永仁县工业    信息化商务科学技术局…"), so
the rules that read the unit heading a title's line before a fund's words (``fundline``, a
name ending on an organisation word before the genre: ``report._BEFORE_GENRE``, the line above
the title…) meet a name broken by blanks and read none; the same line without its readings
(永仁县工业信息化商务科学技术局公开…) is read 永仁县工业信息化商务科学技术局. Where the title's
rules read no unit in the blanked head, they are asked once more with the blanks of readings
closed up (``readingfield.closed_up``), and the spans they cite are mapped back onto the
blanked head, so that the name is written as the text writes it, readings and all
(永仁縣工業(yè)信息化商務科學技術局). The rules are the same: nothing is read here that they
would not read in the text without its readings (the class of ``readingnames``, for a body's
sentence, and ``readingfield``, for a form's field)."""

from __future__ import annotations

from collections.abc import Callable

from govkg.ingest.document.readingfield import closed_up

__all__ = ["title_through_readings"]


def title_through_readings(
    read: Callable[[str], tuple[str, int | None, list[tuple[int, int]]]], head: str
) -> tuple[str, int | None, list[tuple[int, int]]] | None:
    """What ``read`` (the title's rules: unit, year, spans) reads in ``head`` with the blanks
    of readings closed up, the spans mapped back onto ``head``; None where ``head`` has no
    such blanks or ``read`` reads no unit."""
    closing = closed_up(head)
    if closing is None:
        return None
    closed, kept = closing
    unit, year, spans = read(closed)
    if not unit:
        return None
    mapped = [(kept[start], kept[end - 1] + 1) for start, end in spans if end > start]
    return unit, year, mapped
