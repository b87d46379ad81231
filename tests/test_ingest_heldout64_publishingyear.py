"""A year before a clause of publishing dates the publishing, not the accounts: 自2013年這75所
部屬高校開始公開部門決算 (trial 64's 1323, a roundup of the 2016年度部門決算, read 2013) and
自2011年首次向社會公開部門決算以來 (trial 64's 1329, the 2012 central 三公 accounts, read 2011)
were read as titles, their verb phrases as units. A title that opens on its year and names a
unit before the genre's words stays a title. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.publishingyear import dates_publishing

NEWS = (
    "据了解,8月9日,青岚市12所市属学校通过网站公布了2035年度部门决算。其实,自2031年这12所"
    "学校开始公开部门决算。从学校公布的决算数字来看,样例一中以2.18亿元居首,样例二中为1.61亿元。\n"
    "在公布的2035年度部门决算中,样例一中、样例二中两所学校的年度决算过亿元。年度收入方面,"
    "样例一中收入1.95亿元,支出1.90亿元。\n"
)


def test_the_year_publishing_began_is_not_the_accounts_year():
    assert document(NEWS).year == 2035  # 2031 before: 自2031年…开始公开部门决算 as a title
    since = NEWS.replace(
        "其实,自2031年这12所学校开始公开部门决算。",
        "这是自2031年首次向社会公开部门决算以来的第五年。",
    )
    assert document(since).year == 2035


def test_the_publishing_verb_must_end_the_words():
    assert dates_publishing("这12所学校开始公开")
    assert dates_publishing("首次向社会公开")
    assert dates_publishing("样例局公布了")
    assert not dates_publishing("青岚区样例局")
    assert not dates_publishing("青岚区信息公开办公室")


def test_a_title_opening_on_its_year_stays_one():
    text = (
        "2035年青岚区样例局部门决算\n一、部门概况\n(一)主要职能\n样例局负责全区样例工作。\n"
        "二、收入支出决算总体情况说明\n2035年度收入总计120.00万元,支出总计118.00万元。\n"
    )
    read = document(text)
    assert read.unit == "青岚区样例局"
    assert read.year == 2035
