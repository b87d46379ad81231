"""A table flattened into running prose: its heads run together, one money head with its unit
(cut from it by a sharing site's page marker or not), each row's cell glued between the row's
words (``tables.prosetable``, forty-fifth trial's 672). Held on fictional text, with the cases
the rule must not fire on."""

from __future__ import annotations

from decimal import Decimal

from fictional_text import found

OPENING = (
    "2025年乡村文化振兴项目绩效评价报告受县财政局委托,我们对县文旅局的乡村文化振兴项目开展了"
    "绩效评价。一、项目概况2025年县级财政预算安排乡村文化振兴项目资金120.00万元。"
)


def _read(text: str) -> dict[str, tuple[str | None, Decimal]]:
    return {w: (k, y) for w, k, y, _ in found(text)}


def test_a_row_cell_between_words_is_read_in_the_heads_unit_and_kind():
    text = OPENING + (
        "项目明细如下:项目名称实施单位预算金额(万元)主要内容●乡村书屋提升项目县图书馆"
        "48.50采购图书并更新书架;●非遗传承培训项目县文化馆71.50开展培训6期。\n"
    )
    read = _read(text)
    assert read["48.50"] == ("BUDGET", Decimal("485000"))
    assert read["71.50"] == ("BUDGET", Decimal("715000"))
    assert "6" not in read


def test_the_unit_cut_from_its_head_by_a_sharing_sites_page_marker():
    text = (
        "1、" + OPENING + "\n2、项目整体目标如下:实施单位项目名称安排资金\n"
        "3、(万元)绩效目标县文旅局▲“村晚”展演项目25.80举办展演8场。\n"
    )
    assert _read(text)["25.80"] == ("BUDGET", Decimal("258000"))


def test_a_figure_with_a_measure_after_it_or_not_to_the_fen_is_not_read():
    """Must not fire: 2.50场 is a count, 30.5 is not written to the fen, a figure that is
    not the row's first stands in its words."""
    text = OPENING + (
        "项目名称实施单位预算金额(万元)主要内容▲乡村书屋项目县图书馆2.50场次▲培训项目"
        "县文化馆30.5开展培训▲展演项目县文旅局12.00举办展演并新增座位15.00个。\n"
    )
    read = _read(text)
    assert "2.50" not in read
    assert "30.5" not in read
    assert read["12.00"] == ("BUDGET", Decimal("120000"))
    assert "15.00" not in read


def test_a_numbered_list_or_heads_naming_no_money_are_not_this_rule():
    """Must not fire: 3、 opening a numbered list (no 2、 before it) is no page marker, and a
    head naming no kind of money (经费金额) gives no column."""
    listed = OPENING + "项目名称实施单位预算金额\n3、(万元)主要内容▲书屋项目县图书馆48.50采购图书。\n"
    nokind = OPENING + "项目名称实施单位项目金额(万元)主要内容▲书屋项目县图书馆48.50采购图书。\n"
    for text in (listed, nokind):
        assert _read(text).get("48.50", (None,))[0] != "BUDGET"
