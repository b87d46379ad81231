"""`govkg ingest` as a user runs it: real report files in, a draft seed that validates out.

The synthetic reports in tests/fixtures/reports were written for these tests (fictional);
each has an ``.expected.yaml`` listing what it states, the oracle the draft is held to.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import networkx
import pytest
import yaml
from starlette.testclient import TestClient

from govkg.answers.kg import bundled_seed, open_graph
from govkg.app import create_app
from govkg.cli import main
from govkg.core.errors import IngestError
from govkg.ingest.resolve import home_places
from govkg.ingest.score import score, score_facts
from govkg.ingest.write import ingest
from govkg.seed.load import load_seed

REPORTS = Path(__file__).parent / "fixtures" / "reports"
FORMATS = Path(__file__).parent / "fixtures" / "formats"
EXPECTED = sorted(REPORTS.glob("synthetic-*.expected.yaml"))


def _expected(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def bundled_draft(tmp_path_factory) -> tuple:
    seed_dir = Path(bundled_seed())
    curated = load_seed(seed_dir)
    into = tmp_path_factory.mktemp("draft") / "seed"
    ingest(seed_dir / curated.documents[0].file, into)
    return load_seed(into), curated, into


def test_bundled_report_scores_against_the_curated_seed(bundled_draft):
    draft, curated, _ = bundled_draft
    scores = {s.kind: s for s in score(draft, curated)}
    lines = scores["expenditure lines and amounts"]
    assert (lines.precision, lines.recall) == (1.0, 1.0), (lines.missed, lines.wrong)
    assert (scores["shares"].precision, scores["shares"].recall) == (1.0, 1.0)
    assert (scores["staffing"].precision, scores["staffing"].recall) == (1.0, 1.0)
    for kind in ("indicators", "named units"):
        assert scores[kind].precision >= 0.95, scores[kind]
        assert scores[kind].recall >= 0.90, scores[kind]
    # Below the target (95% / 90%), measured honestly; this floor catches regressions.
    assert scores["named platforms"].recall >= 0.8


def test_every_draft_fact_is_extracted_with_its_rule(bundled_draft):
    draft, _, _into = bundled_draft
    records = [*draft.entities, *draft.funding_lines, *draft.indicators, *draft.events]
    assert records
    assert all(r.provenance == "extracted" and r.rule for r in records)
    remainder = [f for f in draft.funding_lines if f.derived == "remainder"]
    assert [f.name for f in remainder] == ["其他项目支出"]  # DERIVED, never a stated amount
    assert remainder[0].amount is None


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_synthetic_report(expected: Path, tmp_path: Path):
    facts = _expected(expected)
    report = expected.with_name(expected.name.replace(".expected.yaml", ".txt"))
    into = tmp_path / "seed"
    if not facts["is_report"]:
        with pytest.raises(IngestError, match="does not look like"):
            ingest(report, into)
        assert not into.exists()
        return
    done = ingest(report, into)
    assert done.notes == () if facts["complete"] else done.notes
    _holds_to(load_seed(into), facts)


PUBLISHED_FORMS = [
    (stem, form)
    for stem in ("synthetic-table-years", "synthetic-yuan-decimals")
    for form in ("docx", "html", "pdf")
]


@pytest.mark.parametrize(("stem", "form"), PUBLISHED_FORMS)
def test_the_same_report_published_as_docx_html_or_pdf(stem: str, form: str, tmp_path: Path):
    """Tables become real tables (.docx, .html) or space-separated lines with wrapped prose
    around them (a Chromium-printed PDF's text layer): the facts stay the same."""
    ingest(REPORTS / f"{stem}.{form}", tmp_path)
    _holds_to(load_seed(tmp_path), _expected(REPORTS / f"{stem}.expected.yaml"))


def _holds_to(draft, facts: dict) -> None:
    """The draft states what ``facts`` lists: every amount, nothing invented."""
    (document,) = draft.documents  # every quote verbatim at its offsets, every reference known
    assert (document.fiscal_year, document.date) == (facts["year"], facts["date"])
    issuer = next(e for e in draft.entities if e.id == document.issuer)
    assert issuer.name == facts["unit"]
    scores = {s.kind: s for s in score_facts(draft, facts)}
    for kind in ("expenditure lines and amounts", "shares"):  # every one, nothing invented
        assert (scores[kind].precision, scores[kind].recall) == (1.0, 1.0), scores[kind]
    assert scores["staffing"].precision == 1.0, scores["staffing"]
    assert scores["named units"].recall == 1.0, scores["named units"]  # incl. every section
    assert scores["named platforms"].recall >= 0.8, scores["named platforms"]
    by_amount = {f.amount: f for f in draft.funding_lines if f.amount is not None}
    lines = {f.id: f for f in draft.funding_lines}
    for stated in facts["expenditure"]:
        line = by_amount[Decimal(stated["yuan"])]
        budget = stated.get("budget_yuan")
        assert line.budget == (Decimal(budget) if budget else None), stated["name"]
        if stated.get("share_of"):  # what the share is of: the parent unless named
            base = lines[line.share_of or line.parent].category
            assert base == stated["share_of"] or stated["share_of"] == "total" == base


def test_ingesting_again_changes_nothing(tmp_path: Path):
    into = tmp_path / "seed"
    report = REPORTS / "synthetic-gbk.txt"
    first = ingest(report, into)
    before = {p: p.read_bytes() for p in into.rglob("*") if p.is_file()}
    again = ingest(report, into)
    assert first.written
    assert not again.written
    assert {p: p.read_bytes() for p in into.rglob("*") if p.is_file()} == before


def test_a_second_report_joins_the_bundled_seed(seed_copy: Path, capsys):
    assert main(["ingest", str(REPORTS / "synthetic-gbk.txt"), "--into", str(seed_copy)]) == 0
    assert "facts extracted, awaiting review" in capsys.readouterr().out
    assert main(["query", "--data", str(seed_copy), "{ documents { id fiscalYear } }"]) == 0
    documents = json.loads(capsys.readouterr().out)["data"]["documents"]
    assert {d["fiscalYear"] for d in documents} == {2022, 2023}
    assert main(["validate", "--seed", str(seed_copy)]) == 0
    assert "awaiting review" in capsys.readouterr().out


@pytest.mark.parametrize("bad", ["bad-empty.txt", "bad-binary.txt", "bad-latin1.txt"])
def test_bad_input_is_named_and_nothing_is_written(bad: str, tmp_path: Path, capsys):
    into = tmp_path / "seed"
    assert main(["ingest", str(FORMATS / bad), "--into", str(into)]) == 1
    assert bad in capsys.readouterr().err
    assert not into.exists()


@pytest.mark.parametrize("name", ["report.docx", "report.html", "report.pdf"])
def test_docx_html_and_pdf_reports_ingest(name: str, tmp_path: Path):
    """The same short report in each published form gives the same stated amounts."""
    ingest(FORMATS / name, tmp_path / "seed")
    draft = load_seed(tmp_path / "seed")  # quotes verbatim in the stored extracted text
    text = FORMATS / "report-utf8.txt"
    ingest(text, tmp_path / "text")
    plain = load_seed(tmp_path / "text")
    amounts = sorted(f.amount for f in draft.funding_lines if f.amount is not None)
    assert amounts
    assert amounts == sorted(f.amount for f in plain.funding_lines if f.amount is not None)


def test_next_years_report_of_the_same_unit_joins_its_nodes(seed_copy: Path, tmp_path: Path):
    """A made-up 2024 edition (the bundled text with its years moved on and one amount
    changed) lands on the same nodes, and the changed amount shows as a finding."""
    text = (Path(bundled_seed()) / "sources" / "000_582e67602e6de3ff.txt").read_text("utf-8")
    edition = tmp_path / "edition-2024.txt"
    edition.write_text(text.replace("2023", "2024").replace("298.8万元", "301.2万元"), "utf-8")
    ingest(edition, seed_copy)
    seed = load_seed(seed_copy)
    assert len(seed.documents) == 2
    mentioned = {m.entity for m in seed.mentions}
    assert {"yiyang-bdc", "bdc-zonghe-ke", "shiwei-zhengfawei"} <= mentioned
    kg = open_graph(seed_copy)
    answer = kg.query(
        '{ unit(name: "市大数据中心") { spending { year basic { amount { amount basis } } } } '
        "findings { code message } }"
    )["data"]
    basic = {s["year"]: s["basic"]["amount"] for s in answer["unit"]["spending"]}
    assert basic == {
        2023: {"amount": "2988000.00", "basis": "STATED"},
        2024: {"amount": "3012000.00", "basis": "STATED"},
    }
    mismatches = [f["message"] for f in answer["findings"] if f["code"] == "SHARE_MISMATCH"]
    assert any("3,012,000.00" in m for m in mismatches)  # 52.54万元 is no longer 18%


def test_department_budget_and_the_three_public_expenses(tmp_path: Path):
    """Budget vs executed for the whole department, 三公经费 as its own group, 无 as zero."""
    ingest(Path(__file__).parent / "fixtures/ingest/synthetic-budget-execution.txt", tmp_path)
    lines = {f.name: f for f in load_seed(tmp_path).funding_lines}
    whole = lines["部门整体支出"]
    assert (whole.amount, whole.budget) == (Decimal("13752000.00"), Decimal("13894500.00"))
    assert whole.budget_as_written == "1389.45万元"
    assert lines["部门决算总支出"].parent is None  # a second stated total is not nested
    three = lines["“三公”经费支出"]
    assert three.parent is None  # it cuts across basic and project spending
    assert {n for n, f in lines.items() if f.parent == three.id} == {
        "公务接待费",
        "公务用车运行维护费",
        "因公出国（境）费",
    }
    assert lines["因公出国（境）费"].amount == Decimal("0.00")
    assert lines["政府性基金预算支出"].as_written == "无"
    assert lines["网络运维费"].parent == lines["项目支出"].id  # items listed with 、


def test_reports_of_one_city_share_their_nodes(tmp_path: Path):
    """Every synthetic report in one directory: a unit or platform that two reports of
    the same place name differently (tests/fixtures/reports/aliases.yaml) is one node, or
    two nodes a finding calls possibly the same (an abbreviation: 市城管执法局). Places
    differ (the county's 政务云 is not the city's) and sections of different units never
    merge."""
    reports = [p for p in sorted(REPORTS.glob("synthetic-*.txt")) if "not-a-report" not in p.name]
    documents = {report.stem: ingest(report, tmp_path).document for report in reports}
    seed = load_seed(tmp_path)
    assert len(seed.documents) == len(reports)
    homes = {
        p.stem: home_places(_expected(p.with_suffix(".expected.yaml"))["unit"]) for p in reports
    }
    doubtful = {frozenset((e.id, other)) for e in seed.entities for other in e.possibly_same_as}
    for group in yaml.safe_load((REPORTS / "aliases.yaml").read_text(encoding="utf-8")):
        by_place: dict[tuple, set[str]] = {}
        for named in group["names"]:
            if named["report"] not in homes:
                continue
            document = documents[named["report"]]  # the node that report's name landed on
            ids = {
                e.id
                for e in seed.entities
                if _bare(named["as_written"]) in _names_of(e)
                and any(c.document == document for c in e.sources)
            }
            assert len(ids) == 1, named
            by_place.setdefault(homes[named["report"]], set()).update(ids)
        for place, ids in by_place.items():
            assert len(ids) == 1 or frozenset(ids) in doubtful, (group["entity"], place, ids)
    sections = [e for e in seed.entities if e.category == "section" and e.name == "办公室"]
    assert len(sections) == 3  # three units' own 办公室


def _bare(name: str) -> str:
    return re.sub(r'^[“"]([^”"]+)[”"](?:APP|平台)?$', r"\1", name)


def _names_of(entity) -> set[str]:
    return {entity.name, *entity.aliases}


def test_another_form_of_a_report_is_refused_unless_asked(tmp_path: Path, capsys):
    stem = REPORTS / "synthetic-yuan-decimals"
    bad = FORMATS / "bad-empty.txt"
    argv = ["ingest", f"{stem}.txt", str(bad), f"{stem}.pdf", "--into", str(tmp_path)]
    assert main(argv) == 1  # the empty file and the PDF fail; the text is in
    err = capsys.readouterr().err
    assert "bad-empty.txt" in err
    assert "already holds a report with this title and year" in err
    assert len(load_seed(tmp_path).documents) == 1
    assert main(["ingest", f"{stem}.pdf", "--into", str(tmp_path), "--as-new"]) == 0
    assert len(load_seed(tmp_path).documents) == 2


def test_a_self_assessment_table_gives_achieved_values_not_targets(tmp_path: Path):
    """The 绩效自评表 many reports append: 实际完成值 are indicators, named by their row;
    指标值 targets (≥10个) and the table's heads (一级指标) are not. Test material."""
    report = tmp_path / "report.txt"
    report.write_text(
        "某县某中心2023年度部门整体支出绩效自评报告\n基本支出共计100万元。\n"
        "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
        "产出指标\t数量指标\t完成项目数\t≥10个\t12个\t10\t10\n"
        "效益指标\t满意度\t群众满意度\t≥90%\t96%\t10\t9.5\n三、存在的问题\n无。\n",
        encoding="utf-8",
    )
    ingest(report, tmp_path / "seed")
    measured = {i.as_written: i.name for i in load_seed(tmp_path / "seed").indicators}
    assert measured == {"12个": "完成项目数", "96%": "群众满意度"}


@pytest.mark.parametrize(
    "title",
    [
        "益阳市财政局2023年度部门整体支出绩效自评报告",
        "益阳市财政局关于2023年度部门整体支出绩效自评的报告",
        "2023年度益阳市财政局部门（单位）整体支出绩效自评情况报告",
        "2023年度益阳市财政局整体支出绩效评价报告",
        "关于2023年度益阳市财政局部门整体支出绩效自评的报告",
    ],
)
def test_titles_of_the_genre_name_the_unit_and_year(title: str, tmp_path: Path):
    report = tmp_path / "report.txt"
    report.write_text(f"{title}\n基本支出共计100万元。\n", encoding="utf-8")
    ingest(report, tmp_path / "seed")
    seed = load_seed(tmp_path / "seed")
    (document,) = seed.documents
    issuer = next(e for e in seed.entities if e.id == document.issuer)
    assert (issuer.name, document.fiscal_year) == ("益阳市财政局", 2023)


@pytest.mark.parametrize(
    ("sentence", "staff"),
    [
        (
            "核定编制16名，现有在职人员15人，离退休人员8人。",
            {"编制人数": 16, "在职人数": 15, "退休人数": 8},
        ),
        (
            "编制数为16人，实有在职人数15人，其中在编在岗13人，编外人员2人。",
            {"编制人数": 16, "实有人数": 15, "在编人数": 13, "编外人数": 2},
        ),
        (
            "本单位核定行政编制12个，事业编制4个，实有人员14名。",
            {"行政编制人数": 12, "事业编制人数": 4, "实有人数": 14},
        ),
        ("本部门编制人数十六人，实有人数十五人。", {"编制人数": 16, "实有人数": 15}),
    ],
)
def test_staffing_as_reports_write_it(sentence: str, staff: dict, tmp_path: Path):
    report = tmp_path / "report.txt"
    report.write_text(
        f"益阳市某局2023年度部门整体支出绩效自评报告\n{sentence}\n基本支出100万元。\n", "utf-8"
    )
    ingest(report, tmp_path / "seed")
    found = {
        i.name: int(i.value)
        for i in load_seed(tmp_path / "seed").indicators
        if i.rule == "staffing"
    }
    assert found == staff


def test_a_draft_is_served_and_exported_with_its_status(tmp_path: Path, capsys):
    """serve --data and export --data work on a draft; GraphML says what awaits review."""
    ingest(REPORTS / "synthetic-gbk.txt", tmp_path / "seed")
    out = tmp_path / "draft.graphml"
    assert (
        main(["export", "--format", "graphml", "--data", str(tmp_path / "seed"), "-o", str(out)])
        == 0
    )
    graph = networkx.read_graphml(out)
    rules = {data.get("extraction_rule") for _, data in graph.nodes(data=True)}
    assert {"unit-name", "system-quoted", "report-title"} <= rules
    assert {data.get("provenance") for _, data in graph.nodes(data=True)} == {"extracted"}
    kg = open_graph(tmp_path / "seed")
    with TestClient(create_app(kg)) as client:
        answer = client.post(
            "/graphql", json={"query": "{ documents { id awaitingReview curated } }"}
        ).json()
    (document,) = answer["data"]["documents"]
    assert document["awaitingReview"] > 20
    assert document["curated"] == 0


def test_a_reviewed_draft_is_a_curated_seed(tmp_path: Path, capsys):
    """A curator who accepts every fact deletes the provenance and rule lines: the same
    seed loads, now curated, and validate has nothing left awaiting review."""
    done = ingest(REPORTS / "synthetic-gbk.txt", tmp_path)
    draft = tmp_path / f"{done.document}.yaml"
    lines = draft.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not re.match(r"\s*(provenance|rule): ", line)]
    draft.write_text("".join(kept), encoding="utf-8")
    seed = load_seed(tmp_path)
    assert {f.provenance for f in seed.funding_lines} == {"curated"}
    assert main(["validate", "--seed", str(tmp_path)]) == 0
    assert "awaiting review" not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("head", "unit", "year"),
    [
        # a template whose title names only the city; the unit is in a field (line-broken title)
        (
            "青岚市2023年度部门整体支出\n\n绩效评价自评报告\n部门（单位）名称：  青岚市城市管理监督指挥中心\n",
            "青岚市城市管理监督指挥中心",
            2023,
        ),
        # no unit or year in the title: the fields say
        (
            "部门整体支出绩效自评报告（政数局）\n  评价年度：2024\n  评价单位（公章）：梧川县政务服务和数据管理局\n",
            "梧川县政务服务和数据管理局",
            2024,
        ),
        # the opening sentence says, and a PDF put spaces inside the title
        (
            "整体支出 绩效自评报告\n现将 2022 年度青岚市发展和改革局整体支出绩效自评情况报告如下：\n",
            "青岚市发展和改革局",
            2022,
        ),
    ],
)
def test_unit_and_year_from_fields_where_the_title_lacks_them(
    head: str, unit: str, year: int, tmp_path: Path
):
    """Layouts of real templates (fictional units, test material)."""
    report = tmp_path / "report.txt"
    report.write_text(head + "基本支出共计100万元。\n", encoding="utf-8")
    ingest(report, tmp_path / "seed")
    seed = load_seed(tmp_path / "seed")
    (document,) = seed.documents
    issuer = next(e for e in seed.entities if e.id == document.issuer)
    assert (issuer.name, document.fiscal_year) == (unit, year)


def test_a_stated_total_heads_its_parts_and_money_not_spent_is_no_line(tmp_path: Path):
    """ "支出：799.12万元。其中：…" is the total, not a sibling of its parts; money received,
    contracted or bracketed as a part is not spending. Test material, fictional."""
    report = tmp_path / "report.txt"
    report.write_text(
        "2021年度梧川县政协部门整体支出绩效评价报告\n"
        "1、收入：792.22万元。同比上年度增加189.25万元。\n"
        "2、支出：799.12万元。其中：人员经费支出434.89万元，公用经费支出77.4万元，项目支出286.83万元。\n"
        "项目支出包括委员活动经费36.3万元，调研经费5万元。\n"
        "年初批复预算985万元（含1个年初结转结余项目50万元），实际到位资金334.67万元，中标金额531万元，"
        "合同约定支付（小写：184.8万元）。\n三、存在的问题\n无。\n",
        encoding="utf-8",
    )
    ingest(report, tmp_path / "seed")
    lines = {f.name: f for f in load_seed(tmp_path / "seed").funding_lines}
    total = lines["支出"]
    assert (total.category, total.parent, total.amount) == ("total", None, Decimal("7991200.00"))
    assert {n for n, f in lines.items() if f.parent == total.id} == {
        "人员经费支出",
        "公用经费支出",
        "项目支出",
    }
    assert lines["委员活动经费"].parent == lines["项目支出"].id
    stated = {f.amount for f in lines.values() if f.amount is not None}
    for not_spent in ("7922200", "500000", "3346700", "5310000", "1848000"):
        assert Decimal(not_spent) not in stated


@pytest.mark.parametrize(
    "table",
    [
        "人员编制\n\n21\n\n实有人数\n\n19\n",  # each label above its value
        "人员编制 |\n21 |\n实有人数 |\n19 |\n",  # a web table flattened with bars
        "财政供养人员情况\n编制数\n\n实有人数\n\n控制率\n\n21\n\n19\n\n90.48%\n",  # labels, then values
    ],
)
def test_staffing_in_a_table_with_one_cell_per_line(table: str, tmp_path: Path):
    report = tmp_path / "report.txt"
    report.write_text(
        f"2023年度青岚市某中心部门整体支出绩效自评报告\n{table}基本支出100万元。\n", "utf-8"
    )
    ingest(report, tmp_path / "seed")
    staff = {
        i.name: int(i.value) for i in load_seed(tmp_path / "seed").indicators if i.unit == "人"
    }
    assert staff == {"编制人数": 21, "实有人数": 19}


def test_clauses_are_not_names_and_pdf_figures_are_read(tmp_path: Path):
    """Patterns seen in real reports (fictional text here): a clause that merely begins and
    ends like a unit, 系统 meaning "the sector", a PDF's "231. 00万元", a change named by
    what changed."""
    report = tmp_path / "report.txt"
    report.write_text(
        "2021年度梧川县政协部门整体支出绩效自评报告\n"
        "县政协坚持按照县委部署开展工作。更大力度推进系统党的建设。\n"
        "收入792.22万元，同比上年度增加31.39%。项目支出231. 00万元。\n",
        encoding="utf-8",
    )
    ingest(report, tmp_path / "seed")
    seed = load_seed(tmp_path / "seed")
    names = {e.name for e in seed.entities}
    assert "县政协坚持按照县委" not in names
    assert not any(name.endswith("推进系统") for name in names)
    assert Decimal("2310000.00") in {f.amount for f in seed.funding_lines}
    (change,) = [i for i in seed.indicators if i.as_written == "31.39%"]
    assert change.name != "增加"
    assert "增加" in change.name


def test_findings_across_reports_are_the_stated_inconsistencies(tmp_path: Path):
    """All synthetic reports in one graph: the findings that something does not add up are
    exactly the errors their .expected.yaml files declare, each citing its sentences."""
    reports = [p for p in sorted(REPORTS.glob("synthetic-*.txt")) if "not-a-report" not in p.name]
    assert main(["ingest", *map(str, reports), "--into", str(tmp_path)]) == 0
    kg = open_graph(tmp_path)
    findings = kg.query("{ findings { code message sources { quote } } }")["data"]["findings"]
    wrong = {
        f["code"]: f
        for f in findings
        if f["code"]
        in ("PARTS_EXCEED_TOTAL", "PARTS_SHORT_OF_TOTAL", "SHARE_MISMATCH", "EXECUTED_OVER_BUDGET")
    }
    declared = {
        i["type"]
        for p in reports
        for i in _expected(p.with_suffix(".expected.yaml")).get("inconsistencies") or []
    }
    assert declared == {"sum", "share", "over-budget"}
    assert set(wrong) == {"PARTS_EXCEED_TOTAL", "SHARE_MISMATCH", "EXECUTED_OVER_BUDGET"}
    assert "1856.30万元" in " ".join(s["quote"] for s in wrong["PARTS_EXCEED_TOTAL"]["sources"])
    assert "占基本支出的25%" in " ".join(s["quote"] for s in wrong["SHARE_MISMATCH"]["sources"])
    assert "326.50万元" in " ".join(s["quote"] for s in wrong["EXECUTED_OVER_BUDGET"]["sources"])


def test_an_event_is_about_the_systems_its_clause_names(tmp_path: Path):
    ingest(REPORTS / "synthetic-table-years.txt", tmp_path)
    seed = load_seed(tmp_path)
    names = {e.id: e.name for e in seed.entities}
    (launch,) = [e for e in seed.events if e.date == "2023-06"]
    assert [names[s] for s in launch.subjects] == ["政务云平台"]


def test_a_bad_target_and_control_characters(tmp_path: Path, capsys):
    """--into a file is named, not a traceback; NEL, CR and stray controls in a report are
    stored as plain line breaks and spaces, so every quote reads back at its offsets."""
    not_a_dir = tmp_path / "seed.txt"
    not_a_dir.write_text("x", encoding="utf-8")
    assert main(["ingest", str(REPORTS / "synthetic-gbk.txt"), "--into", str(not_a_dir)]) == 1
    assert "is not a directory" in capsys.readouterr().err
    report = tmp_path / "report.txt"
    report.write_text(
        "2023年度青岚市某局部门整体支出绩效自评报告\r\n基本支出共计100万元。\x85\x07其中人员经费80万元。\u2028",
        encoding="utf-8",
    )
    ingest(report, tmp_path / "seed")
    amounts = {f.amount for f in load_seed(tmp_path / "seed").funding_lines}
    assert {Decimal("1000000"), Decimal("800000")} <= amounts


@pytest.mark.parametrize(
    ("body", "lines", "shares"),
    [
        # a table ends where prose begins: a phone number after it is no amount
        (
            "单位：万元\n项目 2022年 2023年\n基本支出 300 320\n三、其他\n联系电话 0737 4221234\n",
            {"3000000", "3200000"},
            set(),
        ),
        # 分别占…: whose share is whose the text does not say one by one
        (
            "基本支出300万元，项目支出200万元，分别占总支出的60%和40%。",
            {"3000000", "2000000"},
            set(),
        ),
        # an execution rate is no share of spending
        ("项目支出200万元，占年初预算的95%。", {"2000000"}, set()),
        # a budget and its breakdown are budget figures, not executed spending with a budget
        (
            "年初预算500万元，其中基本支出300万元，项目支出200万元。基本支出共计290万元。",
            {"2900000"},
            set(),
        ),
        # rates and unit prices are no spending lines
        ("人均公用经费2.5万元，补助标准为每人每月500元。公用经费共计50万元。", {"500000"}, set()),
    ],
)
def test_nothing_is_invented(body: str, lines: set, shares: set, tmp_path: Path):
    """Probes from a review (fictional text): only stated spending becomes a line."""
    report = tmp_path / "report.txt"
    report.write_text(f"2023年度青岚市某局部门整体支出绩效自评报告\n{body}\n", encoding="utf-8")
    ingest(report, tmp_path / "seed")
    found = load_seed(tmp_path / "seed").funding_lines
    assert {format(f.amount.normalize(), "f") for f in found if f.amount is not None} == lines
    assert {str(f.stated_share) for f in found if f.stated_share is not None} == shares
    assert all(f.budget is None for f in found)


def test_a_name_a_page_break_cuts_still_joins_its_node(tmp_path: Path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(
        "2023年度青岚市某局部门整体支出绩效自评报告\n数据共享交换平台运行良好。基本支出100万元。\n",
        "utf-8",
    )
    second.write_text(
        "2024年度青岚市某局部门整体支出绩效自评报告\n接入数据共享\n- 2 -\n交换系统。基本支出100万元。\n",
        "utf-8",
    )
    ingest(first, tmp_path / "seed")
    ingest(second, tmp_path / "seed")  # would raise "the draft does not validate" before
    seed = load_seed(tmp_path / "seed")
    (platform,) = [e for e in seed.entities if e.record_type == "platform"]
    assert {c.document for c in platform.sources} == {d.id for d in seed.documents}
