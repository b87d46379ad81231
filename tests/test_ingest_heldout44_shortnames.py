"""A unit named by the short form its text defines: the forty-fourth held-out trial drafted a
决算 note under its short name (…更名为X,以下简称Y; …Y部门决算包括…) where the text gives the
full name it stands for (``definedshort``). Held on fictional text, with the near misses that
keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.definedshort import defined_in_full
from govkg.ingest.document.report import read_document
from govkg.ingest.text.textview import clean_view

BODY = (
    "二、部门决算表\n从预算单位构成看,{short}部门决算包括:本级决算,没有二级单位。\n"
    "三、收入支出决算总体情况说明\n2031年度收入总计500万元,支出总计480万元。\n"
)


def _unit(text: str) -> str:
    return read_document(clean_view(text), "x.txt").unit


def test_a_short_name_the_text_defines_is_written_in_full():
    text = (
        "一、部门基本情况\n(一)部门职责\n样例市青山湖水域保护中心(以下简称湖保中心)是市水利局"
        "所属公益一类事业单位。\n" + BODY.format(short="湖保中心")
    )
    assert _unit(text) == "样例市青山湖水域保护中心"


def test_a_short_name_after_a_renaming_takes_the_new_full_name():
    text = (
        "一、概况\n2031年经批复,原某某苗圃更名为样例县林业技术推广站,以下简称推广站,"
        "负责全县林业技术推广。\n" + BODY.format(short="推广站")
    )
    assert _unit(text) == "样例县林业技术推广站"


def test_a_short_form_defined_for_another_unit_changes_nothing():
    text = "一、概况\n主管部门样例县农业农村局(以下简称县农业局)负责业务指导。\n" + BODY.format(
        short="推广站"
    )
    assert _unit(text) == "推广站"


def test_a_short_form_defined_for_a_thing_or_not_in_the_name_is_no_full_name():
    assert defined_in_full("实施样例县河道整治工程(以下简称项目)。", "项目") is None
    assert defined_in_full("样例县水利局(以下简称水务站)负责。", "水务站") is None
    assert defined_in_full("本单位,以下简称推广站。", "推广站") is None
