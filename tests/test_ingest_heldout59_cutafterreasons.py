"""Trial 59's 1153, by class, on fictional texts: a figure the excerpt ends inside (…财政拨款支出2|)
under two short headings, the amount before them closing its paragraph with a line of prose of
its own, its reasons with no figure (支出增长的主要原因:…。): that line is of the paragraph, so the
amount still gives the unit and the cut figure is listed unread, never read (kinds/cutunit).
Before, nothing was listed. Three short headings, or a line of prose with a figure of its own,
still bar the unit. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = "样例医院2035年度部门决算说明\n"
REASONS = "支出增长的主要原因:2035年度人员工资福利略有增加;日常公用支出随业务量增加。\n"


def _cut(text: str):
    return [m for m in extract(text, "fictional.txt").money if m.as_written == "7"]


def _text(reasons: str, headings: str) -> str:
    return HEAD + (
        "2.支出情况。\n2035年总支出合计612.40万元,比上年增加30.20万元,增长5.18%。\n"
        + reasons
        + headings
        + "2035年度财政拨款支出7"
    )


TWO_HEADINGS = "(二)财政拨款支出情况\n1.2035年财政拨款支出情况。\n"


def test_a_cut_figure_after_the_paragraphs_reasons_and_two_headings_is_listed_unread():
    cut = _cut(_text(REASONS, TWO_HEADINGS))
    assert len(cut) == 1
    assert cut[0].reason is not None  # listed, never read
    assert cut[0].kind is None
    assert cut[0].unit == "万元"


def test_three_headings_or_reasons_with_a_figure_still_bar_the_unit():
    assert _cut(_text("", "(二)财政拨款支出情况\n(三)分类情况。\n" + "1.总体情况。\n")) == []
    with_figure = REASONS.replace("略有增加", "增加了3人")
    assert _cut(_text(with_figure, TWO_HEADINGS)) == []
