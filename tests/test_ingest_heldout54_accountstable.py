"""A unit's yearly 收支 table published alone (trial 54's 942, 达州市达川区中医医院财务信息公示:
单位:达州市达川区中医医院 单位:元 / 项目及编号 2016年度 2017年度 2017比2016增减 / (一) 收入总计
58596771.09 117154424.7 … / (二) 支出总计 68040296.8 73952025.38 …, refused before): the table's
unit field, its money's unit, a year's column and the rows of both totals show the unit's own
accounts, read as the untitled accounts in words are; its unit is the field's, and its year the
one the head's change column compares (2017比2016增减). Without any of these, or with a sign
of another class, a text stays refused; a sentence comparing two years is no table head."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.ownaccounts import accounts_table_owner, keeps_own_accounts
from govkg.ingest.extract import extract
from govkg.ingest.text.comparedcolumns import compared_column_year

TITLE = "样例市样例区某某医院财务信息公示\n来源:某某 发布时间:2032-03-31 00:00:00\n\n"
OWNER = "单位:样例市样例区某某医院 单位:元\n"
HEAD = "项目及编号 2030年度 2031年度 2031比2030增减\n增减值 增减%\n"
ROWS = (
    "一、收入支出情况对比 (一) 收入总计 58596771.09 117154424.7 58557653.59 99.93%\n"
    "1. 财政补助收入 6909800 55508400 48598600 703.33%\n"
    "(二) 支出总计 68040296.8 73952025.38 5911728.58 8.69%\n"
    "1. 医疗业务成本 47100683.28 50633220.8 3532537.52 7.50%\n"
)
TABLE = TITLE + "某市公立医院情况对比表\n" + OWNER + HEAD + ROWS


def test_a_units_own_income_and_spending_table_is_read_as_its_accounts():
    note = document(TABLE)
    assert note.unit == "样例市样例区某某医院"
    assert note.year == 2031
    assert note.genre == "部门决算"
    assert accounts_table_owner(TABLE)[0] == "样例市样例区某某医院"


@pytest.mark.parametrize(
    "text",
    [
        TABLE.replace(OWNER, "单位:元\n"),  # no organisation's field
        TABLE.replace(OWNER, "单位:某某医院 单位:元\n"),  # an unplaced owner
        TABLE.replace("单位:元", "单位:人次"),  # no money unit
        TABLE.replace("(二) 支出总计", "(二) 床位数"),  # one total only
        TABLE.replace(HEAD, "项目及编号 上年 本年 增减\n"),  # no year column
        TABLE + "本报讯 记者 某某\n",  # a news item
        TABLE.replace("财务信息公示", "资金分配结果公示"),  # a fund's 公示
    ],
)
def test_a_table_missing_a_sign_or_of_another_class_stays_refused(text):
    assert not keeps_own_accounts(text)
    with pytest.raises(IngestError):
        extract(text, "f.txt")


@pytest.mark.parametrize(
    ("head", "year"),
    [
        ("项目及编号 2030年度 2031年度 2031比2030增减\n", "2031"),
        ("项目 | 2030年 | 2031年 | 2031年比2030年增减% |\n", "2031"),
    ],
)
def test_a_heads_change_column_gives_the_year_compared(head, year):
    assert compared_column_year(head)["year"] == year


@pytest.mark.parametrize(
    "head",
    [
        "2031年比2030年减少563.21万元,2030年度支出100万元。\n",  # a sentence, no columns
        "项目及编号 2029年度 2031年度 2031比2030增减\n",  # the columns are not the two years
        "项目及编号 2030年度 2031年度 2030比2031增减\n",  # the earlier compared
    ],
)
def test_no_year_from_a_change_not_of_the_heads_columns(head):
    assert compared_column_year(head) is None
