"""Another organ's figures, quoted in a sentence of their own in a news item about one organ, are
OTHER (交通部去年“三公”支出10454.99万元,公车费用8256.08万元 in an item on 水利部: trial 54's 927);
a round-up of several organs in turn (932) and an organ approving the subject's budget (财政部批复
国土资源部…: 920) keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract

GIVEN = Given(title="水利部公开三公经费")


def read(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt", GIVEN).money]


def test_another_ministrys_figures_between_the_subjects():
    text = (
        "本报讯 昨天,水利部公布了2031年“三公经费”支出情况。\n"
        "2031年,水利部“三公”经费财政拨款决算数为12000万元。在已公布的部门中,水利部的公车费用最高,"
        "超过农业部。\n"
        "  农业部去年“三公”支出9000万元,公车费用7000万元,占78%。\n"
        "  水利部2031年因公出国(境)费财政拨款决算数为1000万元,公务接待费去年决算数为950万元。\n"
    )
    assert read(text) == [
        ("12000万元", "SPENDING"),
        ("9000万元", "OTHER"),
        ("7000万元", "OTHER"),
        ("1000万元", "SPENDING"),
        ("950万元", "SPENDING"),
    ]


def test_a_round_up_of_organs_keeps_each_organs_kinds():
    text = (
        "新华网北京7月19日电 中央和国家有关部门19日公布了“三公经费”情况。\n"
        "水利部去年“三公经费”财政拨款预算5000万元,全年支出决算4800万元。\n"
        "农业部2031年度“三公经费”预算数2400万元,全年支出决算2300万元。\n"
        "商务部2031年“三公经费”财政拨款支出6000万元,比2030年减少80万元。\n"
    )
    kinds = read(text)
    assert ("2400万元", "BUDGET") in kinds
    assert ("2300万元", "SPENDING") in kinds


def test_the_finance_ministry_approving_the_subjects_budget():
    text = (
        "水利部今天公布2031年度部门决算。\n"
        "数据显示,财政部批复水利部2031年“三公经费”财政拨款预算3000万元,实际支出2900万元。\n"
        "水利部2031年公务接待费支出500万元。\n"
    )
    assert read(text)[:2] == [("3000万元", "BUDGET"), ("2900万元", "SPENDING")]
