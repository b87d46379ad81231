"""A township's report with no title naming it, which describes the township (松木塘镇地处…,
辖14个行政村) and speaks as it (我镇), is the township's: read by the township's name as written
(trial 65's 1340, a township's project self-evaluation opening on 一、项目概况, read unnamed; the
corpus files townships whose government is never named by the township: 平昌县岳家镇). A bureau's
report describing the township where its project is built (no 我镇), a township of another word
(我乡 under …镇) and two townships described read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.townshipvoice import township_voice

REPORT = (
    "一、项目概况\n(一)项目单位基本情况\n"
    "村级转移支付办公费即村管费,该项目主要用于村级工作运转。青岚镇地处样例县偏远乡镇,"
    "距县城39公里,辖14个行政村,1个社区。“村管费”是维持村级组织正常运转的基本保障。"
    "建立健全我镇村级组织运转经费保障机制。\n"
    "二、项目资金使用及管理情况分析\n(一)项目资金到位情况分析\n"
    "该项目2035年度财政资金270.21万元,其中村级办公经费56万元。\n"
)


def test_the_township_described_and_speaking_is_the_unit():
    assert township_voice(REPORT)[0] == "青岚镇"
    assert document(REPORT).unit == "青岚镇"


def test_near_misses_read_nothing():
    assert township_voice(REPORT.replace("我镇", "我局")) is None  # a bureau's voice
    assert township_voice(REPORT.replace("我镇", "我乡")) is None  # another word
    two = REPORT.replace("。“村管费”", "。翠屏镇位于县城南部。“村管费”")
    assert township_voice(two) is None  # two townships described
    assert township_voice(REPORT.replace("青岚镇地处", "在青岚镇地处")) is None  # no subject
