"""The accounts' scope sentence names the unit whose accounts they are (trial 63's 1284, a
county public-security bureau's 部门决算 with no title: 纳入浙江省台州市三门县公安局(汇总)2020年度
部门决算编制范围的二级预算单位包括…, the (汇总) mark keeping the composition rule from reading it;
1297, a WeChat repost of a central broadcaster's accounts: 中央广播电视总台 2022年度部门决算编制
范围为中央广播电视总台本级, a medium's name read nowhere else). Both read unnamed before.
After 纳入 a placed (or central) name ending on an organisation word, its scope mark dropped;
or the same name twice, before the year and before the 本级. A pronoun, an unplaced name after
纳入, or two different names read nothing. Test material, fictional."""

from __future__ import annotations

from fictional_text import document
from govkg.ingest.document.accountsscope import accounts_scope_unit

TAKEN_IN = (
    "一、概况\n(一)部门职责\n负责全县治安管理工作。\n(二)机构设置\n"
    "纳入青岚省样例市某某县公安局(汇总)2035年度部门决算编制范围的二级预算单位包括:\n"
    "1. 局本级决算。\n2. 局属交通警察大队。\n"
    "三、2035年度部门决算情况说明\n(一)收入支出决算总体情况说明\n"
    "2035年度收入总计1,234.56万元,支出总计1,234.56万元。基本支出1,000.00万元,"
    "项目支出234.56万元。\n"
)
OWN_LEVEL = (
    "7月25日,样例广播电视总台公布了2035年度部门决算。样例广播电视总台 2035年度部门决算编制范围"
    "为样例广播电视总台本级。\n2035年度,样例广播电视总台收、支总计2,345.67万元,其中基本支出"
    "1,000.00万元,项目支出1,345.67万元。\n"
)


def test_the_taken_in_sentence_names_its_unit_without_its_scope_mark():
    assert document(TAKEN_IN).unit == "青岚省样例市某某县公安局"


def test_the_own_level_scope_names_its_unit():
    assert document(OWN_LEVEL).unit == "样例广播电视总台"


def test_near_misses_name_none():
    # a pronoun, an unplaced name after 纳入, two different names
    assert accounts_scope_unit("纳入本部门2035年度部门决算编制范围的预算单位共计2家。") is None
    assert accounts_scope_unit("纳入2035年部门预算编制范围的只有样例学校本级。") is None
    assert accounts_scope_unit("纳入某某局2035年度部门决算编制范围的二级预算单位0个。") is None
    assert (
        accounts_scope_unit("。青岚区某某局2035年度部门决算编制范围为青岚区某某中心本级。") is None
    )
    assert accounts_scope_unit("。2035年度部门决算编制范围为局本级。") is None
