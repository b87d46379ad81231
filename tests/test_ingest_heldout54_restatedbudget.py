"""A spending figure of a note that states only budgets, equal to a budget it stated before for
the same year, is that budget restated (…公务用车运行维护费19.95万元,…全年运行费支出19.95万元: trial
54's 952 and 955, a bureau's 三公 budgets); a note stating any spending done, or a figure equal
to no budget, keep their readings. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

BODY = (
    "一、全口径预算安排2031三公经费预算总计21万元\n\n"
    "(一)2031年无因公出国(境)费用预算,同比无变化。\n\n"
    "(二)2031年公务接待费预算1万元,同比减少0.1万元。\n\n"
    "(三)公务用车费预算20万元,同比减少5万元。公务用车费预算20万元:\n\n"
    "1、公务用车购置费0万元,同比持平;\n\n"
    "2、公务用车运行维护费20万元,同比减少5万元。2031年,样例市某某局及所属单位开支财政拨款的"
    "公务用车保有量为8辆,全年运行费支出20万元,平均每辆2.5万元。\n"
)
TITLE = ""  # untitled, as 952 and 955 are: ``threepublic.budgetitems`` asks for a title


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


def test_the_years_running_cost_restating_the_budget():
    found = kinds(TITLE + BODY)
    assert ("20万元", "SPENDING") not in found
    assert found[-2:] == [("20万元", "BUDGET"), ("2.5万元", "PRICE_OR_RATE")]


def test_a_note_stating_spending_done_keeps_it_spent():
    text = TITLE + BODY.replace("全年运行费支出20万元", "全年运行费实际支出20万元")
    assert kinds(text)[-2] == ("20万元", "SPENDING")


def test_a_figure_equal_to_no_budget_keeps_it_spent():
    text = TITLE + BODY.replace("全年运行费支出20万元", "全年运行费支出18万元")
    assert kinds(text)[-2] == ("18万元", "SPENDING")


def test_a_budget_and_its_spending_in_one_sentence_keep_their_readings():
    text = TITLE + BODY.replace(
        "(二)2031年公务接待费预算1万元,同比减少0.1万元。",
        "(二)2031年公务接待费预算1万元,支出1万元。",
    )
    assert ("1万元", "SPENDING") in kinds(text)
