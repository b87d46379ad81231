"""A form's funds fields, their source rows, then one field on a row of its own: trial 36's
483 (实际支出(万元) | 1020.02 |) left that last cell neither read nor listed. Held on
fictional text, with the readings the rules must keep."""

from __future__ import annotations

from fictional_text import kinds

REPORT = "青岚县某某局2031年度项目支出绩效自评报告\n\n一、项目基本情况\n项目名称 | 书屋更新 | |||||\n"
FIELDS = (
    "计划安排资金(万元) | 300.00 | 实际到位资金(万元) | 280.00 | |||||\n"
    "其中:中央财政 | 其中:中央财政 | |||||\n"
    "县财政 | 300.00 | 县财政 | 280.00 | |||||\n"
)


def test_a_field_on_the_row_after_the_sources_is_read_by_its_label():
    text = REPORT + FIELDS + "已支付金额(万元) | 250.50 | |||||\n二、其他情况\n"
    assert kinds(text)[-1] == ("250.50", "SPENDING")


def test_the_fields_and_their_sources_keep_their_reading():
    text = REPORT + FIELDS + "已支付金额(万元) | 250.50 | |||||\n"
    assert kinds(text)[:4] == [
        ("300.00", "BUDGET"), ("280.00", "REVENUE"), ("300.00", "BUDGET"), ("280.00", "REVENUE"),
    ]


def test_a_lone_field_with_no_form_before_it_is_not_read_as_one():
    text = REPORT + "说明文字一段。\n已支付金额(万元) | 250.50 | |||||\n"
    assert ("250.50", "SPENDING") not in kinds(text)
