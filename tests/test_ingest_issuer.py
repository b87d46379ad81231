"""Which unit issues a report, where the title does not say it (or says it short).

Real texts of the corpus, each a way reports of the genre state their unit (the opening's
introduction, a 部门决算's part heading, a form's staffing line, a sharing site's file
name, the unit's own site, a project's holder), and fictional texts for the same patterns
and for the sentences that name another unit (a 主管部门, the finance bureau that asked
for the report, a subordinate centre, a government portal), which must never become the
issuer. Every name found is cited: its quote is the text at its offsets.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml

from govkg.ingest.document.issuer import same_unit
from govkg.ingest.document.report import UNNAMED, read_document
from govkg.ingest.text.textview import clean_view
from govkg.ingest.write import ingest

CORPUS = Path(__file__).with_name("fixtures") / "real-reports"


def issuer_of(text_file: Path) -> tuple[dict, str]:
    """The draft's issuing unit and the stored text its citations point into."""
    with tempfile.TemporaryDirectory() as into:
        done = ingest(text_file, Path(into))
        draft = yaml.safe_load((Path(into) / f"{done.document}.yaml").read_text("utf-8"))
        stored = (Path(into) / draft["documents"][0]["file"]).read_text(encoding="utf-8")
    document = draft["documents"][0]
    unit = next(u for u in draft["units"] if u["id"] == document["issuer"])
    return unit, stored


def expected_unit(text_file: Path) -> str | None:
    expected = text_file.with_name(text_file.name.replace(".txt", ".expected.yaml"))
    return yaml.safe_load(expected.read_text(encoding="utf-8"))["unit"]


# Each a pattern (the text's own words in the comment), the name cited where it stands.
STATED = [
    "02_",  # title 政务中心; body 湖南城陵矶新港区政务服务中心为全额拨款事业单位
    "05_",  # 一、部门概况 中共…办公室(以下简称区委网信办)是区 委工作部门
    "09_",  # 欢迎来到南县政协网站! … 县政协坚持…
    "15_",  # 德钦县人民代表大会常务委员会部门2021年末实有人员编制20人
    "31_",  # 2021年黄石市城市管理执法委员会数字化城市管理运行经费项目…专项资金
    "33_",  # 上海市普陀区体育事业管理中心2022年度项目自评价.pdf
    "40_",  # title …信息化委员会; body …信息化委员会办公室为正处级机关行政单位
    "46_",  # 第一部分 洪江市人民政府办公室概况 (the page's 信息来源 is 洪江市财政局)
    "49_",  # title 曾都区…管理处; body 随州市曾都区…管理处负责组织…
]


def corpus_file(prefix: str) -> Path:
    (found,) = CORPUS.glob(f"{prefix}*.txt")
    return found


@pytest.mark.parametrize("prefix", STATED)
def test_a_unit_the_body_states_is_the_issuer_and_is_cited(prefix):
    text_file = corpus_file(prefix)
    unit, stored = issuer_of(text_file)
    assert unit["name"] == expected_unit(text_file)
    assert not unit.get("unnamed")
    cited = [s for s in unit["sources"] if s["quote"] == unit["name"]]
    assert cited, unit["sources"]
    for source in unit["sources"]:  # every citation verbatim at its offsets
        assert stored[source["start"] : source["end"]] == source["quote"]


@pytest.mark.parametrize(
    ("prefix", "not_the_issuer"),
    [
        ("48_", "重点工程建设服务中心"),  # 根据重点工程建设服务中心提供的…数据
        ("55_", "县财政局"),  # 根据县财政局要求,我办积极组织…
        ("30_", "市财政局"),  # 向市财政局报批; the unit is only 办公室 and its 党组/财务科
        ("34_", "吉林省财政厅"),
        ("44_", "本年收入合计"),  # a 单位决算's second part: no unit named at all
        ("45_", "本单位"),
    ],
)
def test_a_report_that_never_names_itself_stays_unnamed(prefix, not_the_issuer):
    text_file = corpus_file(prefix)
    assert not_the_issuer in text_file.read_text(encoding="utf-8")
    unit, _ = issuer_of(text_file)
    assert unit.get("unnamed") is True
    assert unit["name"] == UNNAMED


def test_a_supervising_department_named_in_the_body_is_not_the_issuer():
    """47: the breadcrumb and 我校是耒阳市教育局直属单位 name the 主管 bureau."""
    text_file = corpus_file("47_")
    assert "耒阳市教育局直属单位" in text_file.read_text(encoding="utf-8")
    unit, _ = issuer_of(text_file)
    assert unit["name"] == "耒阳市第四中学"


def document(text: str):
    return read_document(clean_view(text), "fictional.txt")


def cited_names(found) -> list[str]:
    return [c.quote for c in found.cites]


def test_the_opening_introduction_names_a_unit_the_title_leaves_out():
    found = document(
        "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
        "青岚市政务数据中心为财政全额拨款事业单位，内设科室3个。\n"
        "本年支出合计120.00万元。"
    )
    assert found.unit == "青岚市政务数据中心"
    assert found.unit_named
    assert "青岚市政务数据中心" in cited_names(found)


def test_an_introduction_with_its_short_name_counts_alone():
    found = document(
        "2023年度项目支出绩效自评报告\n一、基本情况\n"
        "中共青岚市委机构编制委员会办公室（以下简称市委编办）负责全市机构编制工作。"
        "项目预算12.00万元，执行12.00万元。"
    )
    assert found.unit == "中共青岚市委机构编制委员会办公室"


def test_a_supervising_department_introduced_first_is_passed_over():
    found = document(
        "2023年度部门整体支出绩效自评报告\n一、部门基本情况\n"
        "青岚市大数据局为本单位主管部门。青岚市政务数据中心为公益一类事业单位。\n"
        "本年支出合计120.00万元。"
    )
    assert found.unit == "青岚市政务数据中心"
    assert "青岚市大数据局" not in cited_names(found)


def test_only_a_supervising_department_or_the_finance_bureau_leaves_the_unit_unnamed():
    found = document(
        "2023年度部门整体支出绩效自评报告\n根据青岚市财政局要求，我中心对2023年度整体支出"
        "进行了自评。\n一、部门基本情况\n青岚市大数据局是我中心的主管部门。\n"
        "本年支出合计120.00万元。"
    )
    assert not found.unit_named
    assert found.unit == UNNAMED


def test_a_subordinate_centre_does_not_replace_the_title_unit():
    found = document(
        "青岚市财政局2023年度部门决算\n一、部门基本情况\n"
        "青岚市财政局信息中心为青岚市财政局下属事业单位。\n本年支出合计120.00万元。"
    )
    assert found.unit == "青岚市财政局"


def test_a_committee_named_in_the_title_becomes_its_office_only_when_the_body_says_so():
    title = "中共青岚市委网络安全和信息化委员会2023年度部门决算情况说明\n"
    said = document(
        title + "（二）机构设置\n中共青岚市委网络安全和信息化委员会办公室为正处级机关行政单位。"
        "\n本年支出合计120.00万元。"
    )
    assert said.unit == "中共青岚市委网络安全和信息化委员会办公室"
    unsaid = document(title + "一、部门基本情况\n本年支出合计120.00万元。")
    assert unsaid.unit == "中共青岚市委网络安全和信息化委员会"


def test_a_part_heading_names_the_unit_before_the_pages_publisher():
    found = document(
        "发布时间:2024-09-01 信息来源:青岚市财政局\n第一部分 青岚市档案馆概况\n"
        "一、部门职责\n第二部分 部门决算表\n一、收入支出决算总表\n本年支出合计120.00万元。"
    )
    assert found.unit == "青岚市档案馆"


def test_a_file_name_line_gives_the_unit_only_when_it_writes_it_in_full():
    body = "\n财政项目支出绩效自评表 (2023 年度)\n项目名称 政务外网运维\n年初预算数 12.00万元\n"
    named = document("青岚市政务数据中心2023年度项目自评.pdf" + body)
    assert named.unit == "青岚市政务数据中心"
    short = document("2023年度项目自评-数据中心.pdf" + body)
    assert not short.unit_named


def test_a_units_own_site_hosts_its_report_but_a_government_portal_does_not():
    body = (
        "\n部门整体支出绩效评价报告\n一、基本情况\n1、支出:120.00万元。\n"
        "县文联坚持围绕中心、服务大局。\n"
    )
    own = document("欢迎来到青岚县文联网站!" + body)
    assert own.unit == "青岚县文联"
    portal = document("欢迎访问青岚县人民政府网站" + body)
    assert not portal.unit_named
    unspoken = document("欢迎来到青岚县文联网站!" + body.replace("县文联坚持", "我们坚持"))
    assert not unspoken.unit_named  # the site alone does not say whose report it is


def test_a_projects_holder_but_not_a_fund_giver():
    held = document(
        "一、自评结论\n项目自评得分90分。\n"
        "2023年青岚市档案馆档案数字化经费项目安排资金合计30万元,实际支出29万元。"
    )
    assert held.unit == "青岚市档案馆"
    given = document(
        "一、自评结论\n项目自评得分90分。\n"
        "2023年青岚市财政局下达的档案数字化项目资金合计30万元,实际支出29万元。"
    )
    assert not given.unit_named


@pytest.mark.parametrize(
    ("stated", "short", "same"),
    [
        ("湖南城陵矶新港区政务服务中心", "政务中心", True),  # the title's words, in order
        ("中共青岚市委网信委员会办公室", "中共青岚市委网信委员会", True),  # the committee's office
        ("随州市曾都区河道堤防建设管理处", "曾都区河道堤防建设管理处", True),  # with its place
        ("青岚市财政局信息中心", "青岚市财政局", False),  # a subordinate
        ("青岚市数据中心", "政务中心", False),  # the same word, not the title's words
        ("青岚市政务服务中心", "白沙县政务服务中心", False),  # another place's
        ("青岚县政务服务中心", "政务服务局", False),  # another organisation word
        ("青岚市大数据局办公室", "青岚市大数据局", False),  # a bureau's office is a section
    ],
)
def test_a_fuller_name_replaces_the_titles_only_when_it_is_the_same_unit(stated, short, same):
    assert same_unit(stated, short) is same


# A form states its unit in a field: 单位(盖章)：…, 部门(单位)名称 | … |, 单位名称：…
FORM_FIELDS = ["57_", "58_"]  # 57 a 部门整体支出绩效自评表 alone; 58 a fund's name in the title


@pytest.mark.parametrize("prefix", FORM_FIELDS)
def test_a_forms_unit_field_names_the_issuer(prefix):
    text_file = corpus_file(prefix)
    unit, stored = issuer_of(text_file)
    assert unit["name"] == expected_unit(text_file)
    for cite in unit["sources"]:
        assert stored[cite["start"] : cite["end"]] == cite["quote"]


def test_a_form_with_no_title_of_the_genre_reads_its_stamp_field():
    found = document(
        "部门整体支出绩效自评表 | | |\n单位(盖章):青岚县白石镇人民政府 | 填报日期:2022年2月3日 |\n"
        "资金(万元) | 年初预算数(A) | 全年执行数(B) |\n年度资金总额: | 172.55 | 168.72 | 10 | 10 |\n"
        "基本支出 | 85.19 | 84.97 |\n全年执行数168.72万元。"
    )
    assert found.unit == "青岚县白石镇人民政府"
    assert "单位(盖章):青岚县白石镇人民政府" in cited_names(found)


def test_a_title_leading_with_a_fund_gives_way_to_the_unit_field():
    found = document(
        "2020年市级文化发展资金项目自评表\n单位名称:区文旅局 填报日期:2021年4月22日\n"
        "项目名称 2020年市级文化发展资金 主管部门 区文旅局 年度资金总额 10.00万元"
    )
    assert found.unit == "区文旅局"


def test_a_title_naming_its_unit_keeps_it_beside_another_units_field():
    found = document(
        "青岚市数据局2022年度项目支出绩效自评报告\n实施单位：青岚市信息中心\n"
        "项目预算12.00万元，执行12.00万元。"
    )
    assert found.unit == "青岚市数据局"


def test_a_publisher_in_traditional_characters_is_named_as_written():
    """A mirror in traditional characters with readings inserted (區(qū)): the page's 來源 field
    is matched on the text as simplified, the unit named and cited as the text writes it."""
    found = document(
        "    來源:青嵐市青港區(qū)人民政府 時間:2024-07-03 09:33\n"
        "關(guān)於提請審議2023年財政收支決算草案的議案\n"
        "一、收入支出決算總體情況\n本年支出合計120.00萬元。"
    )
    assert found.unit == "青嵐市青港區(qū)人民政府"
    assert any("青嵐市青港區(qū)人民政府" in quote for quote in cited_names(found))


def test_a_real_mirrors_publisher_keeps_its_traditional_characters():
    unit, _ = issuer_of(corpus_file("108_"))
    assert unit["name"] == expected_unit(corpus_file("108_")) == "泉州市泉港區(qū)人民政府"
