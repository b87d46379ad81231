"""Funds 拨付 as a contract and the works' progress say are paid out (thirty-fourth trial).

A project report says how its own budget went to the builders:

    区级年初预算200万元专项资金,已严格按合同约定和施工进度及时足额拨付资金66.86万元

拨付 alone is the word of money handed down and received (REVENUE). But a 拨付 governed by a
contract's terms or the works' progress (按合同约定, 按(照)施工进度 / 工程进度 / 合同), in the
figure's own words, is the project paying its contractors: SPENDING. Not where the words
name another kind after the 拨付 (…拨付预算资金), nor where the money is still to be paid
(将按合同拨付, 未拨付: a plan or a debt keeps its reading), nor a 拨付 without such terms.
"""

from __future__ import annotations

import re

__all__ = ["contract_paid_kind"]

_TERMS = re.compile(
    r"(?:按(?:照)?|根据|依据)[^，,。；;\d]{0,4}?(?:合同|协议|施工进度|工程进度|项目进度)"
    r"(?P<between>[^，,。；;\d]{0,24}?|[，,])拨付(?P<after>[^，,。；;\d]{0,12})$"
)
"""The terms, then the 拨付: 按合同约定和施工进度及时足额拨付资金; 根据项目工程进度,拨付该项债券
资金 (trial 65's 1349, a county's bond-funds note: the works' progress said with 根据, its comma
right before the 拨付)."""
_FUND = re.compile(r"(?:该[项笔]?|此[项笔]?)?(?:专项)?(?:债券)?(?:资金|工程款|款项|款)?")
"""The money named after the 拨付: 资金, 工程款, 该项债券资金."""
_NOT_DONE = re.compile(r"将|拟|计划|预计|未|待|尚")


def contract_paid_kind(own: str, kind: str | None) -> str | None:
    """SPENDING for funds its own words say were 拨付 under a contract's terms or the works'
    progress (the rule above); else ``kind``."""
    if kind != "REVENUE":
        return kind
    found = _TERMS.search(own.rstrip())
    if found is None or not _FUND.fullmatch(found["after"].strip(" 了的")):
        return kind
    before = own[: found.start()][-6:]
    if _NOT_DONE.search(before) or _NOT_DONE.search(found["between"]):
        return kind
    return "SPENDING"
