"""A provincial department's voice (我厅) under a publisher that is no 厅: a republished page.

A district's portal republishes what a province's department wrote: "发布机构: 明山区人民
政府" over a self-evaluation of 2019年度财政支持深化民营和小微企业 whose writer says "我厅及时
拨付资金" and speaks of 我省's pilot cities 鞍山市 and 辽阳市 (forty-ninth trial's 768). A 厅
is a department of a province (or of a provincial government's office, 办公厅): a district's
government, a county's bureau or a city's office that publishes the page is not the one
that says 我厅, and it is no reporter (``portalpublisher`` kept the district's government
because the text speaks of 我省, an area's voice). The publisher is set aside; where the text
names no 厅 the unit stays unnamed (the writer is never guessed from 我省 or the cities).

Only 我厅 is read so: 我局, 我委, 我中心 are the usual voices of the units that publish their
own reports (a 中心 under a bureau's page is ``ownvoice``'s), and 我省, 我市 are said by any
unit of the place. A publisher ending on 厅 (样例省财政厅, 省政府办公厅) keeps its reading.
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["speaks_as_department"]

_DEPARTMENT_VOICE = re.compile(r"我厅")


def speaks_as_department(text: str, publisher: str) -> bool:
    """Whether ``text`` speaks as a department (我厅) that ``publisher`` is not (no 厅)."""
    if not _DEPARTMENT_VOICE.search(simplified(text)):
        return False
    return not simplified(re.sub(r"\s+", "", publisher)).endswith("厅")
