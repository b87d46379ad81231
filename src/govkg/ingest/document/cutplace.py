"""A publisher field whose name is cut inside its place's name is no name (thirty-fourth
trial's 446).

A page's 来源 may lose the first characters of a place: "来源:楼区财政局" for 岳阳楼区财政局,
which the form itself writes in full ("岳阳市岳阳楼区财政局(制)"). Read as it stands, 楼区 is
taken for a place and the report is merged into a bureau that does not exist. The field's
name is cut where it opens on a place (not on a level word alone: 区财政局 is a relative
name, ``relativepublisher``) and every time the text writes it again, the one or two
characters right before it make, with its place, a longer place that the text writes
standing alone elsewhere (岳阳|楼区财政局, and 岳阳楼区 opening a line). Such a name is never
taken; a name the text writes standing alone (南县财政局, 益阳市南县财政局), after a sentence's
words (项目实施主体保山市文化和旅游局: 主体保山市 is no place the text writes), or nowhere else,
keeps its reading.
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["cut_inside_place"]

_LEVEL = re.compile(r"^(?:[省市县区州旗盟]|自治[区州县])")
_PLACED = re.compile(r"^[\u4e00-\u9fff]{1,3}?(?:[省市县区州旗盟])(?=[\u4e00-\u9fff]{2})")
_PLACE_END = re.compile(r"[省市县区州旗盟]")
_CHARS = re.compile(r"[\u4e00-\u9fff]+")


def cut_inside_place(text: str, name: str, span: tuple[int, int]) -> bool:
    """Whether the publisher ``name`` (the field at ``span`` of ``text``) is cut inside its
    place's name: placed, written elsewhere only right after characters that, with its
    place, make a longer place the text writes standing alone (see above)."""
    name = re.sub(r"\s+", "", simplified(name))
    place = _PLACED.match(name)
    if _LEVEL.match(name) or not place:
        return False
    plain = simplified(text)
    rest = plain[: span[0]] + " " * (span[1] - span[0]) + plain[span[1] :]
    found = [m.start() for m in re.finditer(re.escape(name), rest)]
    return bool(found) and all(_runs_into_place(rest, at, place.group()) for at in found)


def _runs_into_place(text: str, at: int, place: str) -> bool:
    """Whether one or two characters before ``at`` make, with ``place``, a longer place that
    the text writes after a boundary (a line's start, a mark, a space, a level word) at
    another place than this one."""
    for width in (1, 2):
        chars = text[max(0, at - width) : at]
        if len(chars) < width or not _CHARS.fullmatch(chars) or _PLACE_END.search(chars):
            continue
        longer = re.compile(
            rf"(?:(?<![\u4e00-\u9fff])|(?<=[省市县区州旗盟])){re.escape(chars + place)}"
        )
        if any(m.start() != at - width for m in longer.finditer(text)):
            return True  # elsewhere: 对|青岚县财政局 is no place 对青岚县 where it stands
    return False
