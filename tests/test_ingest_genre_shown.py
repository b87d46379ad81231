"""A text with no title of the family is filed under the member its words show, or under
none: never under a default (``genresigns.genre_shown``). Fictional texts (青岚市…)."""

from __future__ import annotations

import pytest
import yaml

from govkg.ingest.document.genresigns import ACCOUNTS, PROJECT, WHOLE, genre_shown
from govkg.ingest.extract import extract
from govkg.ingest.write import ingest

THREE_PUBLIC = (
    "青岚市档案馆“三公”经费支出情况\n"
    "2022年“三公”经费决算支出12.5万元，其中：公务接待费2.5万元，公务用车运行维护费10万元。\n"
)
PROJECT_PAGE = (
    "一、项目基本情况\n项目名称：青岚市档案数字化工程。主管部门：青岚市档案局。\n"
    "二、项目资金使用情况\n年初预算数30万元，全年执行数28.5万元，执行率95%。\n"
)
WHOLE_PAGE = (
    "一、部门基本情况\n青岚市档案馆部门整体支出绩效自评情况如下。\n"
    "二、部门整体支出情况\n年初预算数120万元，全年执行数118万元。其中项目支出20万元。\n"
)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (THREE_PUBLIC, ACCOUNTS),
        (PROJECT_PAGE, PROJECT),
        (WHOLE_PAGE, WHOLE),
        # a whole department's page that cites its 三公 and 决算 figures stays its own
        (WHOLE_PAGE + "“三公”经费决算数3万元，较上年减少1万元。\n", WHOLE),
        # a project's report that once says 决算 stays a project's
        (PROJECT_PAGE + "项目决算数28.5万元。\n", PROJECT),
        # must not fire: 项目支出 is a line of any department's spending, not a project's word
        ("本年支出合计50万元，其中基本支出30万元，项目支出20万元。\n", None),
        ("全年资金支出56.8万元。\n", None),
        # an untitled budget note's heading (trial 53's 902)
        (
            "一、部门职能职责\n青岚市科技馆是公益一类事业单位。\n二、部门收支概况\n"
            "2032年部门预算编报范围包括机关的收入、支出。\n",
            ACCOUNTS,
        ),
        # the Chongqing budget note's headings outweigh its duties' 主管部门 (trial 56's 1005)
        (
            "一、单位基本情况\n本校由主管部门青岚区教委管理,接受主管部门考核。\n"
            "二、部门收支总体情况\n(一)收入预算\n2035年收入预算300万元。\n三、部门预算情况说明\n",
            ACCOUNTS,
        ),
        # a project's page naming its 收入预算 in a sentence, not as a heading, stays a project's
        (PROJECT_PAGE + "项目收入预算30万元。\n", PROJECT),
    ],
    ids=["three-public", "project", "whole", "whole-citing-accounts", "project-citing-决算",
         "项目支出-alone", "no-words", "budget-note-overview", "budget-note-headings",
         "project-收入预算-in-prose"],
)
def test_the_words_show_the_member_of_the_family_or_nothing(text, shown):
    assert genre_shown(text) == shown


def test_a_titleless_draft_records_the_genre_shown_or_leaves_it_out(tmp_path):
    assert extract(THREE_PUBLIC, "a.txt").document.genre == "部门决算"
    assert extract(PROJECT_PAGE, "b.txt").document.genre == "项目支出绩效自评报告"
    page = tmp_path / "unknown.txt"
    page.write_text("一、基本情况\n本年资金支出56.8万元，项目支出20万元，执行率98%。\n", "utf-8")
    done = ingest(page, tmp_path / "seed")
    draft = yaml.safe_load((tmp_path / "seed" / f"{done.document}.yaml").read_text("utf-8"))
    document = draft["documents"][0]
    assert "genre" not in document  # unknown: left out, never a default
    notes = extract(page.read_text("utf-8"), "c.txt").document.notes
    assert any(note.startswith("neither a title nor the words") for note in notes)


def test_a_sector_regulator_named_in_the_duties_is_no_project_word():
    """Trial 58's 1090: an untitled 决算 note whose duties name a 行业主管部门 (a sector's
    regulator) is the accounts by its one 决算 heading; a project's 主管部门 still counts."""
    note = (
        "一、基本职能及主要工作\n1.建立与行业主管部门相关评价体系的衔接机制。\n"
        "三、收支决算总体情况\n2035年本中心本年收入合计85.1万元。\n"
    )
    assert genre_shown(note) == ACCOUNTS
    page = "一、基本情况\n主管部门：样例局。\n三、收支决算总体情况\n本年收入合计85.1万元。\n"
    assert genre_shown(page) is None  # a project's 主管部门 against one 决算: said unknown
