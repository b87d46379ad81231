"""A finance bureau's key evaluation of several projects with the money it covered is a report of
the family, a project's (trial 61's 1210, a city finance bureau's news in its own voice: 我局重点
抽取了…共20个项目进行了绩效评价。涉及资金总额26490万元; 1216, a district's 预算绩效工作开展情况
说明: 选取7个项目开展重点评价,涉及预算金额为2298万元; both refused before). Pattern: N个项目
evaluated (进行了/开展…评价), the money it covered (涉及资金总额, 涉及预算金额) in the next sentence
(``document.keyevaluation``). Not an evaluation planned (将对…开展评价), not projects allocated
with money (下达N个项目), not an evaluation's fee, not a text of another class. Test material,
fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.document.keyevaluation import reports_key_evaluation

NOTE = (
    "青岚区预算绩效工作开展情况说明\n\n文章来源:样例局  更新时间:2035-11-09\n\n"
    "项目支出绩效情况:区本级财政支出预算绩效管理项目中选取5个项目开展重点评价,涉及预算金额为"
    "1234万元。经过第三方机构评审,等级为优良的项目有3个。\n"
)
NEWS = (
    "样例市财政局重点绩效评价工作积极推进\n\n2035-09-15 样例市融媒体中心\n\n"
    "样例市讯(通讯员 某某)2035年,我局重点抽取了教育提升项目、安全饮水等共12个项目进行了绩效"
    "评价。涉及资金总额8800万元。我们聘请了第三方进行了财政绩效评价工作。\n"
)


@pytest.mark.parametrize("text", [NOTE, NEWS])
def test_several_projects_evaluated_with_the_money_covered_are_a_report(text):
    assert reports_key_evaluation(text)
    assert document(text).genre == "项目支出绩效自评报告"


@pytest.mark.parametrize(
    "text",
    [
        # an evaluation planned, not made
        "2036年,我局将对12个项目开展重点评价,涉及资金总额8800万元。\n",
        # projects allocated money, no evaluation
        "2035年,我局下达12个项目资金,涉及资金总额8800万元。\n",
        # the evaluation's own fee, not its scope
        "2035年,我局对12个项目进行了绩效评价,支付评价费用5万元。\n",
        # a procurement of the evaluation: another class
        "竞争性磋商公告\n采购人对12个项目开展绩效评价,涉及资金总额8800万元,供应商须…\n",
    ],
)
def test_no_evaluation_made_of_that_money_is_no_sign(text):
    assert not reports_key_evaluation(text)


def test_a_plan_is_still_refused():
    with pytest.raises(IngestError):
        document("样例通知\n2036年,我局将对12个项目开展重点评价,涉及资金总额8800万元。\n")
