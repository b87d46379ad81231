"""Trial 62's 1265: a newspaper's page on a city's districts' 三公 accounts (广州11区晒“三公”决算
其中9区下降 / … 公众较为关注的都是公务接待费用。…该项费用决算均有所下降,…某区较上一年度下降
502.01万元): headlined on the 三公's 决算, its figures in paragraphs of the 三公's items, no
clause naming the 三公 with an amount. It is 三公 news, filed with the final accounts
(``document.threepublicheadline``). A 三公 headline with no figures in its paragraphs, figures of
other money, or another class's text stays refused.
"""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.threepublicheadline import headlines_three_public

NEWS = (
    "青岚市8区晒“三公”决算 其中6区下降\n"
    "作者:样例\n"
    "每逢“三公”决算公布,公众较为关注的都是公务接待费用。2035年度8个区的该项费用决算均有所"
    "下降,东岚区较上一年度下降120.50万元,降幅达30.5%;西岚区下降98.20万元。\n"
)


def test_a_three_public_headline_with_its_items_figures_is_of_the_family():
    assert headlines_three_public(NEWS)
    read = document(NEWS)
    assert read.genre == "部门决算"
    assert read.year == 2035
    assert not read.unit_named


def test_no_headline_or_no_figures_or_other_money_is_no_sign():
    unheadlined = NEWS.replace("青岚市8区晒“三公”决算 其中6区下降", "青岚市8区公开账目")
    assert not headlines_three_public(unheadlined)
    unfigured = NEWS.replace(",东岚区较上一年度下降120.50万元,降幅达30.5%;西岚区下降98.20万元", "")
    assert not headlines_three_public(unfigured)
    other_money = (
        "青岚市8区晒“三公”决算 其中6区下降\n"
        "8个区均公开了账目。\n"
        "东岚区一般公共预算收入120.50万元,西岚区98.20万元。\n"
    )
    assert not headlines_three_public(other_money)
    with pytest.raises(IngestError):
        document(other_money)
    tender = "青岚市“三公”决算审计项目招标公告\n" + NEWS.split("\n", 1)[1]
    assert not headlines_three_public(tender)
