"""Rule ``subordinate-count``: a department counting its own subordinate units, X下属共有N个
事业单位.

A bureau's budget note states its own 行政运行经费, then its subordinates' 事业运行经费 after
the sentence that counts them: 另外,梧州市民政局下属共有 6 个事业单位,事业运行经费总预算安排…
(trial 64's 1334, a fragment of a PDF from page 13, no title, the bureau named only there; read
unnamed before). The body that has the units counted is the one whose budget the note states
(a subordinate of it would say 是X下属事业单位, no count). Read only where nothing else names the
unit: a placed name at a clause's start (after 另外, 此外 too), then 下属 or 所属, 共有 or 有, a
number and 个…单位. A pronoun (本局下属), an unplaced name, or two different names read nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, placed

__all__ = ["subordinate_count"]

_COUNTED = re.compile(
    r"(?:^|(?<=[。；;，,：:\n]))[ \t\u3000]*(?:(?:另外|此外|同时)[ \t\u3000]*[，,]?[ \t\u3000]*)?"
    rf"(?P<unit>{NAME})[ \t\u3000]*(?:下属|所属)[ \t\u3000]*(?:共有|共|有)?[ \t\u3000]*"
    r"(?:\d+|[一二三四五六七八九十]+)[ \t\u3000]*个[ \t\u3000]*(?:二级|下属)?[ \t\u3000]*"
    r"(?:事业|行政|预算)?[ \t\u3000]*单[ \t\u3000]*位",
    re.M,
)
_NOT_SELF = re.compile(r"^(?:本|我|该|其|各|下属|所属|直属)")


def subordinate_count(head: str) -> tuple[str, tuple[int, int]] | None:
    """The placed unit counting its subordinate units in ``head`` (see above), with its first
    span; None where none does, or two different ones do."""
    found = [
        m for m in _COUNTED.finditer(head) if placed(m["unit"]) and not _NOT_SELF.match(m["unit"])
    ]
    if len({re.sub(r"\s+", "", m["unit"]) for m in found}) != 1:
        return None
    return found[0]["unit"], found[0].span("unit")
