"""A fund's account titled on its year, then its holder, then the fund, its account on the same
line or the next (2016年小欖鎮水利所定向財力轉移支付資金 / 收支情況說明), names its holder as the
unit (trial 65's 1358, a town water station's account of an earmarked fund, read unnamed). A
title opening on the fund (no holder), a level (市级…), and a title line of no account (…资金
管理办法) read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.yearfundtitle import year_fund_title

NOTE = (
    "2035年青岚镇水利所定向财力转移支付资金\n收支情况说明\n"
    "2035年水利所定向财力转移支付资金收入2972.71万元,支出1589.14万元,结余1383.57万元。"
    "现将2035年水利所定向财力转移支付资金的安排使用情况说明如下:\n"
    "一、资金分配方式和依据\n我镇2035年的水利定向财力转移支付资金以堤围达标加固工程为主。\n"
    "二、资金使用情况\n2035年定向财力转移支付资金主要用于:泵站冬修工程(10.03万元)。\n"
)


def test_the_titles_holder_is_the_unit():
    assert year_fund_title(NOTE)[0] == "青岚镇水利所"
    assert document(NOTE).unit == "青岚镇水利所"
    one_line = NOTE.replace("资金\n收支情况说明", "资金收支情况说明")
    assert year_fund_title(one_line)[0] == "青岚镇水利所"


def test_near_misses_read_nothing():
    fund_first = NOTE.replace("2035年青岚镇水利所定向", "2035年中央定向")
    assert year_fund_title(fund_first) is None  # no holder before the fund
    level = NOTE.replace("2035年青岚镇水利所定向", "2035年市级定向")
    assert year_fund_title(level) is None
    rules = NOTE.replace("资金\n收支情况说明", "资金管理办法")
    assert year_fund_title(rules) is None  # no account of the fund
