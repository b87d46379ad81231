"""Trial 59's 1154: an untitled budget note from the middle of a PDF, its first line the page's
number alone (5 / (一)教育支出类科目 …元,占支出总预算82.27%,…), is a budget note as one cut
mid-sentence is (``kinds.budgetnote``): its 支出 figures are budgeted, not spent; the shares of
支出总预算 are of the note's 收支总预算 (``kinds.figureshares``).
"""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.extract import extract
from govkg.ingest.kinds.budgetnote import budget_note_year
from govkg.ingest.kinds.figureshares import share_bases

PAGED_NOTE = (
    "7\n"
    "(一)文化旅游体育与传媒支出类科目 85,008.30 元,占支出总预算78.33%,同比增加 4,350.06 元,"
    "增长 5.39%。\n"
    "(二)社会保障和就业支出类科目 23,512.33 元,占支出总预算21.67%,同比增加 812.00 元,"
    "增长 3.58%。\n"
    "四、财政拨款收支预算情况说明\n"
    "2035 年财政拨款收支总预算 108,520.63 元。收入包括:一般公共预算拨款 108,520.63 元;"
    "支出包括:文化旅游体育与传媒支出 85,008.30 元、社会保障和就业支出 23,512.33 元。\n"
    "五、一般公共预算支出情况说明\n"
    "2035 年本年一般公共预算拨款支出 108,520.63 元,其中:基本支出 103,710.63 元,"
    "项目支出 4,810.00 元。\n"
)


def test_a_budget_note_opening_on_its_page_number_is_a_budget_note():
    assert budget_note_year(PAGED_NOTE) == 2035
    read = kinds(PAGED_NOTE)
    assert [written for written, kind in read if kind == "SPENDING"] == []
    assert dict(read)["85,008.30 元"] == "BUDGET"


def test_a_page_number_before_no_budget_heading_or_before_accounts_is_none():
    assert (
        budget_note_year(PAGED_NOTE.replace("四、财政拨款收支预算情况说明", "四、其他情况")) is None
    )
    accounts = PAGED_NOTE.replace("预算情况说明", "决算情况说明")
    assert budget_note_year(accounts) is None
    year_line = PAGED_NOTE.replace("7\n", "2035\n", 1)  # a year alone is no page number
    assert budget_note_year(year_line) is None


def test_a_share_of_the_spending_budget_is_of_the_notes_total_of_both_sides():
    money = extract(PAGED_NOTE, "f.txt").money
    bases = share_bases(money)
    first = next(at for at, m in enumerate(money) if m.as_written == "85,008.30 元")
    assert money[bases[first]].label == "2035 年财政拨款收支总预算"
    one_side = PAGED_NOTE.replace("收支总预算 108,520.63", "收入总预算 108,520.63")
    money = extract(one_side, "f.txt").money
    first = next(at for at, m in enumerate(money) if m.as_written == "85,008.30 元")
    base = share_bases(money)[first]
    assert base is None or "收入" not in (money[base].label or "")
