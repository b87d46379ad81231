"""An untitled budget note is a report of the family (fiftieth trial's 803): its page opens on
一、部门职责 and states its money under 三、2021年预算收支说明 / 1、收支预算总体情况, headings
only a department's own note has. A news item that mentions a department's duties or a
budget's 收支 in running text, with no such heading, stays refused.
"""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError

NOTE = (
    "一、部门职责\n"
    "1、贯彻执行上级关于宣传工作的方针、政策;\n"
    "2、负责指导全县理论学习工作。\n"
    "二、机构设置\n"
    "县委宣传部设办公室、新闻科。\n"
    "三、2031年预算收支说明\n"
    "1、收支预算总体情况\n"
    "2031年财政预算拨款收入321.50万元,其中一般公共预算拨款收入300万元。\n"
)


def test_an_untitled_budget_note_opening_on_its_duties_is_filed_with_final_accounts():
    note = document(NOTE)
    assert note.genre == "部门决算"  # as the corpus files 部门预算 and 三公 notes
    assert note.year == 2031


@pytest.mark.parametrize(
    "heading",
    ["一、部门职责", "一、单位主要职责", "三、2031年预算收支说明", "1、收支预算总体情况"],
)
def test_each_heading_alone_with_money_under_it_is_a_sign(heading):
    text = f"{heading}\n样例县财政预算拨款收入321.50万元,支出321.50万元。\n"
    document(text)  # no IngestError


def test_the_same_words_in_a_news_item_s_running_text_stay_refused():
    news = (
        "本报讯 样例县召开会议,明确部门职责,审议预算收支说明,"
        "会议指出全县财政预算拨款收入321.50万元。\n"
    )
    with pytest.raises(IngestError):
        document(news)
