"""The unit rules corpus round 18 asked for, each held on fictional text with a case it must
not fire on: a body's sentence names its unit through a mirror's readings (readingnames); a
sentence says which unit self-evaluated (selfevaluated); a line of the title block opens on
the unit before the report's words (headingunit).
"""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.headingunit import heading_unit
from govkg.ingest.document.readingfield import closed_up
from govkg.ingest.document.readingnames import name_through_readings
from govkg.ingest.document.report import UNNAMED
from govkg.ingest.document.selfevaluated import self_evaluated

# -- readings: a body's sentence that names its unit through a mirror's readings --------------

READ_THROUGH = (
    "一、“三公”經(jīng)費(fèi)財(cái)政撥款支出決算總體情況說明\n"
    "樣例市某某環(huán)境局2019年度“三公”經(jīng)費(fèi)財(cái)政撥款支出決算為17.06萬元,"
    "完成預(yù)算27萬元的63.2%。其中:公務(wù)接待費(fèi)支出決算為1.76萬元。\n"
)


def test_a_three_public_sentence_names_its_unit_through_readings():
    doc = document(READ_THROUGH)
    assert doc.unit == "樣例市某某環(huán)境局"  # as written, readings and all
    assert doc.unit_named


def test_the_same_sentence_without_a_place_names_no_unit():
    text = READ_THROUGH.replace("樣例市某某環(huán)境局", "某某環(huán)境局")
    assert document(text).unit == UNNAMED


def test_a_sentence_that_hands_money_out_names_no_unit_through_readings():
    text = READ_THROUGH.replace("完成預(yù)算", "下達(dá)各鄉(xiāng)鎮(zhèn)預(yù)算")
    assert document(text).unit == UNNAMED


def test_names_are_read_through_readings_only_where_there_are_readings():
    assert closed_up("样例市某某局2019年度") is None
    assert name_through_readings(lambda closed: ("x", (0, 1)), "样例市某某局") is None
    closed, kept = closed_up("样例市某某环      境局")
    assert closed == "样例市某某环境局"
    assert kept[6] == 12
    found = name_through_readings(lambda c: ("样例市某某环境局", (0, 8)), "样例市某某环      境局")
    assert found == ("样例市某某环境局", (0, 14))


# -- self-evaluated: X(在…基础上)对…进行了绩效自评 --------------------------------------------

SELF_EVALUATED = (
    "某某学校项目绩效自评报告\n"
    "根据《某某部关于开展2020年度转移支付绩效自评工作的通知》(某财〔2021〕2号),"
    "某某部在对各地报送的自评材料审核基础上,对2020年度支持某某发展资金项目进行了绩效自评,"
    "现将绩效自评情况报告如下。\n"
    "一、基本情况\n2020年下达资金30万元,执行率100%。\n"
)


def test_the_unit_that_self_evaluated_is_the_reporter():
    doc = document(SELF_EVALUATED)
    assert doc.unit == "某某部"
    placed = SELF_EVALUATED.replace("某某部在对", "样例县某某局在对")
    assert document(placed).unit == "样例县某某局"
    direct = "一、基本情况\n样例县某某中心对2021年度某某项目开展了绩效自评。资金30万元。\n"
    assert self_evaluated(direct) == ("样例县某某中心", (7, 14))


def test_no_unit_is_read_from_a_sentence_that_names_no_self_evaluator():
    for subject in ("我局", "各部门", "主管部门", "县委宣传部", "某某部会同某某部"):
        text = SELF_EVALUATED.replace("某某部在对", subject + "在对")
        assert document(text).unit == UNNAMED, subject
    unplaced = SELF_EVALUATED.replace("某某部在对", "某某局在对")
    assert document(unplaced).unit == UNNAMED  # a bureau without its place
    evaluated = SELF_EVALUATED.replace("进行了绩效自评", "进行了绩效评价")
    assert document(evaluated).unit == UNNAMED  # another's evaluation, not a 自评
    assert self_evaluated("市财政局要求各单位对项目进行绩效自评。") is None


# -- heading-unit: a title's line opening on the unit before the report's words ----------------

HEADED = (
    "2019样例县扶贫项目绩效自评抽查报告\n"
    "样例县某某局扶贫项目绩效目标自评\n"
    "抽查情况报告\n"
    "县扶贫开发工作领导小组:\n"
    "根据有关文件要求,现将抽查结果报告如下:\n"
    "一、基本情况\n全县绩效自评项目111个,资金30万元,项目支出执行率100%。\n"
)


def test_a_title_line_that_opens_on_the_unit_names_it():
    doc = document(HEADED)
    assert doc.unit == "样例县某某局"
    assert doc.unit_named


def test_a_title_line_naming_another_unit_or_business_names_none():
    for words in ("关于样例县某某中心绩效目标自评", "下达扶贫项目资金的通知", "扶贫项目工作会议"):
        text = HEADED.replace("扶贫项目绩效目标自评\n抽查情况报告", words)
        assert document(text).unit == UNNAMED, words
    unplaced = HEADED.replace("样例县某某局扶贫", "某某局扶贫")
    assert document(unplaced).unit == UNNAMED


def test_a_line_after_the_title_block_is_no_title():
    late = "样例县扶贫项目抽查报告\n领导小组:\n样例县某某局扶贫项目绩效自评报告\n"
    assert heading_unit(late) is None
    assert heading_unit("样例县某某局扶贫项目绩效自评报告\n") == ("样例县某某局", (0, 6))
