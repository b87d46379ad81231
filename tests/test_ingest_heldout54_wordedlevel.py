"""Trial 54: the level a figure came to after a change said in words (比2010年稍多,为93.08万元)
takes the kind its sentence's topic names (929: 2011年的预算数因公出国(境)费和公务接待费持平,但是
公务用车购置及运行费比2010年稍多,为93.08万元。). A change with a figure, a sentence opened on no
year's 预算数/决算数, a figure before it in its sentence keep their readings. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract

HEAD = (
    "样例局“三公”预算与去年持平\n"
    "样例局日前公开“三公经费”,2031年“三公经费”财政拨款决算数合计300万元,"
    "因公出国(境)费100.00万元,公务用车购置及运行费120.00万元,公务接待费80.00万元。\n"
)


def written(body: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(HEAD + body, "fictional.txt").money]


def test_the_level_after_a_worded_change_is_the_topic_s():
    body = (
        "2032年的预算数因公出国(境)费和公务接待费持平,"
        "但是公务用车购置及运行费比2031年稍多,为121.50万元。\n"
    )
    assert written(body)[-1] == ("121.50万元", "BUDGET")
    body = "2032年决算数公务接待费较上年略有减少,为70.00万元。\n"
    assert written(body)[-1] == ("70.00万元", "SPENDING")


def test_a_sentence_with_no_such_topic_keeps_it_unread():
    body = "公务用车购置及运行费比2031年稍多,为121.50万元。\n"
    assert written(body)[-1] == ("121.50万元", None)
    body = "记者发现,2032年公务用车购置及运行费比2031年稍多,为121.50万元。\n"
    assert written(body)[-1] == ("121.50万元", None)


def test_a_figure_before_it_in_its_sentence_keeps_it_unread():
    body = (
        "2032年的预算数因公出国(境)费100.00万元,"
        "但是公务用车购置及运行费比2031年稍多,为121.50万元。\n"
    )
    assert written(body)[-1] == ("121.50万元", None)
