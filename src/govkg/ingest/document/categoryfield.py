"""A site's category fields are no title (forty-ninth trial's 765).

A government portal files each page under categories it prints among the page's fields:
组配分类: 本部门决算, 主题分类: 财政, 体裁分类: 部门决算. A category is the site's shelf, not the
page's title: a county finance bureau's 2022年度中央转移支付…绩效自评报告 is shelved under
本部门决算, and reading that shelf as its title filed a project report as final accounts. A
genre's words inside a category field's value are passed over where the text names a genre
elsewhere; a page whose only genre words are its category keeps them (nothing else says).
"""

from __future__ import annotations

import re

__all__ = ["category_spans"]

_CATEGORY = re.compile(
    r"(?:组配分类|主题分类|体裁分类|信息分类)[ \t\u3000]*[：:][ \t\u3000]*(?P<value>[^\s|]*)"
)


def category_spans(head: str) -> list[tuple[int, int]]:
    """Where the values of the page's category fields stand in ``head``."""
    return [match.span("value") for match in _CATEGORY.finditer(head)]
