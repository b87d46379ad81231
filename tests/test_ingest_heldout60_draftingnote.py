"""Trial 60's 1196, a township health centre's budget note titled …2020年部门预算的编制说明 and
cut after its first amount: refused before, as no title of the family was seen. The note of a
budget's drafting, alone on its line, is a department's budget note (``report``'s title
words), filed with the accounts; its unit and year are the title's. The words in a sentence or
in a notice asking for one are no title. Test material, fictional."""

from __future__ import annotations

import pytest

from fictional_text import document
from govkg.core.errors import IngestError
from govkg.ingest.extract import extract

BODY = (
    "\n来源:县样例局\n发布日期:2035-05-31\n\n 一、部门情况\n(一)部门机构设置、职责\n"
    "样例镇卫生院是负责本辖区基本医疗和基本公共卫生服务工作的乡卫生院,内设门诊部、住院部及"
    "后勤保障科等3个科室。\n\n主要职责是:\n\n1、负责本辖区基本医疗服务工作。\n\n"
    "2、负责本辖区基本公共卫生服务工作和卫生室医疗业务和公共卫生服务业务指导。\n\n"
    "二、 收入预算说明  \n\n"
    "(一)2035年收入预算88.12万元。其中:"
)


def test_a_budget_drafting_note_is_read_with_its_unit_and_year():
    doc = document("青岚县样例镇卫生院2035年部门预算的编制说明" + BODY)
    assert doc.genre == "部门决算"
    assert doc.unit == "青岚县样例镇卫生院"
    assert doc.year == 2035
    assert extract("青岚县样例镇卫生院2035年部门预算编制说明" + BODY, "f.txt").money


@pytest.mark.parametrize(
    "text",
    [
        "样例局关于报送2035年部门预算的编制说明的通知\n请各单位于5月底前报送。\n",
        "样例新闻\n各单位应认真做好部门预算的编制说明。\n",
    ],
)
def test_a_notice_or_a_sentence_naming_it_is_no_title(text):
    with pytest.raises(IngestError):
        extract(text, "fictional.txt")
