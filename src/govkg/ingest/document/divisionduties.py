"""A project run by one division of the unit: "某市政府办公室信息科主要负责…" opening the
project's description (thirty-second trial's 395, a project report whose title names only
the year and the genre).

A unit's project may be described by the division that runs it, its duties first: the
division (…科, …股) belongs to the unit named before it, and the unit is the one whose money
the report states. Read only where nothing stronger names the unit, only a sentence that
opens its line with the name, the division and its duties (主要负责, 负责, 承担, 主要职责是);
a division named alone (信息科负责…), a pronoun first (本局信息科…), or a division of a body
that is no organisation's name names nothing; nor does a sentence that only mentions them
(项目由某局某股负责实施)."""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME
from govkg.ingest.text.namewords import NOT_A_NAME_START

__all__ = ["division_parent"]

_DIVISION_DUTIES = re.compile(
    rf"^[ \t\u3000]*(?P<unit>{NAME})(?P<division>[\u4e00-\u9fff]{{1,8}}?(?:科|股))"
    r"[ \t\u3000]*(?:主要负责|负责|承担|主要职责是)",
    re.M,
)
_NOT_A_NAME = re.compile(rf"^(?:{NOT_A_NAME_START}|本|我|该|其|各|下属|所属)|[由对向从将把被在的]")
"""A pronoun first, or a link word inside (项目由某局某股负责实施: a sentence, not a name)."""


def division_parent(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit whose division's duties open a line (see above), with its span in ``head``;
    None where no such line is."""
    for found in _DIVISION_DUTIES.finditer(head):
        if not _NOT_A_NAME.search(found["unit"]):
            return found["unit"], found.span("unit")
    return None
