"""Forty-third trial: the unit's name where a portal spaces its publisher out to the cell's
width (发布机构: 水 利 局: ``publisher``), where a 决算 introduces a broadcaster ending on 台
(``issuer``), and words that only look like a name (县城内部分…: ``unitnames``). Held on
fictional text, each with the near misses that keep today's reading."""

from __future__ import annotations

from govkg.ingest.document.publisher import PUBLISHER
from govkg.ingest.document.report import read_document
from govkg.ingest.entities.names import find_names
from govkg.ingest.text.textview import clean_view

PROJECT = (
    "2031年度某某管网改造工程项目支出绩效评价报告\n\n"
    "(一)项目概况:\n2031年下达我县某某工程项目资金80万元。\n"
    "1、项目实际支出总额80万元。\n"
)
ACCOUNTS = (
    "第一部分 部门概况\n一、主要职责\n负责节目制作。\n二、部门决算单位构成\n"
    "{sentence}\n第二部分 2031年度部门决算情况说明\n"
    "一、收入支出决算总体情况说明\n收入总计500万元,基本支出300万元,项目支出200万元。\n"
)


def _read(text: str):
    return read_document(clean_view(text), "x.txt")


def _units(text: str, reporter: str = "") -> list[str]:
    return [m.name for m in find_names(clean_view(text), reporter) if m.kind == "unit"]


def test_a_publisher_spaced_to_its_cell_is_the_name_closed_up():
    doc = _read("发布日期: 2031.06.26 索引号: 0001\n发布机构: 交 通 局 文号:\n" + PROJECT)
    assert doc.unit == "交通局"
    assert any("交 通 局" in c.quote for c in doc.cites)  # cited as written


def test_a_publisher_written_closed_still_reads_and_long_spacing_does_not():
    assert PUBLISHER.search("发布机构: 扶贫办 时间: 2031")["unit"] == "扶贫办"
    assert PUBLISHER.search("发布机构: 交 通 运 输 局 文号:") is None  # no cell this wide


def test_a_broadcaster_introduced_in_its_accounts_is_the_unit():
    sentence = "样例市广播电视台是财政一级预算单位,由样例市广播电视台独立构成。"
    assert _read(ACCOUNTS.format(sentence=sentence)).unit == "样例市广播电视台"
    sentence = "某某气象台为市气象局下属事业单位。"
    assert _read(ACCOUNTS.format(sentence=sentence)).unit == "某某气象台"


def test_a_platform_introduced_in_its_accounts_is_no_unit():
    sentence = "样例市政务服务平台是全市统一的办事平台。"
    assert _read(ACCOUNTS.format(sentence=sentence)).unit_named is False


def test_inside_or_part_is_no_department():
    assert _units("完成市区内部分道路改造。县城外部道路已完工。") == []
    assert _units("县财政部分资金已到位。") == []


def test_departments_named_as_before_stay_units():
    assert _units("县委组织部、市委宣传部参加会议。") == ["县委组织部", "市委宣传部"]
    assert _units("县人武部部署演练。") == ["县人武部"]  # its 部署 is a verb after the name
