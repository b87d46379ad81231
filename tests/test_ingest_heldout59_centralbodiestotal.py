"""Trial 59's 1141, a news item on the central accounts: 2015年中央行政事业单位财政拨款的“三公”
经费支出合计53.73亿元. The central level's whole 三公 total, named by the bodies that spend it
as the accounts report writes it, is read as 中央本级's is (``threepublic.areatotal``, the
corpus's 967, 968, 1021, 1039): the unit as written. Unnamed before (its total said 合计). A
bare 中央 with no level or bodies, a total with no year, or the bodies' share of something
else name no unit."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.threepublic.areatotal import area_total

LEAD = "本报北京6月29日电(记者某某)财政部部长今天作2035年中央决算报告。\n"


def test_the_central_bodies_total_names_the_unit_as_written():
    text = (
        LEAD
        + "报告显示,2035年中央行政事业单位财政拨款的“三公”经费支出合计43.21亿元,比预算数减少1.2亿元。\n"
    )
    doc = document(text)
    assert doc.unit == "中央行政事业单位"
    assert doc.year == 2035


def test_中央本级_still_read_with_合计():
    found = area_total("2035年中央本级“三公”经费支出合计43.21亿元。")
    assert found is not None
    assert found[0] == "中央本级"


def test_no_level_no_year_or_a_share_names_none():
    assert area_total("记者获悉,2035年中央“三公”经费合计43.21亿元。") is None
    assert area_total("记者获悉,中央行政事业单位“三公”经费支出合计43.21亿元。") is None
    text = "记者获悉,2035年中央行政事业单位“三公”经费中,某某部占12%,金额5.1亿元。"
    assert area_total(text) is None
