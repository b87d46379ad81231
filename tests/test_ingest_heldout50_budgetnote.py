"""A department's budget note states the coming year's budget (trial 50's 797, 800-803): its
收入 and 支出 of that year are BUDGET, not money received or spent, whether the note says so
in its title (…2031年部门预算情况说明, …部门预算公开) or, untitled, in its headings
(二、部门预算单位构成, 三、2031年预算收支说明) (``kinds.budgetnote``, ``kinds.budgetsection``).
An amount no word names under the note's heading of its 支出 is budgeted too. With it: the
parts listed under 其中 after a total's definition (是指…) are the total's (``totalparts``),
纳入…收入 followed by its own figure names the next item, not this one's revenue
(``countedin``), and 增加了专项项目支出X万元 is a change (``classchange``). Figures said to be
决算, 实际 or 上年, of another year, changes, a 决算's figures using the same words, an
untitled text naming 决算, and a project's 预算 words keep today's reading. Test material,
fictional."""

from __future__ import annotations

from govkg.ingest.extract import extract
from govkg.ingest.kinds.budgetnote import budget_note_year


def kinds(text: str) -> list[tuple[str, str | None]]:
    return [(m.as_written, m.kind) for m in extract(text, "fictional.txt").money]


TITLED = (
    "样例市样例区人民法院2031年部门预算情况说明\n"
    "一、单位基本情况\n"
    "样例区人民法院是国家的审判机关,内设职能部门12个。\n"
    "二、收支预算\n"
    "(一)支出预算\n"
    "2031年支出预算900万元。\n"
    "1.按支出功能分类,包括公共安全支出600万元、其他支出300万元。\n"
    "(二)财政拨款收支预算\n"
    "2031年财政拨款收支总预算900万元。包括:一般公共预算拨款收入700万元、政府性基金收入200万元。\n"
    "三、其他重要事项的情况说明\n"
    "1、部门运行经费情况。2031年一般公共预算财政拨款运行经费417万元,主要用于办公费及印刷费。\n"
)


def test_a_titled_budget_notes_revenue_and_spending_are_budgeted():
    got = dict(kinds(TITLED))
    for written in ("600万元", "300万元", "700万元", "200万元", "417万元"):
        assert got[written] == "BUDGET", written


def test_a_titled_note_keeps_accounts_other_years_and_changes():
    text = TITLED + (
        "2、上年情况。2030年决算支出880万元,上年实际支出870万元。\n"
        "3、2029年财政拨款收入760万元。\n"
        "4、2031年一般公共预算财政拨款支出417万元,比2030年减少53万元。\n"
    )
    got = dict(kinds(text))
    assert got["880万元"] == "SPENDING"
    assert got["870万元"] == "SPENDING"
    assert got["760万元"] == "REVENUE"
    assert got["53万元"] == "CHANGE"


UNTITLED = (
    "一、主要职能 样例区政协的主要职能是政治协商、民主监督、参政议政。 "
    "二、部门预算单位构成 从单位构成看,区政协包括办公室、提案委员会。 "
    "三、部门收支概况 (一)2031年初预算收入300万元,其中:一般公共预算拨款250万元,"
    "专项资金拨款50万元。 "
    "四、一般公共预算拨款支出 2031年一般公共预算拨款支出250万元,其中:一般公共服务支出"
    "200万元,社会保障和就业支出50万元。2031年本级专项资金支出50万元,其中:政协会议支出"
    "30万元,委员视察工作支出20万元。 五、其他重要事项的情况说明 专项经费50万元,即为政协会议。"
)


def test_an_untitled_budget_notes_spending_is_budgeted():
    got = kinds(UNTITLED)
    assert budget_note_year(UNTITLED) == 2031
    assert {k for w, k in got} == {"BUDGET"}


def test_an_untitled_text_naming_accounts_is_no_budget_note():
    text = UNTITLED + " 六、2030年决算情况 2030年决算支出240万元。"
    assert budget_note_year(text) is None
    got = kinds(text)
    assert [k for w, k in got if w == "250万元"][-1] == "SPENDING"


def test_an_accounts_title_keeps_its_spending():
    text = (
        "样例市样例局2030年度部门决算\n"
        "一、部门基本情况\n样例局内设科室3个。\n"
        "二、一般公共预算拨款支出\n2030年一般公共预算拨款支出250万元,其中:一般公共服务支出200万元。\n"
    )
    assert budget_note_year(text) is None
    got = dict(kinds(text))
    assert got["250万元"] == "SPENDING"
    assert got["200万元"] == "SPENDING"


def test_an_execution_report_is_no_budget_note():
    text = (
        "样例县2031年预算执行情况说明\n"
        "一、预算收支执行情况\n2031年一般公共预算支出250万元,财政拨款收入260万元。\n"
    )
    assert budget_note_year(text) is None
    got = dict(kinds(text))
    assert got["250万元"] == "SPENDING"
    assert got["260万元"] == "REVENUE"


def test_a_projects_budget_words_keep_its_spending():
    text = (
        "样例县2031年样例项目支出绩效自评报告\n"
        "一、项目基本情况\n(一)收入预算\n项目预算100万元,实际支出90万元,支出经费80万元。\n"
    )
    assert budget_note_year(text) is None
    got = dict(kinds(text))
    assert got["90万元"] == "SPENDING"


def test_unnamed_items_under_the_notes_spending_heading_are_budgeted():
    text = (
        "一、部门职责\n1、负责全州宣传工作;\n2、完成州委交办的其他工作任务。\n"
        "二、机构设置\n样例部设办公室、新闻宣传科。核定行政编制20人。\n"
        "三、2031年预算收支说明\n"
        "1、收支预算总体情况\n2031年财政预算拨款收入560万元。\n"
        "2、公共预算拨款支出明细情况\n"
        "一是工资福利支出400万元;\n二是商品和服务支出20万元;\n四退休费支出13万元;\n"
        "五是各类保险缴费81万元;\n"
        "3、政府采购情况\n货物类项目12万元。\n"
    )
    got = dict(kinds(text))
    assert got["560万元"] == "BUDGET"
    assert got["400万元"] == "BUDGET"
    assert got["81万元"] == "BUDGET"
    assert got["12万元"] is None  # procurement's heading places no 收入 or 支出


def test_the_parts_after_a_defined_total_are_the_totals():
    text = TITLED + (
        "(二)项目支出:2031年年初预算数为300万元,是指单位为完成特定任务而发生的支出,"
        "包括专项业务费。其中:(1、2030年报刊订阅16.00万元;2、样例宣传51万元;"
        "3、新闻上稿补助经费11万元;\n"
    )
    got = dict(kinds(text))
    assert got["16.00万元"] == "BUDGET"
    assert got["51万元"] == "BUDGET"
    assert got["11万元"] == "BUDGET"


def test_a_statement_between_total_and_parts_leaves_them_unread():
    text = "样例局2030年度部门决算\n项目支出300万元,共购置车辆2辆。其中:(1、样例宣传51万元;\n"
    assert dict(kinds(text))["51万元"] is None


def test_the_next_items_revenue_name_is_not_this_amounts():
    text = TITLED + (
        "(三)收入预算,2031年年初预算数596万元,其中,一般公共预算拨款596万元,"
        "纳入专户管理的非税收入0万元。\n"
    )
    got = kinds(text)
    assert [k for w, k in got if w == "596万元"] == ["BUDGET", "BUDGET"]
    plain = "市财政预留总预算资金346.87万元,统一计入我中心财政拨款收入。\n"
    assert dict(kinds("样例中心2031年部门决算\n" + plain))["346.87万元"] == "REVENUE"


def test_an_added_special_project_spending_is_a_change():
    text = TITLED + ("收入较去年增加了110.58万元,主要原因是增加了专项项目支出110.58万元。\n")
    got = kinds(text)
    assert [k for w, k in got if w == "110.58万元"] == ["CHANGE", "CHANGE"]
