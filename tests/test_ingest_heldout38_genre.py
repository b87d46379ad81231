"""Genre of an untitled transfer self-evaluation (thirty-sixth trial's 479 and 491, the
corpus's 347 and 454): its template's first heading, 一、绩效目标分解下达情况, is a project
report's word (``genresigns.genre_shown``); a whole department's or a final account's words
still win where they are more."""

from __future__ import annotations

from govkg.ingest.document.genresigns import ACCOUNTS, PROJECT, WHOLE, genre_shown

_TRANSFER = (
    "根据《关于开展2031年度转移支付绩效自评工作的通知》要求,现将自评情况报告如下。\n"
    "一、绩效目标分解下达情况\n(一)资金安排情况。中央下达我省某某补助资金1200万元。\n"
    "二、绩效目标完成情况分析\n(一)资金投入情况分析。\n"
)


def test_a_transfer_template_with_no_title_is_a_project_report():
    assert genre_shown(_TRANSFER) == PROJECT


def test_a_whole_department_report_stays_whole():
    text = _TRANSFER + "部门整体支出绩效情况良好,整体支出控制在预算内。\n"
    assert genre_shown(text) == WHOLE


def test_final_accounts_words_that_are_more_stay_accounts():
    text = _TRANSFER + "三公经费决算数12万元,决算支出较上年减少,三公经费控制良好。\n"
    assert genre_shown(text) == ACCOUNTS


def test_no_words_of_the_family_stay_unknown():
    assert genre_shown("一、工作开展情况\n二、下一步打算\n") is None
