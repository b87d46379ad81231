"""Trial 64's 1328, a news item on a province's finance conference: 两次共压减公用经费0.38亿元用于
中职学校基础能力建设…. Spending cut (压减公用经费) and said right after the figure to go to another
use (用于…) is a saving (``kinds.cutredirected``), as the corpus's 1078 reads 压减支出共计8.2亿元.
A budget cut (压减…经费预算), a cut compared with a year (较去年压缩…开支), and a cut with no other
use said stay changes.
Test material, fictional.
"""

from __future__ import annotations

from fictional_text import kinds

HEAD = "2035年度青岚区财政工作情况\n一、部门概况\n"


def _kind(sentence: str) -> str | None:
    return kinds(HEAD + sentence)[-1][1]


def test_spending_cut_and_put_to_another_use_is_a_saving():
    assert _kind("两次共压减公用经费0.38亿元用于职业学校建设。") == "SAVING"
    assert _kind("压缩一般性支出120万元,全部用于民生项目。") == "SAVING"


def test_a_budget_cut_a_compared_cut_or_a_bare_cut_is_a_change():
    assert _kind("压减公用经费预算0.38亿元用于民生。") == "CHANGE"
    assert _kind("较去年压缩“三公”经费开支1.7亿元用于民生。") == "CHANGE"
    assert _kind("两次共压减公用经费0.38亿元。") == "CHANGE"
