"""Trial 54: under a 三公 budget heading, an item compared with last year's 实际支出 (因公出国(境)费
303万元,比2010年实际支出330.08万元,减少27.08万元) is budgeted: the figure compared with is no
statement of the section (924); and 公务用车购置与运行费 is the cars item as 购置及运行费 is. A
section whose own statements are of two kinds keeps its items unread. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.threepublic.section import comparand_free_kinds

HEAD = "样例委2031年“三公经费”支出和2032年“三公经费”预算情况的说明\n\n"


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


SECTION = (
    "二、2032年“三公经费”预算情况\n\n"
    "2032年,财政部批复我委“三公经费”支出预算总额60.5万元,比2031年实际支出70万元,减少9.5万元。"
    "其中:\n\n"
    "因公出国(境)费30万元,比2031年实际支出33万元,减少3万元;\n\n"
    "公务用车购置与运行费20万元,比2031年实际支出25万元,减少5万元;\n\n"
    "公务接待费10万元,比2031年实际支出12万元,减少2万元。\n"
)


def test_items_compared_with_last_year_s_spending_are_the_budget_s():
    got = dict.fromkeys(("30万元", "20万元", "10万元"))
    for written_as, kind in written(SECTION):
        if written_as in got:
            got[written_as] = kind
    assert got == {"30万元": "BUDGET", "20万元": "BUDGET", "10万元": "BUDGET"}


def test_a_figure_compared_with_is_no_statement_but_a_spending_one_is():
    text = "预算60.5万元,比2031年实际支出70万元"
    kinds = [(text.index("60.5万元") + 6, "BUDGET"), (len(text), "SPENDING")]
    assert comparand_free_kinds(text, kinds, 0, len(text)) == {"BUDGET"}
    text = "预算60.5万元,实际支出70万元"
    kinds = [(text.index("60.5万元") + 6, "BUDGET"), (len(text), "SPENDING")]
    assert comparand_free_kinds(text, kinds, 0, len(text)) == {"BUDGET", "SPENDING"}


def test_a_section_stating_spending_too_keeps_its_items_unread():
    body = SECTION.replace("比2031年实际支出70万元", "2031年实际支出70万元")
    got = [k for w, k in written(body) if w == "30万元"]
    assert got == [None]
