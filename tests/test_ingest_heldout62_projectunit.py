"""A project report states its project's 项目单位 or 项目预算单位 (trial 62's 1241, …竹产业引导资金
项目单位为 XX 县林业局, a firm's evaluation of a masked county's fund; 1248, 项目预算单位:海南博鳌
乐城…管理局: both unnamed before). Pattern: the project's sentence, 项目(预算)单位 then 为 or a
colon and one name ending on an organisation word, a letters' mask of its place kept as written
(``implementer``, as its 实施单位). Not the project's 主管单位 or 建设单位, not a pronoun, not a
company. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.implementer import implementing_unit

OPENING = (
    "XX 县 2035 年度样例产业引导资金绩效评价报告 XX 县财政局: 我们接受贵单位的委托,对该资金开展了"
    "绩效评价。一、项目概况 (一)项目单位基本情况。 XX 县 2035 年度样例产业引导资金{sentence}。"
)


def test_the_project_s_own_unit_is_read_as_written():
    found = implementing_unit(OPENING.format(sentence="项目单位为 XX 县样例局"))
    assert found[0] == "XX 县样例局"
    found = implementing_unit("(一)项目基本情况\n项目预算单位:青岚市样例管理局,业主单位项目负责人…")
    assert found[0] == "青岚市样例管理局"


def test_another_role_a_pronoun_or_a_company_reads_nothing():
    assert implementing_unit(OPENING.format(sentence="项目主管单位为 XX 县样例局")) is None
    assert implementing_unit(OPENING.format(sentence="项目建设单位为青岚县样例局")) is None
    assert implementing_unit(OPENING.format(sentence="项目单位为我局")) is None
    assert implementing_unit(OPENING.format(sentence="项目单位为青岚样例有限公司")) is None
