"""Thirtieth trial (386): a scope mark glued after a name ending on 会 (样例区总工会本级) is the
accounts' scope, not the name (``scopemark``); held on fictional text, with the cases that
must keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.report import read_document
from govkg.ingest.document.scopemark import without_scope
from govkg.ingest.text.textview import clean_view

ACCOUNTS = (
    "{title}\n一、单位基本情况\n(一)职能职责\n维护职工合法权益。\n"
    "二、单位决算收支情况说明\n2031年度收入总计88.50万元,支出总计88.50万元。\n"
)


def _unit(title: str) -> str:
    return read_document(clean_view(ACCOUNTS.format(title=title)), "x.txt").unit


def test_a_union_s_own_accounts_name_the_union():
    assert _unit("样例县总工会(本级)2031年度部门决算情况说明") == "样例县总工会"
    assert _unit("样例市样例区总工会本级2031年度决算公开说明") == "样例市样例区总工会"
    assert without_scope("样例市工商业联合会商会汇总") == "样例市工商业联合会商会"


def test_a_name_ending_on_hui_with_no_mark_stays_whole():
    assert _unit("样例县总工会2031年度部门决算情况说明") == "样例县总工会"
    assert without_scope("样例县红十字会") == "样例县红十字会"


def test_a_mark_after_words_that_are_no_name_stays():
    # 财政 ends on no organisation word: nothing is cut (as before)
    assert without_scope("样例县财政本级") == "样例县财政本级"
    assert without_scope("样例县全县汇总") == "样例县全县汇总"
