"""The words that open no unit's name, shared by every rule that reads one from a sentence,
and the test every rule uses for a name written shorter or in full.

A sentence's subject may be a pronoun (我局, 本单位, 该项目, 其), a whole (各部门, 全县) or a
relation (所属, 下属, 相关单位): none names a body, so a rule that finds one where a name
would stand reads nothing there. Each rule may add words of its own (上述, 以下, 部门…).
"""

from __future__ import annotations

__all__ = ["NOT_A_NAME_START", "in_order"]

NOT_A_NAME_START = r"我|本|该|其|各|全|所属|下属|相关"
"""Alternatives for a regex: words at the start of a would-be name that make it none."""


def in_order(short: str, full: str) -> bool:
    """Whether every character of ``short`` stands in ``full`` in the same order (信阳市政府
    幼儿园 in 信阳市政府机关幼儿园): the one test of a name written shorter or in full."""
    rest = iter(full)
    return all(char in rest for char in short)
