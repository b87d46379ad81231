"""A central transfer's regional self-assessment form (…转移支付区域绩效目标自评表) is a project
report: its 填报类型 line (整体□ 区域√ 项目□) writes 整体 without being a whole department's
(thirty-third trial). Test material."""

from __future__ import annotations

import pytest

from govkg.ingest.document.report import GENRES, _genre

PROJECT, WHOLE = GENRES[1][0], GENRES[0][0]


@pytest.mark.parametrize(
    "head",
    [
        "2031年中央对地方专项转移支付区域绩效目标自评表\n填报类型:整体□ 区域√ 项目□\n",
        "样例补助资金区 域 绩 效 自 评 表\n单位名称 样例县某局\n",
    ],
)
def test_a_regional_form_is_a_project_report(head):
    assert _genre(head)[0] == PROJECT


def test_a_whole_departments_title_keeps_its_genre_beside_the_form_words():
    head = "样例县某局2031年度部门整体支出绩效自评报告\n附:区域绩效目标自评表\n"
    assert _genre(head)[0] == WHOLE
