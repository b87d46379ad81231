"""A news item whose headline opens on a unit and whose body speaks as it: that unit.

A local news site's item on a bureau's work is headed by the bureau's name and its work, and
the bureau speaks in the body (trial 61's 1210: 冷水江市财政局重点绩效评价工作积极推进 / …讯
(通讯员 …)…2021年,我局重点抽取了…共20个项目进行了绩效评价, unnamed before once its medium's
来源 line was set aside: ``newsmedium``). The headline's unit is the item's unit.

Read only where all hold: the text is a news item (…讯, 通讯员, 记者); a line in its opening
(after the site's breadcrumb, 首页 新闻服务 部门 …) opens on a placed name (``issuer.placed``:
冷水江市财政局) that ends on an organisation word, with words after it; and the body speaks as
that organisation (我局 for a 局, 我委 for a 委, 我中心 for a 中心). A headline on a bureau
whose body never says 我局 (市财政局下达资金…: the paper tells of it) names none, nor a name
with no place (市财政局…).

Or where the reporter names the headline's unit as the item's source, the same name (trial 61's
1219: 市财政局全力保障食品安全经费 / 本报讯(…记者…)日前,记者从市财政局了解到,…该局…; unnamed
before): a paper's item on what a body told it of its own money. Then a name relative to its
level's place (市财政局, written so throughout, no city) is read too, as written. A source other
than the headline's unit (记者从省财政厅获悉 under 山东…三公…: the corpus's 871) names none here.
"""

from __future__ import annotations

import re

from govkg.ingest.document.issuer import NAME, placed

__all__ = ["headline_unit"]

OPENING = 300  # characters in which the headline is looked for
_HEADLINE = re.compile(
    rf"^[ \t\u3000]*(?:首页[^\n]{{0,30}}?[ \t\u3000]+)?(?P<unit>{NAME})(?=[\u4e00-\u9fff]{{2,}})",
    re.M,
)
_NEWS = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日\s*讯|本\s*报\s*讯|记\s*者|通\s*讯\s*员")
_RELATIVE = re.compile(r"^[省市县区][\u4e00-\u9fff]{2,16}(?:局|委员会|委|办公室|中心|院|厅|政府)$")
"""市财政局: a name relative to its level's place, as a paper writes it."""
_SOURCE = r"记\s*者\s*(?:近\s*日|日\s*前)?\s*从\s*{}\s*(?:获\s*悉|了\s*解\s*到|得\s*知)"
_ORG_WORD = re.compile(r"(?:委员会|中心|局|委|院|办)$")


def headline_unit(head: str) -> tuple[str, tuple[int, int]] | None:
    """The unit a news item's headline opens on where its body speaks as it (see above), with
    its span in ``head`` (simplified); else None."""
    if not _NEWS.search(head):
        return None
    for found in _HEADLINE.finditer(head[:OPENING]):
        name = found["unit"]
        org = _ORG_WORD.search(name)
        if org is None:
            continue
        source = re.compile(_SOURCE.format(re.escape(name)))
        if (placed(name) or _RELATIVE.match(name)) and source.search(head, found.end()):
            return name, found.span("unit")  # 记者从市财政局了解到 under its headline
        if not placed(name):
            continue
        word = "委" if org.group() == "委员会" else org.group()
        if re.search("我" + word + r"(?![\u4e00-\u9fff]{0,1}[员会])", head[found.end() :]):
            return name, found.span("unit")
    return None
