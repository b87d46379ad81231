"""A news medium's 来源 line is no unit, and a news item whose headline opens on a placed unit
and whose body speaks as it (我局) is that unit's (trial 61's 1210: 冷水江市财政局重点绩效评价
工作积极推进 / …9月15日讯(通讯员 …)…我局重点抽取了… / 来源:冷水江市融媒体中心: read as the
medium's before, now the bureau's). Patterns: ``document.newsmedium`` (融媒体中心, 日报, 电视台…
named as the source of a news item is its publisher) and ``document.headlinevoice`` (the
headline's placed unit, the body's 我局). Not a medium's own accounts (no news words), not a
headline whose body never says 我局, not a name with no place. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.headlinevoice import headline_unit
from govkg.ingest.document.newsmedium import news_medium

NEWS = (
    "首页 新闻服务 部门 青岚市财政局重点绩效评价工作积极推进\n\n"
    "青岚市财政局重点绩效评价工作积极推进\n\n2035-09-15 10:17:38 青岚市融媒体中心\n\n"
    "新青岚9月15日讯(通讯员 某某)2035年,我局重点抽取了教育提升项目等共12个项目进行了绩效评价。"
    "涉及资金总额8800万元。\n\n责编:某某\n\n来源:青岚市融媒体中心\n"
)


def test_the_headlines_unit_speaking_as_we_is_the_unit_not_the_medium():
    assert news_medium(NEWS, "青岚市融媒体中心")
    doc = document(NEWS)
    assert doc.unit == "青岚市财政局"


def test_a_mediums_own_accounts_keep_their_publisher():
    own = "来源:青岚县融媒体中心\n我中心2035年部门决算说明\n"
    assert not news_medium(own, "青岚县融媒体中心")
    assert not news_medium(NEWS, "青岚市财政局")


def test_no_we_or_no_place_names_no_unit():
    told = NEWS.replace("我局重点抽取了", "该局重点抽取了")
    assert headline_unit(told) is None
    assert document(told).unit_named is False  # the medium is no unit either
    unplaced = NEWS.replace("青岚市财政局重点", "市财政局重点")
    assert headline_unit(unplaced) is None
    not_news = NEWS.replace("新青岚9月15日讯(通讯员 某某)", "")
    assert headline_unit(not_news) is None


PAPER = (
    "2035年11月25日\n第A02版:要闻\n\n市财政局全力保障样例经费\n\n"
    "本报讯(某某 全媒体记者某某)日前,记者从市财政局了解到,该局将样例工作列入财政整体工作规划。\n\n"
    "据悉,今年市级财政预算安排样例有关经费1300多万元,主要用于样例检测。"
    "市财政局督促指导预算执行,年末开展绩效自评并完成绩效评价报告。\n"
)


def test_the_reporters_source_under_its_headline_is_the_unit_as_written():
    """Trial 61's 1219: 市财政局全力保障食品安全经费 / 记者从市财政局了解到 (no city written)."""
    assert headline_unit(PAPER)[0] == "市财政局"


def test_a_source_other_than_the_headlines_unit_names_none():
    other = PAPER.replace("记者从市财政局了解到", "记者从省财政厅了解到")
    assert headline_unit(other) is None
