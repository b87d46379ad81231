"""Trial 56's 1013: a news item whose reporter names its source short (记者从市发改委获悉) and
writes the same body in full opening the clause of the money it reports (日照市发改委争取省区域
战略推进专项资金1亿元) is that body's, read unnamed before (``newssource``). A source never
written in full, a full name whose clause states no money and a meeting as the source name
none. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.newssource import news_source

UNNAMED = "（未署名的报告单位）"

ITEM = (
    "1月20日,省发改委近日联合通报2031年度省区域战略推进专项资金绩效评价情况,记者从市发改委获悉,"
    "样例市对专项资金使用和项目执行情况进行独立绩效评价。\n"
    "2031年,{subject}争取省区域战略推进专项资金1亿元,扶持了全市22个重点项目建设。本次专项资金绩效"
    "评价,由第三方机构组织人员成立评价小组,从决策、管理、产出和效果四个方面进行评价。绩效评价报告认为,资金对所支持"
    "领域起到了较好的支持和带动作用。\n"
    "(记者 某某 通讯员 某某)\n"
)


def test_the_reporters_source_written_in_full_over_its_money_is_the_unit():
    assert document(ITEM.format(subject="样例市发改委")).unit == "样例市发改委"


def test_scrambled_clauses_read_the_same():
    scrambled = (
        "本次专项资金绩效评价,分全实地考察、省最记者从市发改委获悉,样例对专项资金使用情况进行独立"
        "绩效评价。年度\n2031年,项资效评高出全省平均分2.86分,样例市发改委争取省区域战略推进专项资金"
        "1亿元,年度根据省级重点项目绩效评价共性指标体系框架。\n(记者 某某)\n"
    )
    at = scrambled.index("样例市发改委")
    assert news_source(scrambled) == ("样例市发改委", (at, at + 6))


def test_a_source_never_written_in_full_names_none():
    assert news_source(ITEM.format(subject="我市")) is None


def test_a_full_name_whose_clause_states_no_money_names_none():
    text = ITEM.format(subject="样例市").replace(
        "扶持了全市22个重点项目建设", "样例市发改委牵头组织实施"
    )
    assert news_source(text) is None


def test_a_meeting_as_the_source_names_none():
    text = "记者从市十四届人大一次会议获悉,今年市本级“三公经费”预算合计10.5亿元。\n"
    assert news_source(text) is None
