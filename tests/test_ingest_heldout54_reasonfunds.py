"""A fund named as the reason for a change of revenue is revenue (收支较上年决算数增加…,主要原因是
2020年增加了…专项资金1161.4万元,绿化管护费316万元: trial 54's 940; 新增…资金-…项目46.5万元: 946;
上年下达…奖励资金149万元: 948), and what a carry-over is said to include is carried over (上年度
结转包含…经费149万元: 948). A fund's own change, a change of spending and a carry-over named in
the list keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract

TITLE = "样例市某某中心2031年度部门决算"


def read(text: str) -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=TITLE)).money
    return [(m.as_written, m.kind) for m in found]


def test_funds_added_as_the_reason_for_more_revenue_and_spending():
    text = (
        "1.总体情况。2031年度收入总计900万元,支出总计900万元。收支较上年决算数增加300万元、增长50%,"
        "主要原因是2031年增加了智慧园区建设项目专项资金200万元,绿化养护费60万元,"
        "某某园专项资金结转40万元,其对应支出相应增加。\n"
    )
    assert read(text)[-3:] == [
        ("200万元", "REVENUE"),
        ("60万元", "REVENUE"),
        ("40万元", "CARRY_OVER"),
    ]


def test_a_new_fund_and_a_funds_own_increase():
    text = (
        "2.收入情况。2031年度收入合计400万元,较上年决算数增加80万元,增长25%,主要原因是新增农业"
        "发展资金-品牌培育项目45万元,生态保护资金增加35万元。\n"
    )
    assert read(text)[-2:] == [("45万元", "REVENUE"), ("35万元", "CHANGE")]


def test_last_years_fund_handed_down_as_the_reason_for_less():
    text = (
        "2031年度收入合计350万元,较上年决算数减少150万元,下降30%,"
        "主要原因是上年下达2030年创业担保贷款贴息奖励资金150万元。\n"
    )
    assert read(text)[-1] == ("150万元", "REVENUE")


def test_the_reason_in_its_own_sentence_after_the_revenue_line():
    text = (
        "2.收入情况。2031年度收入合计500万元,其中:财政拨款收入300万元;事业收入200万元,"
        "较上年决算数增加120万元。主要原因是2031年增加了运动场改造专项资金120万元。\n"
    )
    assert read(text)[-1] == ("120万元", "REVENUE")


def test_a_change_of_spending_keeps_its_reading():
    text = (
        "3.支出情况。2031年度支出合计430万元,较上年决算数增加110万元,"
        "主要原因是增加了专项项目支出110万元。\n"
    )
    assert read(text)[-1] == ("110万元", "CHANGE")


def test_a_fund_added_to_spending_keeps_its_reading():
    text = (
        "3.支出情况。2031年度支出合计430万元,较上年决算数增加110万元,"
        "主要原因是新增了道路维修项目资金110万元。\n"
    )
    assert read(text)[-1][1] != "REVENUE"


def test_what_last_years_carry_over_included():
    text = (
        "4.结转结余情况。2031年度年末结转和结余1.11万元,较上年决算数减少150万元,下降99.3%,"
        "主要原因是上年度结转包含小额贷款工作奖补经费149万元。\n"
    )
    assert read(text)[-1] == ("149万元", "CARRY_OVER")


def test_a_carry_over_said_to_include_money_spent_keeps_its_reading():
    text = "2031年度年末结转和结余20万元,结余中包括已支付的维修经费5万元。\n"
    assert read(text)[-1] != ("5万元", "CARRY_OVER")
