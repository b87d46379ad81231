"""The issuing unit of trial 52's shapes, by class, on fictional texts: a State Council
ministry named bare (民政部, 教育部, 审计署) is a central organ, read where a 三公 sentence
opens on it or on its year (853, 855, 851), in 「」 quotes too; a 三公 note's scope in the
central template (…部门预算中使用财政拨款开支…(以下简称“三公经费”)的单位包括X本级, 850); a
report a sentence announces (…报告如下) is no title, and a page's 标题 label no part of the
unit (864). Near cases read nothing. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import _first_title
from govkg.ingest.entities.centralorgan import is_central
from govkg.ingest.extract import extract
from govkg.ingest.threepublic.opening import note_unit
from govkg.ingest.threepublic.unitscope import scope_unit
from govkg.ingest.threepublic.yearsubject import year_subject


def document(text: str):
    return extract(text, "fictional.txt").document


def test_a_bare_ministry_is_a_central_organ_a_division_or_a_medium_is_not():
    for name in ("民政部", "教育部", "审计署", "水利部", "中国人民银行", "民政部机关"):
        assert is_central(name), name
    for name in ("宣传部", "财务部", "业务部", "样例市财政部", "中新网", "人民网"):
        assert not is_central(name), name


def test_a_ministry_opening_its_three_public_sentence_is_the_unit():
    head = "某部今年预算公布\n水利部2031年“三公经费”预算1200.5万元。\n"
    assert note_unit(head)[0] == "水利部"
    assert note_unit("财务部2031年“三公经费”预算12万元。\n") is None  # a division, no organ


def test_a_ministry_after_the_year_in_corner_quotes_is_the_unit():
    head = "【某某網訊】某日報道。\n2030年商務部「三公經費」財政撥款預算中,公務接待費60萬元。\n"
    simplified_head = head.replace("務", "务").replace("費", "费").replace("經", "经")
    simplified_head = simplified_head.replace("財政撥款預算", "财政拨款预算")
    assert year_subject(simplified_head)[0] == "商务部"


def test_a_ministry_in_a_clause_spending_its_three_public_money_is_the_unit():
    head = "记者了解到,2030年司法部“三公经费”实际开支少于当年预算。\n"
    assert year_subject(head)[0] == "司法部"
    # a bare bureau in a clause is no unit: its place is not stated
    assert year_subject("记者了解到,2030年财务处“三公经费”实际开支少于当年预算。\n") is None


def test_a_news_item_relaying_a_ministrys_note_names_the_ministry():
    text = (
        "某部公布三公经费预算\n"
        "某某网4月18日电 据卫生部网站消息,卫生部今天公布2031年“三公经费”预算。\n"
        "卫生部2031年“三公经费”预算1429.52万元,其中公务接待费80万元。\n"
    )
    assert document(text).unit == "卫生部"


def test_the_central_templates_scope_sentence_names_the_unit():
    head = (
        "一、省某某厅公开“三公经费”的范围\n根据预算管理有关规定,省某某厅部门预算中使用财政拨款开支"
        "因公出国(境)费、公务用车购置及运行费和公务接待费(以下简称“三公经费”)的单位包括省某某厅"
        "本级及所属2家事业单位。\n"
    )
    assert scope_unit(head)[0] == "省某某厅"


def test_a_scope_naming_another_unit_or_a_pronoun_reads_nothing():
    head = (
        "根据预算管理有关规定,省某某厅部门预算中使用财政拨款开支因公出国(境)费(以下简称"
        "“三公经费”)的单位包括省某某学校本级。\n"
        "根据预算管理有关规定,本部门部门预算中使用财政拨款开支公务接待费(以下简称“三公经费”)"
        "的单位包括本部门本级。\n"
    )
    assert scope_unit(head) is None


def test_a_report_announced_in_a_sentence_is_no_title():
    head = "现将2031年度中央对地方转移支付项目绩效自评报告如下:\n一、基本情况\n"
    assert _first_title(head) is None
    titled = "样例市某某局2031年度中央对地方转移支付项目绩效自评报告\n一、基本情况\n"
    assert _first_title(titled) is not None
    # announcing a unit's own report, it still names the unit (heldout39)
    named = "现将样例县某某管理站2031年度项目支出绩效自评报告如下:\n一、基本情况\n"
    assert _first_title(named) is not None


def test_a_transfer_title_under_a_pages_title_label_names_its_holder():
    text = (
        "标      题 样例省某某局中央转移支付2031年度绩效自评报告\n"
        "发布机构 省政府办公厅 发布日期 2032-03-15\n\n"
        "根据要求,我局认真梳理了项目,现将2031年度中央对地方转移支付项目绩效自评报告如下:\n"
        "一、项目资金下达情况\n2031年度省财政厅下达中央转移支付专项资金共200万元。\n"
    )
    read = document(text)
    assert (read.unit, read.year) == ("样例省某某局", 2031)
