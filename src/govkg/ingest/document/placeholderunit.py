"""Rule ``placeholder-unit``: a template's subject written with its placeholder, X(单位).

A county's budget template writes its subject as 单位 and the unit fills its name in before it,
keeping the bracket: 襄州区伙牌镇政府(单位)主要职责是…, …(单位)内设机构共6个, 2025年襄州区伙牌镇
政府(单位)收入预算842.79万元 (trial 64's 1312, a town's 预算公开说明 whose title is no title of
the genre; read unnamed before: the introduction's rules read a name right before their verb,
and the bracket stands between). The unit is the name as written, the placeholder dropped, where
it is placed and the template fills it in at least twice, always the same name (a line the
page glued on before it, 平安建设办公室襄州区伙牌镇政府(单位), still ends on it). A pronoun (本
单位), an unplaced name, one mention, or two different names read nothing.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, placed

__all__ = ["placeholder_unit"]

_FILLED = re.compile(
    r"(?:^|(?<=[。；;：:，,\n])|(?<=年度)|(?<=年)|(?<=[、.．]))[ \t\u3000]*"
    rf"(?P<unit>{NAME})[ \t\u3000]*[（(][ \t\u3000]*单[ \t\u3000]*位[ \t\u3000]*[）)]"
    r"(?=[ \t\u3000]*[\u4e00-\u9fff])",
    re.M,
)
_NOT_SELF = re.compile(r"^(?:本|我|该|其|各|下属|所属|直属)")


def placeholder_unit(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a template's X(单位) subject names in ``head`` (see above), with its first span;
    None where none does, or where two different names do."""
    found = [m for m in _FILLED.finditer(head) if not _NOT_SELF.match(m["unit"])]
    if len(found) < 2:
        return None
    first = min(found, key=lambda m: len(m["unit"]))  # the name alone, not one glued on
    name = re.sub(r"\s+", "", first["unit"])
    # 平安建设办公室襄州区伙牌镇政府(单位): a list's last item glued on before the name
    if any(not re.sub(r"\s+", "", m["unit"]).endswith(name) for m in found):
        return None
    if not placed(name):
        return None
    return first["unit"], first.span("unit")
