"""Fifty-third trial: a county finance bureau's evaluation, its names and year masked by a
document site (xx县, xxxx年). The evaluator that says 县财政局于…对…开展了绩效评价,具体评价
情况如下 is the writer (``reportedevaluation``), and a masked year leaves the year unread
(``maskedsubject``; trial 53's 899). Held on fictional text, with the near cases."""

from __future__ import annotations

from govkg.ingest.document.maskedsubject import masks_its_year
from govkg.ingest.document.report import read_document
from govkg.ingest.document.reportedevaluation import reporting_evaluator
from govkg.ingest.text.textview import clean_view

REPORT = (
    "xx县某某场所专项资金绩效评价报告\n\n"
    "根据《xx县财政局关于开展xxxx年度专项资金绩效重点评价的通知》(xx财函〔2032〕6号)及单位"
    "自评情况,县财政局于2032年5月8日—13日对县委某某部“xxxx年某某场所建设项目”开展了绩效评价,"
    "具体评价情况如下:\n\n"
    "一、项目概况\n\n"
    "(一)项目立项情况\n\n"
    "从2028年开始,集中在99个村进行某某场所新建,按每村6万元左右的标准予以补助。\n\n"
    "(二)财政投入情况\n\n"
    "县财政从2029年开始,分三年将建设资金450万元全部纳入了财政预算。\n"
)


def test_the_evaluator_announcing_the_report_is_the_unit():
    document = read_document(clean_view(REPORT), "x.txt")
    assert document.unit == "县财政局"
    assert document.year is None


def test_the_evaluator_sentence_as_before():
    head = "青岚县财政局对县某局2031年度某某项目开展了绩效评价。现将评价情况报告如下:"
    assert reporting_evaluator(head) == ("青岚县财政局", (0, 6))
    # no announcement after it: nothing read
    assert reporting_evaluator("青岚县财政局对县某局2031年度某某项目开展了绩效评价,发现问题3个。") is None
    # a pronoun opens it: nothing read
    assert reporting_evaluator("本局于2032年5月对某某项目开展了绩效评价,具体评价情况如下:") is None


def test_a_masked_year_only_in_a_cited_title_masks_nothing():
    assert masks_its_year("对县委某部“xxxx年某某项目”开展了评价")
    assert masks_its_year("现将20xx年预算绩效评价报告如下")
    assert not masks_its_year("根据《关于下达20xx年某某资金的通知》,2031年度")
    unmasked = REPORT.replace("“xxxx年某某场所建设项目”", "“某某场所建设项目”").replace(
        "开展xxxx年度", "开展2031年度"
    )
    assert read_document(clean_view(unmasked), "x.txt").year == 2028
