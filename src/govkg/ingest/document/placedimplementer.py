"""A project titled by its place whose body says which of the place's bureaus carries it out:
"五华区2023年某某建设项目绩效评价报告" over "由区某某局实施五华区2023年某某建设项目" (thirty-fifth
trial's 458).

The title names a place and a project, no unit (the project is a fund, ``titleunit.is_fund``);
the body names the unit that carries the project out, written short as the place's own
people write it (区农业农村局: the 区 is the title's 五华区). The unit is the place with that
name: the place as the title writes it, the name after its level word as the body writes it,
both cited. Read only where the body's name opens on the place's own level word (区 for a
区, 县 for a 县) and the sentence says it carries the project out (由X实施, 由X负责实施, 项目
由X组织实施); a name placed in full, another level's (由市某局实施 under a 区), a company, a
pronoun (由我局实施) or another verb (由区财政局下达) is not this.
"""

from __future__ import annotations

import re

from govkg.ingest.threepublic.titleplace import title_place_before_year

__all__ = ["placed_implementer"]

_ORG = r"(?:委员会|办公室|办事处|中心|局|委|办|厅|站|所)"
_CARRIES_OUT = re.compile(
    rf"由[ \t\u3000]*(?P<level>[省市县区州旗])(?P<rest>[\u4e00-\u9fff]{{2,20}}?{_ORG})"
    r"[ \t\u3000]*(?:负责|牵头|组织)?[ \t\u3000]*实施"
)


def placed_implementer(
    head: str, line_start: int, year_start: int
) -> tuple[str, list[tuple[int, int]]] | None:
    """The unit (the title's place and the body's name after its level word) and the two
    spans cited, where a project's title opens on a place alone and its body says a bureau
    of that place's level carries the project out; None otherwise."""
    place = title_place_before_year(head, line_start, year_start)
    if place is None:
        return None
    name = place["unit"]
    for found in _CARRIES_OUT.finditer(head, year_start):
        if name.endswith(found["level"]):
            return name + found["rest"], [place.span("unit"), found.span("rest")]
    return None
