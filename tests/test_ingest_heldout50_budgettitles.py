"""Title words the fiftieth trial showed unread: a department's budget note titled as one
(样例区宣传部2031年部门预算说明, …部门预算情况说明: 800, 802) is filed with the accounts, as the
corpus files its budget notes; a fund's title naming what the fund is for in brackets before
绩效自评报告 (省级交通专项资金(普通公路水路建设)绩效自评报告: 790) is a project report. A
sentence that names a budget note, or a fund's report inside a sentence, is no title."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError

BODY = "一、部门基本概况\n2031年收入预算321.5万元,支出预算321.5万元。\n"


@pytest.mark.parametrize(
    "title", ["样例区宣传部2031年部门预算说明", "样例县人民法院2031年部门预算情况说明"]
)
def test_a_budget_note_s_title_files_it_with_the_accounts(title):
    note = document(f"第一部分\n{title}\n{BODY}")
    assert note.genre == "部门决算"
    assert note.year == 2031
    assert note.unit == title.split("2031")[0]


def test_a_fund_s_title_with_its_purpose_in_brackets_is_a_project_report():
    text = (
        "样例市交通运输局关于2031年度省级交通专项资金(普通公路水路建设)绩效自评报告\n"
        "一、基本情况\n2031年收到省补助资金7505万元,已支出2171.13万元。\n"
    )
    assert document(text).genre == "项目支出绩效自评报告"


def test_a_sentence_naming_a_budget_note_is_no_title():
    news = "本报讯 样例区宣传部昨日在官网公布了2031年部门预算说明,涉及资金321.5万元。\n"
    with pytest.raises(IngestError):
        document(news)
