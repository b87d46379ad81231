"""A 三公 note that names its unit short in its opening sentence and in full in its body.

"区直工委2020年一般公共预算“三公”经费支出预算为0.36万元" opens the note on the name its
readers use; further on, the body writes the unit in full, "中共宣城市宣州区直属机关工作委员会
共有车辆0辆" (thirty-first trial's 393). The short name is no name to cite alone (it has no
place), but a placed name in the same text that writes the short one's characters in order,
its organisation word ending the same way (委 → 委员会), is that unit in full. A placed name
that does not (another bureau, a fund's source) is never taken: the note stays unnamed.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, Stated, placed
from govkg.ingest.text.namewords import in_order

__all__ = ["note_in_full"]

_SHORT_OPENING = re.compile(
    r"(?:^|[。；;\n])[ \t\u3000]*(?P<short>[\u4e00-\u9fff]{2,8}?(?:委|办|局|会|院|中心))"
    r"[ \t\u3000]*20\d\d\s*年度?[ \t\u3000]*(?:一般公共预算|财政拨款)?[ \t\u3000]*"
    r"[“\"']?三公[”\"']?经费",
    re.M,
)
"""The note's sentence opening on a short name, its year, then its 三公 经费."""
_SUBJECT = re.compile(r"(?:^|[。；;，,\n])[ \t\u3000]*(?P<run>[\u4e00-\u9fff]{4,40})", re.M)
"""The words opening a sentence or a clause (下降的原因是…改革,X共有车辆0辆): the name is the
longest run of them ending on an organisation word (…政协|机关事务管理局, not …政协)."""
_LEAD = re.compile(r"^(?:根据|按照|依据|由|对|在|为|与|经|将|向|从)")
_ORG_FULL = {"委": "委员会", "办": "办公室", "会": "会"}


def _writes_in_full(full: str, short: str) -> bool:
    """Whether ``full`` writes ``short``'s characters in order, ending on its organisation
    word or that word in full (…工委 → …工作委员会)."""
    last = short[-1]
    if not full.endswith((short[-2:], _ORG_FULL.get(last, last))):
        return False
    return in_order(short, full) and len(full) > len(short) + 2


def note_in_full(head: str) -> Stated | None:
    """The placed name that writes in full the short name a 三公 note's sentence opens on,
    with its span in ``head``; else None."""
    opening = _SHORT_OPENING.search(head)
    if opening is None or placed(opening["short"]):
        return None
    short = opening["short"]
    for match in _SUBJECT.finditer(head):
        run = match["run"]
        if _LEAD.match(run):
            continue  # the clause's subject is not this name
        for end in range(len(run), len(short) + 2, -1):
            name = run[:end]
            if re.fullmatch(NAME, name) and placed(name) and _writes_in_full(name, short):
                return name, (match.start("run"), match.start("run") + end)
    return None
