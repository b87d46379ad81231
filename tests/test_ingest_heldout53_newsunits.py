"""The issuing unit and year of news items and 三公 notes (trial 53: 881, 882, 884, 886, 887,
888, read unnamed, short or without their year before): a news item's lead naming the body
that published its 三公经费 (北京市商务委昨天公布了…, 公安部在其网站公布了…, 教育局在官网公布了…);
a 三公 note's scope sentence X因公出国(境)费…开支单位包括局本级 (a place glued before a name
that writes it again left out; a street named …街 where it includes 街本级); a title's short
name the body spells out in full (昆明市科技局 → 昆明市科学技术局); and the two years a 2011
三公 note publishes together (2010年和2011年的“三公经费”), the first being the year accounted.
A pronoun, a reporter, an area's total, a clause going on, a scope including no own level, a
subordinate or another place's bureau are never taken."""

from __future__ import annotations

import re

import pytest

from fictional_text import document
from govkg.ingest.document.listedyears import opens_a_list_of_years
from govkg.ingest.document.spelledout import spelled_out

FIGURES = (
    "数据显示,2030年“三公经费”财政拨款决算649.13万元,2031年“三公经费”财政拨款预算551.59万元。"
    "其中,公务用车购置及运行维护费2030年决算数467.54万元。\n"
)


@pytest.mark.parametrize(
    ("lead", "unit"),
    [
        ("样例市某某委昨天公布了2030年度收支决算情况以及“三公经费”财政拨款情况。", "样例市某某委"),
        ("昨日23时许,农业部在其网站公布了“三公经费”财政拨款情况。", "农业部"),
        ("日前,某某局在官网公布了2030年三公经费。", "某某局"),
        ("7月15日,样例县某某局在其网站公布“三公经费”情况及说明。", "样例县某某局"),
    ],
)
def test_a_news_lead_names_the_body_that_published_its_three_public_figures(lead, unit):
    note = document(f"{lead}{FIGURES}")
    assert note.unit == unit
    assert note.year == 2030


@pytest.mark.parametrize(
    "lead",
    [
        "样例市财政局公布了本市市级“三公经费”情况。",  # an area's whole
        "昨日,记者从样例局获悉,日前公布了“三公经费”情况。",  # no body publishes here
        "我局在官网公布了2030年三公经费。",  # a pronoun
        "在样例部网站公布的有关“三公经费”数据中,2031年预算较少。",  # a place of publishing
        "样例市某某委公布“三公经费”情况,涉及多个单位。",  # a clause going on
    ],
)
def test_no_unit_from_a_lead_naming_no_publishing_body(lead):
    note = document(f"{lead}{FIGURES}")
    assert note.unit not in ("样例市财政局", "样例局", "我局", "在样例部网站", "样例市某某委")


SCOPE_BODY = (
    "二、2031年“三公”经费财政拨款预算情况\n2031年部门财政拨款资金安排“三公”经费预算7.99万元。"
    "具体情况如下:\n(二)公务接待费\n公务接待费3.1万元。\n"
)


@pytest.mark.parametrize(
    ("scope", "unit"),
    [
        (
            "样例区中国共产党某某市样例区委员会党校 因公出国(境)费、公务接待费、公务用车购置及运行"
            "维护费开支单位包括局本级及下属 1 个事业单位。",
            "中国共产党某某市样例区委员会党校",
        ),
        (
            "样例区某某街因公出国(境)费、公务接待费、公务用车购置及运行维护费开支单位包括街本级1个"
            "行政单位。",
            "样例区某某街",
        ),
        (
            "样例市某某区行政审批局因公出国(境)费用、公务接待费开支单位包括行政审批局机关及1个所属"
            "单位。",
            "样例市某某区行政审批局",
        ),
    ],
)
def test_a_three_public_scope_sentence_names_its_unit(scope, unit):
    text = f"2031年“三公”经费财政拨款预算情况说明\n一、“三公”经费的单位范围\n{scope}\n{SCOPE_BODY}"
    note = document(text)
    assert note.unit == unit
    assert note.year == 2031


@pytest.mark.parametrize(
    "scope",
    [
        "本单位因公出国(境)费、公务接待费开支单位包括局本级。",  # a pronoun
        "样例区某某街因公出国(境)费、公务接待费开支单位包括局本级。",  # 街 without 街本级
        "样例区某某局因公出国(境)费、公务接待费开支单位包括其他单位。",  # no own level
    ],
)
def test_no_unit_from_a_scope_sentence_naming_none(scope):
    text = f"2031年“三公”经费财政拨款预算情况说明\n一、“三公”经费的单位范围\n{scope}\n{SCOPE_BODY}"
    assert not document(text).unit_named


def test_a_title_s_short_name_spelled_out_in_the_body_is_written_in_full():
    text = (
        "样例市科技局2031年部门一般公共预算财政拨款“三公”经费支出决算情况说明\n"
        "一、一般公共预算财政拨款“三公”经费支出决算总体情况\n"
        "样例市科学技术局部门2031年度一般公共预算财政拨款“三公”经费支出预算为49.44万元,"
        "支出决算为11.57万元。\n"
    )
    assert document(text).unit == "样例市科学技术局"


@pytest.mark.parametrize(
    ("short", "head", "full"),
    [
        ("样例省住建厅", "标题\n样例省住房和城乡建设厅2031年度自评报告", "样例省住房和城乡建设厅"),
        ("样例市科技局", "样例市科技局信息中心2031年", None),  # a subordinate
        ("样例市科技局", "某某市科学技术局2031年", None),  # another place
        ("样例市科技局", "样例市科技局2031年", None),  # the same name
    ],
)
def test_which_body_names_spell_the_short_one_out(short, head, full):
    found = spelled_out(head, short)
    assert (found[0] if found else None) == full


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("公安部公布2030年和2031年的“三公经费”,", False),  # accounted year and next budget
        ("2030年和2031年“三公经费”情况", False),
        ("2030年和2032年的“三公经费”,", True),  # not one apart
        ("2030年和2031年样例资金共计", True),  # no 三公经费 after them
    ],
)
def test_two_years_of_a_three_public_note_are_no_list(text, listed):
    year = re.search(r"(?P<year>20\d\d)年", text)
    assert opens_a_list_of_years(text, year) is listed


def test_a_title_naming_its_area_only_gives_way_to_the_scope_sentence_s_unit():
    """江汉区 2015年“三公”经费 / 财政拨款预算情况说明 (trial 53's 887): a template's title filled
    with the area alone; the scope sentence names the unit in that area."""
    scope = (
        "样例区中国共产党某某市样例区委员会党校 因公出国(境)费、公务接待费、公务用车购置及运行"
        "维护费开支单位包括局本级及下属 1 个事业单位。"
    )
    title = "2031年“三公”经费财政拨款预算情况说明\n\n样例区 2031年“三公”经费\n\n财政拨款预算情况说明\n"
    note = document(f"{title}一、“三公”经费的单位范围\n{scope}\n{SCOPE_BODY}")
    assert note.unit == "中国共产党某某市样例区委员会党校"
