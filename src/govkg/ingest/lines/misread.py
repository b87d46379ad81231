"""A line whose figure the money reading reads otherwise states no amount.

The spending rules find a line's amount with a pattern of their own; the money reading
(``kinds/money``, then the form checks of ``extract``) reads each figure with more of the
text. Where a form's cells are glued (办公所需成本 | 4 | 15万元 | 15万元 | 4 printed as
"办公所需成本415万元15万元4"), the form's points prove the cut and the money reading takes
15万元; the spending pattern took 415万元, a figure the text never states. A line whose
amount ends where a money figure of another amount ends is such a misreading: it is left
out, as a line no reading of its kind supports is (``unspent``); the money figures stay.
"""

from __future__ import annotations

from collections.abc import Sequence

from govkg.ingest.facts import Line

__all__ = ["misread_keys"]


def misread_keys(lines: Sequence[Line], money: Sequence) -> set[str]:
    """The keys of the stated lines whose amount's figure, where it ends in the line's
    citation, the money reading reads as another amount and never as this one."""
    read_at: dict[int, set] = {}  # where a figure's writing ends -> the amounts read there
    for found in money:
        read_at.setdefault(found.cites[0].end, set()).add(found.amount)
    out = set()
    for line in lines:
        if line.amount is None or line.derived or not line.cites:
            continue
        amounts = read_at.get(line.cites[0].end)
        if amounts and line.amount not in amounts:
            out.add(line.key)
    return out
