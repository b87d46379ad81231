"""The unit a report speaks as, where the page's publisher is another: 我中心 under a bureau.

A bureau's site publishes the reports of the units under it: "发布机构 | 样例县民政局 |" over a
project report that says "我中心成立绩效评价工作组" and names "样例县某某服务中心" (forty-second
trial's 615). The text speaks as a 中心 (我中心; a 馆, 站, 院, 所 or 队 alike) that the
publisher is not: the reporter is the one placed unit of that kind the text names. Read only
where the publisher's name does not end on the pronoun's organisation word and the text
names exactly one such unit with its place (样例县…中心); a name it never writes in full
leaves the publisher standing (nothing is guessed).
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["voiced_unit"]

_VOICE = re.compile(r"我(?P<org>中心|馆|站|院|所|队)")
"""The text's own voice: 我中心, 我馆, 我站 (never 我局: a bureau is the usual publisher)."""
_JOINS = "年度与和及同由对向在"
"""Words a name may follow (2031年样例县…中心, …与样例县…中心): none is part of it."""
_PLACE = r"(?:中共)?[\u4e00-\u9fff]{1,6}?(?:自治州|自治县|省|市|县|区|州|旗)"


def voiced_unit(text: str, publisher: str) -> tuple[str, tuple[int, int]] | None:
    """The one placed unit the text names of the kind it speaks as, where ``publisher`` is
    not of that kind (see above); with its span. None otherwise."""
    plain = simplified(text)
    orgs = {found["org"] for found in _VOICE.finditer(plain)}
    if len(orgs) != 1:
        return None
    org = orgs.pop()
    if re.sub(r"\s+", "", publisher).endswith(org):
        return None  # a 中心 publishing its own report
    named = re.compile(
        rf"(?:(?<![\u4e00-\u9fff])|(?<=[{_JOINS}]))(?P<unit>(?![{_JOINS}]){_PLACE}[\u4e00-\u9fff]{{2,16}}?{org})"
        rf"(?![\u4e00-\u9fff]{{0,2}}(?:{org}))"
    )
    names: dict[str, tuple[int, int]] = {}
    for found in named.finditer(plain):
        names.setdefault(found["unit"], found.span("unit"))
    if len(names) != 1:
        return None
    (start, end) = next(iter(names.values()))
    return text[start:end], (start, end)
