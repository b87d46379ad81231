"""The genre an untitled text's words show: a transfer's 绩效自评 is a project report's (trial
48's 743, an untitled self-evaluation of a central transfer's budget execution), and a
department's 预算情况说明 is filed with final accounts (755), as the corpus files its 三公 and
budget notes; 转移支付 alone, the revenue a town's 决算 names, shows nothing. Fictional."""

from __future__ import annotations

from govkg.ingest.document.genresigns import ACCOUNTS, PROJECT, genre_shown


def test_a_transfers_self_evaluation_is_a_projects():
    text = (
        "根据《样例部关于开展2031年度中央对地方转移支付预算执行情况绩效自评工作的通知》,样例省对"
        "2031年度中央救灾资金预算执行情况进行了绩效自评,现将自评情况汇报如下:"
    )
    assert genre_shown(text) == PROJECT


def test_a_departments_budget_note_is_filed_with_final_accounts():
    assert genre_shown("样例剧院2031年预算情况説明\n一、部门基本情况\n") == ACCOUNTS


def test_transfer_revenue_in_a_towns_accounts_shows_no_project():
    text = "样例镇2031年财政决算报告\n本级收入中,上级转移支付收入300万元。\n"
    assert genre_shown(text) == ACCOUNTS
