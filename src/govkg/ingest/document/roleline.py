"""A line that states a role of the project, not a signature (twelfth trial).

``report`` takes a line at the end that is only a unit's name as the report's signature. A
project report may end its overview with lines that each state one role:

    主管部门为海口国家高新区管委会(行政主管部门)
    项目业主为海口国家高新区管委会

Such a line ends on an organisation word like a signature, but its words are ``role 为
name``: the name is what comes after 为 (or 是, or a colon). The project's own holder
(项目业主, 项目单位, 预算单位, 实施单位, 建设单位, 申报单位) is the unit whose project the
report assesses: its name, cut after the role, signs it. Another body's role (主管部门,
主管单位, 监理单位, 施工单位, 设计单位, 代建单位, 审计单位, 中标单位) names no signer: the
line is passed over.
"""

from __future__ import annotations

import re

__all__ = ["role_cut"]

_OWN = re.compile(
    r"^(?:项目业主|项目单位|预算单位|(?:项目)?(?:实施|建设|申报|承担)单位)"
    r"[ \t\u3000]*(?:为|是|[:：])[ \t\u3000]*"
)
_OTHER = re.compile(
    r"^(?:(?:项目)?主管(?:部门|单位)|(?:监理|施工|设计|代建|审计|中标|承建)单位)"
    r"[ \t\u3000]*(?:为|是|[:：])"
)


def role_cut(line: str) -> int | None:
    """Where the signer's name starts in ``line`` (0 for a plain name; after 项目业主为…);
    None for a line stating another body's role (see above)."""
    if _OTHER.match(line):
        return None
    own = _OWN.match(line)
    return own.end() if own else 0
