"""A 决算 supplement that explains the accounts' 三公经费 (``threepublic.title``, twenty-seventh
trial): its items are spending; held on fictional text, with the must-not-fire cases: a
supplement whose opening names no 三公经费, a budget supplement, a news item."""

from __future__ import annotations

from govkg.ingest.kinds.money import find_money
from govkg.ingest.text.textview import clean_view

BODY = (
    "一、“三公”经费增减情况\n"
    "1、2031年因公出国(境)费12.34万元,较2030年相比增加1.2万元。\n"
    "2、公务用车购置及运行维护费56.78万元,较2030年减少3.4万元。其中:公务用车购置费6.78万元,"
    "较2030年减少1.1万元;公务用车运行维护费50万元,较2030年减少2.3万元。\n"
)
OPENING = "现对涉及我部门2031年度决算未公开“三公”经费的有关内容做如下补充说明:\n"


def _kinds(text: str) -> dict[str, str | None]:
    return {m.as_written: m.kind for m in find_money(clean_view(text), 2031)}


def test_the_items_of_an_accounts_supplement_on_its_three_public_funds_are_spent():
    kinds = _kinds("样例市某委2031年部门决算公开补充说明\n" + OPENING + BODY)
    assert kinds["12.34万元"] == "SPENDING"
    assert kinds["56.78万元"] == "SPENDING"
    assert kinds["6.78万元"] == "SPENDING"
    assert kinds["50万元"] == "SPENDING"
    assert kinds["1.2万元"] == "CHANGE"


def test_a_supplement_whose_opening_names_no_three_public_funds_stays_as_read():
    other = "现对我部门2031年度决算有关内容做如下补充说明:\n"
    kinds = _kinds("样例市某委2031年部门决算公开补充说明\n" + other + BODY)
    assert kinds["12.34万元"] is None


def test_a_budget_supplement_or_a_news_item_is_no_accounts_note():
    budget = OPENING.replace("决算", "预算")
    assert _kinds("样例市某委2031年部门预算公开补充说明\n" + budget + BODY)["12.34万元"] != "SPENDING"
    assert _kinds("样例市召开会议\n" + OPENING + BODY)["12.34万元"] is None
