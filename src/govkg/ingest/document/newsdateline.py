"""A news item's dateline is no part of the unit's name that follows it.

A news site relaying a unit's accounts opens on its lead: the agency, the place and the day
(中新网7月17日电, 新华社北京7月17日电(记者 某某)), a source (据中国政府网消息,), or 本报讯. The
title rule reads a title's words up to the year, and where the lead runs straight into the
unit with no comma, the lead was read into the name (trial 51's 820: 中新網7月17日電 中國科學院
2014年度部門決算今天公布 read 中新網7月17日電中國科學院; 844, 据中国政府网消息,国务院办公厅
2013年度部门决算, is kept right by its comma). The lead is cut off; an agency, a site or a
date alone is never the unit: where nothing is left after it, the title names none.

A lead announcing the organ's accounts reads as a title to the title rule, its verb and day
read into the name: 中新网7月19日电科技部今日在其官方网站公布2011年度部门决算 (trial 54's
923, read 科技部今日在其官方网站公布). The clause after the name, a day, a site and the verb
(公布, 发布, 公开), is the lead's too (``without_announcing``): the name is what is before it.
So are a site written straight after the name and a pronoun after the verb that names the
same body again: 近日,中国社科院网站公布该院“三公经费”财政拨款情况说明。 (trial 55's 963).
"""

from __future__ import annotations

import re

__all__ = ["ON_SITE", "without_announcing", "without_dateline"]

_DATELINE = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电讯]"
    r"(?:\s*[（(][^）)]{0,20}[）)])?"
    r"|本报讯|本网讯|据[\u4e00-\u9fff]{2,16}?(?:消息|报道)[，,:：]?)\s*"
)
"""中新网7月17日电, 新华社北京7月17日电(记者 某某), 本报讯, 据某某网消息: a lead, not a name."""


def without_dateline(words: str) -> str:
    """``words`` (a title's unit words, simplified) without a news lead opening them."""
    return _DATELINE.sub("", words, count=1)


ON_SITE = (
    r"(?:在\s*其?\s*(?:官\s*方)?\s*(?:网\s*站|官\s*网|门\s*户\s*网\s*站|网\s*上)(?:\s*上)?"
    r"|(?:官\s*方)?\s*(?:网\s*站|官\s*网|门\s*户\s*网\s*站)(?:\s*上)?)"
)
"""Where a lead says the body published (在其官方网站, 在官网上), or its site written straight
after its name (中国社科院网站公布…, trial 55's 963): no part of the name (a site's 站 is no
station's)."""
_ANNOUNCING = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:首次|日前|近日|今天|今日|昨天|昨日|\d{1,2}月\d{1,2}日|\d{1,2}日)?"
    rf"{ON_SITE}?(?:公布|发布|公开)了?(?:该(?:院|部|局|署|委|厅|办|所|中心|会)|其)?$"
)
"""…今日在其官方网站公布: the lead's clause after the name, ending on the title's year; the
site named without 在 and the note's owner named again by a pronoun after the verb (中国社科院
网站公布该院“三公经费”财政拨款情况说明: trial 55's 963, read 中国社科院网站公布该院)."""


def without_announcing(words: str) -> str:
    """``words`` (a title's unit words, simplified, no spaces) without an announcing clause
    closing them (科技部今日在其官方网站公布 → 科技部)."""
    return _ANNOUNCING.sub("", words, count=1)
