"""An item reporting that a fund's use was evaluated (…对2015年地方政府新增债券资金使用情况进行
绩效评价) and stating the fund's money as used after it (…主要用于五个项目建设。其中,普通公路
建设投入6623万元) is a project report of the family (trial 65's 1348, a county's news item on a
third-party evaluation of its bond funds, refused before). Evaluation work in general (no
fund), a fund's money with no use said, money only before the sentence, and a notice asking
for evaluations stay refused. Test material, fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.fundevaluation import reports_fund_evaluation
from govkg.ingest.extract import extract

NEWS = (
    "近日,青岚县组织第三方评价机构对2035年地方政府新增债券资金使用情况进行绩效评价,考评资金"
    "支出效率和综合效果。\n"
    "2035年省财政厅下拨青岚县新增政府一般债券资金9408万元,主要用于三个项目建设。其中,普通公路"
    "建设投入6623万元,文化中心建设投入2628万元,儿童福利中心建设投入157万元。\n"
)


def test_a_funds_evaluation_with_its_money_used_is_a_project_report():
    assert reports_fund_evaluation(NEWS)
    read = extract(NEWS, "fictional.txt").document
    assert read.genre == "项目支出绩效自评报告"
    assert read.year == 2035


@pytest.mark.parametrize(
    "text",
    [
        # evaluation work in general, no fund named
        NEWS.replace(
            "对2035年地方政府新增债券资金使用情况进行绩效评价", "对项目支出开展绩效评价工作"
        ),
        # the fund's money, no use said
        "近日,青岚县对2035年地方政府新增债券资金使用情况进行绩效评价。\n"
        "2035年省财政厅下拨青岚县新增政府一般债券资金9408万元。\n",
        # money only before the sentence
        "2035年省财政厅下拨青岚县债券资金9408万元,主要用于三个项目建设。\n"
        "近日,青岚县对2035年地方政府新增债券资金使用情况进行绩效评价。\n",
    ],
)
def test_no_fund_no_use_or_money_before_stays_refused(text):
    assert not reports_fund_evaluation(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")


def test_a_notice_asking_for_evaluations_is_none():
    notice = (
        "样例省财政厅关于开展2035年地方政府债券资金绩效评价的通知\n各市县财政局:\n"
        "请你们对2035年地方政府新增债券资金使用情况进行绩效评价,重点关注用于项目建设的"
        "资金9408万元。\n"
    )
    assert not reports_fund_evaluation(notice)
