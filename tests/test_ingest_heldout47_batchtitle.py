"""A fund's report titled by one batch of the fund (…救灾资金(第八批)绩效自评报告: trial 47's 726)
is a project report of the family; a batch named in a sentence is no title. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

TEXT = (
    "样例区农业农村委员会\n关于样例区2031年度中央农业生产和水利救灾资金(第三批)绩效自评报告\n"
    "一、基本情况\n2031年,上级下达我委救灾资金300万元,已全部拨付到位。\n"
)


def test_a_title_naming_a_batch_of_the_fund_is_a_project_report():
    document = extract(TEXT, "fictional.txt").document
    assert document.genre == "项目支出绩效自评报告"
    assert document.unit == "样例区农业农村委员会"


def test_without_the_batch_the_title_reads_as_before():
    text = TEXT.replace("(第三批)", "")
    assert extract(text, "fictional.txt").document.genre == "项目支出绩效自评报告"
