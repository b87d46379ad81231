"""Trial 65's 1345 (a township's announcement of a village cattle farm's works), by class, on
fictional text: a project's plan before it is funded (``kinds.kindwords``) — what it means to
apply for, a fund's name after 拟申请 (拟申请用区财政…补助资金: its 补助 a name's word, no grant
received), an investment budget said about (投资预算约: an estimate, as 投资估算 is), and an
investment to be added later (后续…追加投资) — is PLANNED; they were read as revenue, a budget
and an investment of no kind. A budget said about of no investment (收入预算约), an investment
added already (已追加投资) and funds applied for in a past grant keep their readings. Test
material, fictional."""

from __future__ import annotations

from fictional_text import kinds

HEAD = "样例村2035年项目实施情况公告\n一、绩效目标分解下达情况\n"
PLAN = (
    "青岚村样例养殖场工程投资预算约40万元,拟申请用区财政衔接推进乡村振兴补助资金38.5万元,"
    "用于基础设施建设。后续青岚村股份经济合作社会追加投资10万元。\n"
)


def test_a_projects_plan_before_funding_is_planned():
    read = dict(kinds(HEAD + PLAN))
    assert read["40万元"] == "PLANNED"
    assert read["38.5万元"] == "PLANNED"
    assert read["10万元"] == "PLANNED"


def test_a_budget_said_about_a_grant_and_an_added_investment_keep_their_readings():
    budget = HEAD + "2035年收入预算约40万元。\n"
    assert dict(kinds(budget))["40万元"] == "BUDGET"
    granted = HEAD + "获得区财政衔接推进乡村振兴补助资金38.5万元。\n"
    assert dict(kinds(granted))["38.5万元"] != "PLANNED"
    added = HEAD + "青岚村股份经济合作社已追加投资10万元。\n"
    assert dict(kinds(added))["10万元"] != "PLANNED"
