"""A 收支 whose figure's own comma-clause names one side after it (…财政收支决算情况公布,去年
省级…“三公”经费决算支出5亿元: trial 52's 862, read as revenue and spending) is one figure of that
side (``jointside``); 收、支总计均为… and 收支决算总计… keep both sides. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str) -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title="样例局2031年度部门决算说明")).money
    return [(m.as_written, m.kind) for m in found]


def test_a_side_named_after_the_joint_is_one_figure():
    text = (
        "记者从省财政厅了解到,样例省2031年全省及省级财政收支决算情况公布,"
        "去年省级一般公共预算安排的“三公”经费决算支出3亿元,比上年减少0.4亿元。\n"
    )
    assert read(text) == [("3亿元", "SPENDING"), ("0.4亿元", "CHANGE")]


def test_a_joint_total_keeps_both_sides():
    text = "样例局2031年度收、支总计均为1201.05万元,较上年增加10万元。\n"
    assert [kind for _, kind in read(text)][:2] == ["REVENUE", "SPENDING"]
