"""A project's name read where a unit's stands: never the issuer.

A project evaluation's title may put the project's name between its year and the genre's
words, as a whole department's puts its unit there: "2017年文化精品项目扶持绩效评价报告"
(forty-fifth trial's 672, whose body writes 2017年…“文化精品项目扶持”项目). Such words name
what was funded, not who reports on it; the issuer is then sought elsewhere, or left unnamed,
never the project. Words are a project's name where they end on no organisation word and
either hold 项目 (文化精品项目扶持, 某某项目建设) or the text writes them in quotes before 项目
or 资金 (“某某工程”项目). A name ending on an organisation word (某某项目管理中心, 项目办)
stays a unit's.
"""

from __future__ import annotations

import re

__all__ = ["names_a_project"]

_ORGANISATION_END = re.compile(
    r"(?:局|委员会|办公室|中心|院|所|站|队|厅|联合会|政府|法院|检察院|委|处|馆|园|校|协会"
    r"|学会|社|办|部|镇|乡|街道|社区|村|公司|集团|学|会|场|室|科|股|组)$"
)
_QUOTED = r"[“\"「『]\s*{}\s*[”\"」』]\s*(?:项目|资金|专项)"


def names_a_project(head: str, words: str) -> bool:
    """Whether ``words``, read where a unit's name stands, are a project's name (see above);
    ``head`` is the text's head, where a quoted project name may be written."""
    words = re.sub(r"\s+", "", words)
    if len(words) < 2 or _ORGANISATION_END.search(words):
        return False
    if "项目" in words:
        return True
    return bool(re.search(_QUOTED.format(r"\s*".join(map(re.escape, words))), head))
