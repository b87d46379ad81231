"""Another body's figure, ranked among the bodies a news item compares (在已公布“三公经费”的各部门
中,去年接待费最高的是中国科学院,达9995.5万元: trial 55's 969, on 住建部's note, read as spent), is
no money of the item's subject: OTHER, read by ``rankedbodies``; a ranked body named elsewhere in
the text (the subject itself), a bare 部门 and a rank with no body keep their readings. Test
material, fictional."""

from __future__ import annotations

from govkg.ingest.document.report import Given
from govkg.ingest.extract import extract


def read(text: str, title: str = "样例部2031年三公经费情况说明") -> list[tuple[str, str | None]]:
    found = extract(text, "fictional.txt", Given(title=title)).money
    return [(m.as_written, m.kind) for m in found]


SUBJECT = "样例部公布,去年“三公经费”实际支出为512.3万元,其中公务接待费支出20.5万元。\n"


def test_the_highest_of_the_departments_ranked():
    text = (
        SUBJECT
        + "据记者统计,在已公布“三公经费”的各部门中,去年接待费最高的是国家样例局,达3210.5万元。\n"
        + "样例部称,公务接待费支出下降主要是严格控制接待标准。\n"
    )
    assert read(text)[-1] == ("3210.5万元", "OTHER")


def test_the_lowest_of_the_districts_ranked():
    text = (
        SUBJECT
        + "在全市已公开的各区中,公务接待支出最低的为样例区,支出仅为3.2万元。\n"
    )
    assert read(text)[-1] == ("3.2万元", "OTHER")


def test_the_subject_ranked_first_keeps_its_reading():
    text = (
        SUBJECT
        + "在已公布的各部门中,去年接待费支出最高的是样例部,达20.5万元。\n"
    )
    assert read(text)[-1] == ("20.5万元", "SPENDING")


def test_a_rank_naming_no_body_keeps_its_reading():
    text = SUBJECT + "各项支出中,支出最高的为公务用车运行费,支出达300万元。\n"
    assert read(text)[-1] == ("300万元", "SPENDING")


def test_the_next_ranked_bodies_no_word_names_are_theirs_too():
    # 其次为农业部,达3655.68万元, 最低的为国务院发展研究中心,仅为5.84万元: no kind word before
    # them (unread before); each is the ranked body's money
    text = (
        SUBJECT
        + "在已公布的各部门中,去年接待费最高的是国家样例局,达3210.5万元,其次为样例农业部,"
        + "达1655.68万元,最低的为样例发展研究中心,仅为5.84万元。\n"
    )
    assert read(text)[-3:] == [("3210.5万元", "OTHER"), ("1655.68万元", "OTHER"), ("5.84万元", "OTHER")]
