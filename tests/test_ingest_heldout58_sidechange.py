"""Trial 58's 1086: a 决算 note's reasons for a change, a rise or a cut of a fund named with the side it
moved on (增加了人员和公用经费等收、支72.46万元), are changes, not revenue or spending
(``kinds.kindwords``).
"""

from __future__ import annotations

from fictional_text import kinds

ACCOUNTS = "样例中心2035年度部门决算说明\n"


def test_a_rise_or_cut_of_a_fund_with_its_side_is_a_change():
    text = (
        "三、收入支出决算总体情况说明\n2035年度收、支总计均为393.7万元。主要原因:增加了人员和公用"
        "经费等收、支72.4万元,增长22.9%;增加“样例窗口制作经费”项目经费收、支40.4万元;减少"
        "“样例专区”等项目经费收入34.5万元,下降10.9%。\n"
    )
    read = dict(kinds(ACCOUNTS + text))
    assert read["72.4万元"] == "CHANGE"
    assert read["40.4万元"] == "CHANGE"
    assert read["34.5万元"] == "CHANGE"


def test_the_sides_themselves_stay_revenue_and_spending():
    text = "三、收入支出决算总体情况说明\n2035年度人员和公用经费等支出72.4万元,项目收入30万元。\n"
    read = dict(kinds(ACCOUNTS + text))
    assert read["72.4万元"] == "SPENDING"
    assert read["30万元"] == "REVENUE"
