"""A figure in 万 the excerpt ends on, its 元 cut, is read where the figure before it in its
sentence is in 万元 (trial 51's 834: …其中:(1)人大事务21073.73万元,用于…的基本支出;(2)新闻出版
51.44万| missed -> read, BUDGET as its list) (``text.cutyuan``). A bare 万 with words after it,
or in a sentence with no figure in 万元, stays unread as before. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract
from govkg.ingest.text.cutyuan import yuan_cut_at_end

LIST = (
    "样例委员会办公厅2031年部门预算说明\n"
    "一、基本支出\n"
    "基本支出2031年年初预算2600万元。其中:(1)人大事务2100万元,用于机关的基本支出;"
    "(2)新闻出版51.44万"
)


def money(text: str) -> dict[str, str | None]:
    given = Given(title="样例委员会办公厅2031年部门预算说明")
    return {m.as_written: m.kind for m in extract(text, "fictional.txt", given).money}


def test_the_last_item_cut_after_its_wan_is_read():
    got = money(LIST)
    assert "51.44万" in got
    assert got["51.44万"] == "BUDGET"


def test_a_bare_wan_with_words_after_or_no_yuan_before_stays_unread():
    text = LIST + "人次。\n"
    at = text.index("51.44")
    assert not yuan_cut_at_end(text, at, at + len("51.44万"))
    text = "一、概况\n全县共接待游客2100万人次;(2)新闻出版受众51.44万"
    at = text.index("51.44")
    assert not yuan_cut_at_end(text, at, at + len("51.44万"))
    text = "预算2600万元。(2)新闻出版51.44万"
    at = text.index("51.44")
    assert not yuan_cut_at_end(text, at, at + len("51.44万"))
