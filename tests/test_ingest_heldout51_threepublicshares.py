"""A 三公 note's shares of its own total (占“三公”经费财政拨款决算总数的23.5%) name no base
among the year's lines: a news item relaying such a note (trial 51's 844) had hung them on
the year's derived total, which is then dropped as childless, and the draft writer failed
on the dangling key. Test material, fictional."""

from __future__ import annotations

from govkg.ingest.drafts.records import draft_records
from govkg.ingest.extract import extract

NEWS = (
    "样例局2031年“三公”经费决算比预算减10余万\n\n"
    "本网电 据样例网消息,样例局2031年度部门决算。\n\n"
    "2031年样例局“三公”经费财政拨款决算数为100万元,比2031年年初预算数减少10万元。具体情况如下:\n\n"
    "(一)因公出国(境)费2031年度财政拨款决算数为20万元,占“三公”经费财政拨款决算总数的20%。\n\n"
    "(二)公务用车购置及运行费2031年度财政拨款决算数为70万元,占“三公”经费财政拨款决算总数的70%。\n\n"
    "(三)公务接待费2031年度财政拨款决算数为10万元,占“三公”经费财政拨款决算总数的10%。"
)


def test_a_news_item_relaying_a_three_public_note_drafts_with_its_shares():
    report = extract(NEWS, "fictional.txt")
    draft = draft_records(report, None, "fictional.txt")
    ids = {line["id"] for line in draft["funding_lines"]}
    shares = {
        line["as_written"]: line["stated_share"]
        for line in draft["funding_lines"]
        if "stated_share" in line
    }
    assert shares == {"20万元": "20", "70万元": "70", "10万元": "10"}
    assert all(line.get("share_of", next(iter(ids))) in ids for line in draft["funding_lines"])
    assert all(line.get("parent", next(iter(ids))) in ids for line in draft["funding_lines"])


def test_a_share_of_the_years_total_keeps_its_base():
    text = (
        "样例局2031年度部门决算情况说明\n"
        "2031年度本年支出合计200万元。其中:基本支出150万元,占本年支出合计的75%;"
        "项目支出50万元,占本年支出合计的25%。"
    )
    draft = draft_records(extract(text, "fictional.txt"), None, "fictional.txt")
    by_written = {
        line["as_written"]: line for line in draft["funding_lines"] if "as_written" in line
    }
    total = by_written["200万元"]["id"]
    assert by_written["150万元"].get("share_of", total) == total  # its parent: implied
    assert by_written["150万元"]["stated_share"] == "75"
