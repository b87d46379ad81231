"""A special bond project's yearly disclosure of its money's use, the money used stated under the
use's numbered heading and another item of the 财政部's template beside it, is a project report
of the family (trial 57's 1057, 旬阳县住房和城乡建设局's disclosure of a truck park's bond, its
page title lost: 1、截至上年末专项债券资金使用情况。 / …共使用专项债券资金1026万元… / 2、截至上年末
专项债券对应项目建设进度、运营情况。; refused before); its year the year-end it reports at
(截至2020年末: ``yearendyear``), where no other year is written. A news item on bonds issued,
a use heading with no money used, a heading alone with no other item or disclosure, an
audit's section on the bonds and a notice allocating bond money stay refused. Test material,
fictional."""

from __future__ import annotations

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.bonddisclosure import discloses_bond_use
from govkg.ingest.document.yearendyear import year_end_year
from govkg.ingest.extract import extract

DISCLOSURE = (
    "1、截至上年末专项债券资金使用情况。\n"
    "该项目共发行债券3000万元,截至2031年末,共使用专项债券资金1520万元,资金使用进度达50.7%。\n"
    "2、截至上年末专项债券对应项目建设进度、运营情况。\n"
    "在样例镇新建停车场一座;截至2031年末已完成路基工程,因项目处于在建阶段,尚未运营。\n"
    "3、截至上年末专项债券项目收益及对应形成的资产情况。\n"
    "截至上年末因项目暂未投入运营,未形成有效收益。\n"
    "样例县交通运输局\n2032年6月20日\n"
)
TITLED = (
    "样例市水务局关于样例污水处理厂专项债券项目存续期信息公开的公告\n"
    "(一)专项债券资金使用情况:\n"
    "截止2031年底,已支付工程款共计860万元。\n"
    "(二)项目运营情况\n项目已竣工,运营正常。\n"
)


@pytest.mark.parametrize("text", [DISCLOSURE, TITLED])
def test_a_bond_projects_disclosure_of_its_money_use_is_a_project_report(text):
    assert discloses_bond_use(text)
    read = extract(text, "fictional.txt")
    assert read.document.genre == "项目支出绩效自评报告"
    assert read.document.year == 2031  # 截至2031年末 / 截止2031年底 (yearendyear)
    assert any(m.kind == "SPENDING" for m in read.money)


def test_the_disclosures_unit_is_its_signature():
    assert extract(DISCLOSURE, "fictional.txt").document.unit == "样例县交通运输局"


@pytest.mark.parametrize(
    "text",
    [
        # news: bonds issued, no heading of their use
        "样例县新闻\n今年我县发行专项债券2亿元,用于停车场、污水管网等项目建设。\n",
        # the use's heading with no money used under it
        DISCLOSURE.replace(
            "该项目共发行债券3000万元,截至2031年末,共使用专项债券资金1520万元,资金使用进度达50.7%。",
            "专项债券资金按进度拨付,管理规范。",
        ),
        # the use's heading alone: no other item of the template, no disclosure named
        "1、专项债券资金使用情况\n截至2031年末,共使用专项债券资金1520万元。\n",
        # an audit's section on the bonds' use
        "审计发现的主要问题\n(一)专项债券资金使用情况\n截至2031年末,共使用专项债券资金1520万元,"
        "其中闲置300万元。\n(二)项目建设进度\n进度滞后。\n",
    ],
)
def test_news_no_money_used_a_lone_heading_or_an_audit_stays_refused(text):
    assert not discloses_bond_use(text)
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")


def test_a_notice_allocating_bond_money_is_no_disclosure():
    text = (
        "样例市财政局关于下达2031年新增专项债券资金的通知\n"
        "1、专项债券资金使用情况\n下达专项债券资金3000万元,用于停车场建设。\n"
        "2、项目建设进度\n请抓紧实施。\n"
    )
    assert not discloses_bond_use(text)


def test_a_year_end_states_the_year_only_where_every_year_end_is_one_year():
    assert year_end_year("截至2031年末,共使用资金1520万元")["year"] == "2031"
    assert year_end_year("截至2031年12月31日,已支付860万元")["year"] == "2031"
    assert year_end_year("截至2030年底累计完成,截至2031年底共完成") is None  # two year-ends
    assert year_end_year("2030至2031年末") is None  # 至 alone ends a range
    assert year_end_year("截至2031年6月,已支付860万元") is None  # no year's end
