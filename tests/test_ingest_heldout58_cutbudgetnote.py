"""Trial 58's 1121: an untitled budget note cut mid-sentence, its headings a budget's (四、财政拨款收支预算
总体情况说明), is a budget note: its 支出 figures are budgeted, not spent (``kinds.budgetnote``).
"""

from __future__ import annotations

from fictional_text import kinds
from govkg.ingest.kinds.budgetnote import budget_note_year

BUDGET = "样例局2035年部门预算情况说明\n"


CUT_NOTE = (
    "支出总预算的 95.5%,同比减少 435.06 元,下降 4.03 %;\n"
    "项目支出预算 4810 元,占支出总预算的 4.4%。\n"
    "四、财政拨款收支预算总体情况说明\n"
    "2035 年财政拨款收支总预算 108520.63 元。支出包括:文化旅游体育与传媒支出 85008.3 元、\n"
    "社会保障和就业支出 23512.33\n元。\n"
    "五、一般公共预算支出情况说明\n"
    "2035 年本年一般公共预算支出 108520.63 元,其中:基本支出 103710.63\n元,项目支出 4810 元。\n"
)


def test_a_budget_note_cut_mid_sentence_is_a_budget_note():
    assert budget_note_year(CUT_NOTE) == 2035
    read = kinds(CUT_NOTE)
    spent = [written for written, kind in read if kind == "SPENDING"]
    assert spent == []
    assert dict(read)["85008.3 元"] == "BUDGET"


def test_a_cut_excerpt_naming_accounts_or_no_budget_heading_is_none():
    assert budget_note_year(CUT_NOTE.replace("预算支出情况说明", "预算支出决算情况说明")) is None
    no_heading = CUT_NOTE.replace("四、财政拨款收支预算总体情况说明", "四、其他情况")
    assert budget_note_year(no_heading) is None
