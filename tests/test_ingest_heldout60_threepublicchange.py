"""Trial 60's 1197, a newspaper's two-paragraph item: 今年前5个月,全省“三公经费”支出13.5亿元,
比上年同期下降30.6%: refused before, the 三公 money stated once. The 三公's spending stated with
its change since the year before right after it, in a news item, is an outcome relayed, as a
三公 note's total is (``threepublicfigures.reports_three_public_change``): once is enough, and
the text is filed with the accounts, its year unstated (今年) left unknown. A budget (安排), a
spending with no change after it, the same sentence in no news item (trial 59's tests) or an
audit's finding stay refused. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.extract import extract

ITEM = (
    "样例报讯 昨日,记者从省财政厅获悉,今年前5个月,全省“三公经费”支出3.5亿元,"
    "比上年同期下降20.6%。\n今年以来,我省多措并举,建立厉行节约长效机制。\n"
)


def test_the_three_public_spent_and_its_change_is_read():
    doc = document(ITEM)
    assert doc.genre == "部门决算"
    assert doc.year is None
    assert doc.unit_named is False
    assert [m.as_written for m in extract(ITEM, "f.txt").money] == ["3.5亿元"]


@pytest.mark.parametrize(
    "text",
    [
        "样例报讯 今年全县安排“三公”经费500万元,比上年减少10%。\n",
        "样例报讯 今年前5个月,全省“三公经费”支出3.5亿元。厉行节约。\n",
        "今年前5个月,全省“三公经费”支出3.5亿元,比上年同期下降20.6%。厉行节约。\n",  # no news
        "审计发现,样例局“三公”经费支出12万元,比上年增长30%,超标准列支。\n",
    ],
)
def test_a_budget_no_change_or_an_audit_stays_refused(text):
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
