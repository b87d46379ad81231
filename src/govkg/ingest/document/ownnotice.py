"""A unit named by the notice it says it issued for the evaluation (twentieth trial's 253).

A project's self-evaluation without a title may name its unit only in the steps it took:
"…并制发《保山市交通运输局关于做好2020年绩效自评…的通知》" in a text that speaks of itself as
我局 (下达我局…项目经费). The notice's issuer, named at the head of its title (X关于…), is the
unit that says it issued it, the report's own unit. Read only where nothing else names the
unit, and only where all of it holds:

- the verb is the speaker's own issuing (制发, 印发, 下发, 制定), with no name of another
  unit before it in its clause (市财政局印发《…》 is the finance bureau's notice), never
  转发 (a notice forwarded is another's) nor a notice cited (按照《X关于…》, 根据《…》);
- the name is placed (保山市…局) and ends on an organisation word;
- the text speaks as that organisation (我局 for …局, 我委 for …委, 我中心 for …中心).
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, ORG, Stated, placed

__all__ = ["own_notice"]

_ISSUED = re.compile(rf"(?:制发|印发|下发|制定)了?[ \t\u3000]*《(?P<unit>{NAME})[ \t\u3000]*关于")
_CLAUSE = re.compile(r"[^。；;，,！!\n]*$")
_OTHER_NAME = re.compile(NAME)
_SHORT = {"委员会": "委", "办公室": "办", "人民政府": "政府"}
"""The organisation word as the pronoun says it: 我委 for …委员会, 我办 for …办公室."""


def own_notice(head: str) -> Stated | None:
    """The issuer of the notice the text says it issued, where it speaks as that issuer
    (see above); None otherwise."""
    for found in _ISSUED.finditer(head):
        unit = found["unit"]
        clause = _CLAUSE.search(head, 0, found.start()).group()
        if not placed(unit) or _OTHER_NAME.search(clause):
            continue
        org = re.search(ORG + "$", unit)
        if org is None:
            continue
        word = org.group()
        if re.search(f"我(?:{word}|{_SHORT.get(word, word)})", head):
            return unit, found.span("unit")
    return None
