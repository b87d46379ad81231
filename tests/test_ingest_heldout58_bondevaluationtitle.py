"""A special bond project's evaluation notice titled only as published (…专项债券项目资金绩效评价
公开 / 公示) is a project report of the family (trial 58's 1103, 永嘉县巽宅镇人民政府's
2023年巽宅专项债券项目资金绩效评价公开, the title glued by the cleaning to its notice's
根据《…》 sentence, and a one-row table 序号 / 主管部门 / 项目单位 / 项目名称 / 发行金额(亿元) /
评价结果 / 备注; refused before). Its unit is the 主管部门 the notice names, never the place's
short name in the title (unnamed where the notice names none); its year the title's. A notice commissioning the evaluation, the title's words inside a sentence
and a title going on after 公开 stay no title. Test material, fictional."""

from __future__ import annotations

import re

import pytest

from govkg.core.errors import IngestError
from govkg.ingest.document.titlebondevaluation import BOND_EVALUATION_TITLE
from govkg.ingest.extract import extract

NOTICE = (
    "2035年青岚专项债券项目资金绩效评价公开\n"
    "根据《样例省财政厅关于开展2036年度地方政府专项债券项目资金绩效评价工作的通知》(样财债"
    "[2036]3号)等文件要求,现将青岚县样例镇人民政府2035年度专项债券项目资金绩效评价情况公示如下:\n"
    "序号\n主管部门\n项目单位\n项目名称\n发行金额(亿元)\n评价结果\n备注\n"
    "1\n青岚县样例镇人民政府\n青岚县样例镇城乡建设投资发展有限公司\n青岚县样例镇山区共同富裕示范片区建设项目\n"
    "0.08\n优\n主管部门评价结果"
)
_TITLE = re.compile(BOND_EVALUATION_TITLE[1:])


def test_a_bond_evaluation_notice_is_a_project_report_of_its_unit_and_year():
    read = extract(NOTICE, "fictional.txt")
    assert read.document.genre == "项目支出绩效自评报告"
    assert read.document.year == 2035
    assert read.document.unit == "青岚县样例镇人民政府"


def test_the_titles_place_is_no_unit_where_the_notice_names_none():
    unnamed = NOTICE.replace("现将青岚县样例镇人民政府", "现将我镇").replace(
        "1\n青岚县样例镇人民政府\n", "1\n"
    )
    assert extract(unnamed, "fictional.txt").document.unit == "（未署名的报告单位）"


def test_the_title_ends_its_line_or_meets_the_notices_ground():
    assert _TITLE.search("2035年青岚专项债券项目绩效评价结果公示\n")
    assert _TITLE.search("2035年青岚专项债券项目资金绩效评价公开根据《样例通知》")
    assert not _TITLE.search("2035年青岚专项债券项目资金绩效评价公开工作方案\n")
    assert not _TITLE.search("2035年青岚项目资金绩效评价公开\n")  # no bond named


@pytest.mark.parametrize(
    "text",
    [
        # the notice commissioning the evaluation
        "样例县财政局关于开展2036年度地方政府专项债券项目资金绩效评价工作的通知\n"
        "各乡镇、各部门:请于2036年5月底前完成评价,报送评价结果。\n",
        # the title's words inside a sentence
        "样例镇新闻\n近日,我镇召开会议,部署专项债券项目资金绩效评价公开事宜,要求各单位按时完成。\n",
    ],
)
def test_a_commissioning_notice_or_a_sentence_stays_refused(text):
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
