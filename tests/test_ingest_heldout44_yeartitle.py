"""A 三公 table's title that opens on its year: the forty-fourth held-out trial left a budget
table titled "2016年市某委财政拨款“三公”经费预算表" unnamed; the unit between the year and the
三公 money is whose budget it is (``yeartitleunit``). Held on fictional text, with the near
misses that keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.yeartitleunit import year_title_unit

TABLE = "金额单位:万元\n项目 预算数\n合计 12.5\n因公出国(境)费 0\n公务接待费 4.5\n"


def test_a_title_opening_on_its_year_names_its_unit():
    head = "2031年度县档案馆“三公”经费财政拨款预算情况说明\n" + TABLE
    assert year_title_unit(head)[0] == "县档案馆"


def test_a_title_under_a_site_s_line_names_its_unit():
    head = "来源: 发布时间:2031-04-28\n\n2031年样例区应急管理局财政拨款“三公”经费决算表\n" + TABLE
    found = year_title_unit(head)
    assert found[0] == "样例区应急管理局"
    assert head[slice(*found[1])] == "样例区应急管理局"


def test_an_area_or_a_pronoun_names_no_unit():
    assert year_title_unit("2031年全市财政拨款“三公”经费预算表\n" + TABLE) is None
    assert year_title_unit("2031年本部门“三公”经费预算表\n" + TABLE) is None


def test_a_sentence_or_a_line_deep_in_the_text_is_no_title():
    sentence = "2031年县档案馆“三公”经费预算12.5万元,较上年减少1万元。\n" + TABLE
    assert year_title_unit(sentence) is None
    deep = "\n".join(["说明"] * 6) + "\n2031年县档案馆“三公”经费预算表\n"
    assert year_title_unit(deep) is None
