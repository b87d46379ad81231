"""Across units and years: a unit's series, units ranked in a year, the corpus coverage and
the landing page's units × years table, on a seed of real report texts ingested as a user
would (the bundled 2023 report plus six real texts of tests/fixtures/real-reports).

Two texts are filed under a unit they are not from, as the corpus benchmark varies names:
the 城陵矶 2023 report (a copy, one newline added, so its checksum differs) as the 沙坪坝
center's 2023 report, which gives that center two years; and the 许昌 2022 report as the
荷塘 women's federation's, which gives that unit two 2022 reports that disagree. Every
amount below is what the texts state (checked by hand in the .expected.yaml files).
"""

from __future__ import annotations

import html
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from graphql import execute as graphql_execute
from graphql import parse
from rdflib import RDF
from starlette.testclient import TestClient

import govkg
from conftest import ask
from govkg.answers.kg import bundled_seed, open_graph
from govkg.answers.review import review, reviews
from govkg.api.execute import context_for, schema
from govkg.api.nodes import MAX_OBJECTS
from govkg.app import create_app
from govkg.graph.ontology import GOVKG
from govkg.ingest.document.report import Given
from govkg.ingest.write import ingest

REAL = Path(__file__).with_name("fixtures") / "real-reports"
SHAPINGBA = "重庆市沙坪坝区大数据发展服务中心"
FULIAN = "株洲市荷塘区妇女联合会"
CHANGDE = "常德市人民政府电子政务管理办公室"
YIYANG = "益阳市智慧城市和大数据中心"
PLAN = [  # (text, unit it is filed under: None for the one it names)
    ("38_shapingba-bigdata-service-center-2022.txt", None),
    ("02_chenglingji-zwfw-center-2023.txt", None),
    ("06_changde-egov-office-2016.txt", None),
    ("44_daying-culture-tourism-bureau-2022.txt", None),
    ("14_hetang-fulian-2022.txt", None),
    ("13_xuchang-hehu-shuixi-diaodu-zhongxin-2022.txt", FULIAN),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seed directory and the document id of each ingested text (by file name)."""
    root = tmp_path_factory.mktemp("corpus")
    seed = root / "seed"
    shutil.copytree(bundled_seed(), seed)
    documents = {}
    for name, unit in PLAN:
        done = ingest(REAL / name, seed, given=Given(unit=unit) if unit else None)
        documents[name] = f"document/{done.document}"
    copy = root / "chenglingji-2023-as-shapingba.txt"
    text = (REAL / "02_chenglingji-zwfw-center-2023.txt").read_text(encoding="utf-8")
    copy.write_text(text + "\n", encoding="utf-8")
    done = ingest(copy, seed, given=Given(unit=SHAPINGBA), as_new=True)
    documents["copy"] = f"document/{done.document}"
    return seed, documents


@pytest.fixture(scope="module")
def kg(corpus):
    return open_graph(corpus[0])


@pytest.fixture(scope="module")
def documents(corpus):
    return corpus[1]


SERIES = """query($name: String!, $from: Int, $to: Int) { unit(name: $name) { id
  spendingSeries(from: $from, to: $to) { year disagreements documents { id }
    total { amount { amount basis method } lines { id asWritten } }
    basic { amount { amount basis method } }
    project { amount { amount basis method } }
    revenue { amount { amount basis } asWritten label year }
    carryOver { amount { amount basis } asWritten label }
    changes { amount { amount } asWritten label }
    againstPreviousYear { category previousYear amount { amount basis method } }
    sources { document quote start end } } } }"""


def series(kg, name: str, **years) -> list[dict]:
    return ask(kg, SERIES, name=name, **years)["unit"]["spendingSeries"]


def amount(figure: dict | None) -> tuple[Decimal, str] | None:
    if figure is None:
        return None
    return Decimal(figure["amount"]["amount"]), figure["amount"]["basis"]


# a unit's series ----------------------------------------------------------------------------
def test_a_units_series_has_one_entry_per_year_with_the_figures_each_report_states(kg, documents):
    years = series(kg, SHAPINGBA)
    assert [y["year"] for y in years] == [2022, 2023]
    y2022, y2023 = years
    assert [d["id"] for d in y2022["documents"]] == [documents[PLAN[0][0]]]
    assert [d["id"] for d in y2023["documents"]] == [documents["copy"]]
    # 38: 支出合计455.35万元, 基本支出310.25万元, 项目支出145.10万元
    assert amount(y2022["total"]) == (Decimal("4553500"), "STATED")
    assert amount(y2022["basic"]) == (Decimal("3102500"), "STATED")
    assert amount(y2022["project"]) == (Decimal("1451000"), "STATED")
    # 02: 本年支出合计348.65万元, 基本支出126.79万元, 项目支出221.86万元
    assert amount(y2023["total"]) == (Decimal("3486500"), "STATED")
    assert amount(y2023["basic"]) == (Decimal("1267900"), "STATED")
    assert amount(y2023["project"]) == (Decimal("2218600"), "STATED")
    assert y2022["disagreements"] == y2023["disagreements"] == []


def test_the_change_against_the_previous_year_is_derived_with_the_subtraction_written(kg):
    y2022, y2023 = series(kg, SHAPINGBA)
    assert y2022["againstPreviousYear"] == []  # 2021 is not held
    changes = {c["category"]: c for c in y2023["againstPreviousYear"]}
    assert set(changes) == {"total", "basic", "project"}
    expected = {"total": "-1067000", "basic": "-1834600", "project": "767600"}
    for category, difference in expected.items():
        change = changes[category]
        assert change["previousYear"] == 2022
        assert Decimal(change["amount"]["amount"]) == Decimal(difference)
        assert change["amount"]["basis"] == "DERIVED"
    assert changes["total"]["amount"]["method"] == (
        "derived: 2023 total 3,486,500.00 (STATED) - 2022 total 4,553,500.00 (STATED) "
        "= -1,067,000.00 CNY"
    )


def test_revenue_and_carry_over_are_the_amounts_the_report_states_never_added(kg):
    (y2016,) = series(kg, CHANGDE)
    assert y2016["year"] == 2016
    # 06: 全年收入45149455.42元 = 财政补助收入39547778.6元 + 上年结转5601676.82元
    assert [(Decimal(r["amount"]["amount"]), r["asWritten"]) for r in y2016["revenue"]] == [
        (Decimal("45149455.42"), "45149455.42元"),
        (Decimal("39547778.6"), "39547778.6元"),
    ]
    assert {r["amount"]["basis"] for r in y2016["revenue"]} == {"STATED"}
    assert "全年收入" in y2016["revenue"][0]["label"]
    assert [(Decimal(c["amount"]["amount"]), c["label"]) for c in y2016["carryOver"]] == [
        (Decimal("5601676.82"), "上年结转")
    ]
    assert y2016["changes"] == []
    # 总支出42221076.43元, 基本支出6189655.33元; 项目支出 is cut off in the text
    assert amount(y2016["total"]) == (Decimal("42221076.43"), "STATED")
    assert amount(y2016["basic"]) == (Decimal("6189655.33"), "STATED")
    assert y2016["project"] is None


def test_the_changes_a_report_states_against_the_year_before_are_kept_as_stated(kg):
    y2022 = series(kg, SHAPINGBA)[0]
    # 38: "收、支总计…较上年决算数增加455.35万元" and 年末结转和结余0万元, 较上年增加0万元
    assert [Decimal(c["amount"]["amount"]) for c in y2022["carryOver"]] == [Decimal("0")]
    assert Decimal("4553500") in {Decimal(c["amount"]["amount"]) for c in y2022["changes"]}
    assert {Decimal(r["amount"]["amount"]) for r in y2022["revenue"]} == {Decimal("4553500")}


def test_from_and_to_narrow_the_series_to_the_years_asked(kg):
    assert [y["year"] for y in series(kg, SHAPINGBA, **{"from": 2023})] == [2023]
    assert [y["year"] for y in series(kg, SHAPINGBA, to=2022)] == [2022]
    assert series(kg, SHAPINGBA, **{"from": 2024}) == []


def test_a_report_stating_no_spending_leaves_the_other_reports_figures_standing(kg, documents):
    """13's only lines (项目金额46.00万元 and its one item, 46.00万元 again) are read as money
    not spent (lines/unspent), so it gives no figure: 14's stand alone. (Before, their
    DERIVED sum, 920,000, disagreed with 14's 763,600 and left the total unset.)"""
    (y2022,) = series(kg, FULIAN)
    assert {d["id"] for d in y2022["documents"]} == {
        documents["14_hetang-fulian-2022.txt"],
        documents["13_xuchang-hehu-shuixi-diaodu-zhongxin-2022.txt"],  # its money figures
    }
    assert amount(y2022["total"]) == (Decimal("763600"), "STATED")
    assert not [d for d in y2022["disagreements"] if d.startswith("total:")]
    assert amount(y2022["basic"]) == (Decimal("763600"), "STATED")


def test_every_series_figure_is_the_one_unit_spending_gives_stated_or_derived(kg):
    """With one report a year, the series' figures are Unit.spending's, basis and method
    included (the bundled 2023 total is DERIVED, a sum of its parts, and stays so)."""
    query = """query($id: ID!) { node(id: $id) { ... on Unit { name
      spending { year totals { category amount { amount basis method } } }
      spendingSeries { year
        total { category amount { amount basis method } }
        basic { category amount { amount basis method } }
        project { category amount { amount basis method } } } } } }"""
    reporting = ask(kg, "{ corpus { reportingUnits } }")["corpus"]["reportingUnits"]
    ids = sorted({i for i, _ in kg.service.coverage.cells})
    assert len(ids) == reporting == 6
    compared = 0
    for unit_id in ids:
        unit = ask(kg, query, id=unit_id)["node"]
        by_year: dict[int, list] = {}
        for report in unit["spending"]:
            by_year.setdefault(report["year"], []).append(report)
        for entry in unit["spendingSeries"]:
            reports = by_year.get(entry["year"], [])
            if len(reports) != 1:
                continue
            totals = {t["category"]: t for t in reports[0]["totals"]}
            for category in ("total", "basic", "project"):
                assert entry[category] == totals.get(category), (unit["name"], category)
                compared += entry[category] is not None
    assert compared == 20  # 3 a year but 常德 2016 (no 项目支出)
    (yiyang,) = series(kg, YIYANG)
    assert yiyang["total"]["amount"]["basis"] == "DERIVED"
    assert yiyang["total"]["amount"]["method"].startswith("derived: sum of")


def test_series_figures_cite_the_sentences_that_state_them(kg, corpus):
    seed = corpus[0]
    for name in (SHAPINGBA, CHANGDE, FULIAN):
        for entry in series(kg, name):
            assert entry["sources"]
            for cite in entry["sources"]:
                file = kg.catalog.documents[f"document/{cite['document']}"].file
                stored = (seed / file).read_text(encoding="utf-8")
                assert stored[cite["start"] : cite["end"]] == cite["quote"]
    y2022 = series(kg, SHAPINGBA)[0]
    quotes = " ".join(c["quote"] for c in y2022["sources"])
    for written in ("455.35万元", "310.25万元", "145.10万元"):
        assert written in quotes


# ranking ------------------------------------------------------------------------------------
RANK = """query($year: Int!, $category: String!, $first: Int) {
  rankUnits(year: $year, category: $category, first: $first) {
    rank year category unit { id name } amount { amount basis method } basis
    figure { category lines { id } } documents { id } sources { document quote }
    spendingYear { year } } }"""


def rank(kg, year: int, category: str, first: int | None = None) -> list[dict]:
    return ask(kg, RANK, year=year, category=category, first=first)["rankUnits"]


def test_units_are_ranked_by_the_total_each_states_in_the_year(kg, documents):
    ranked = rank(kg, 2022, "total")
    daying = kg.catalog.documents[documents["44_daying-culture-tourism-bureau-2022.txt"]].issuer
    # 44: 本年支出合计4143.91万元; 38: 支出合计455.35万元; the 荷塘 federation: 14's 76.36万元
    assert [(r["rank"], r["unit"]["id"], Decimal(r["amount"]["amount"])) for r in ranked] == [
        (1, daying, Decimal("41439100")),
        (2, kg.service.lookup(SHAPINGBA).id, Decimal("4553500")),
        (3, kg.service.lookup(FULIAN).id, Decimal("763600")),
    ]
    assert {r["basis"] for r in ranked} == {r["amount"]["basis"] for r in ranked} == {"STATED"}
    assert {(r["year"], r["category"], r["spendingYear"]["year"]) for r in ranked} == {
        (2022, "total", 2022)
    }
    assert "4143.91万元" in " ".join(s["quote"] for s in ranked[0]["sources"])
    assert [d["id"] for d in ranked[0]["documents"]] == [
        documents["44_daying-culture-tourism-bureau-2022.txt"]
    ]


def test_tied_units_share_a_rank_and_are_listed_by_id(kg, documents):
    ranked = rank(kg, 2023, "total")
    shapingba = kg.service.lookup(SHAPINGBA).id
    chenglingji = kg.catalog.documents[documents["02_chenglingji-zwfw-center-2023.txt"]].issuer
    # the bundled report's total is DERIVED (sum of its parts); the two copies of 02 state
    # 348.65万元 each
    assert [(r["rank"], r["unit"]["id"]) for r in ranked] == [
        (1, "unit/yiyang-bdc"),
        *[(2, unit) for unit in sorted([shapingba, chenglingji])],
    ]
    assert ranked[0]["basis"] == "DERIVED"
    assert ranked[0]["amount"]["method"].startswith("derived: sum of")
    assert Decimal(ranked[1]["amount"]["amount"]) == Decimal(ranked[2]["amount"]["amount"])
    assert rank(kg, 2023, "total") == ranked  # the same order every time


def test_a_unit_ranks_by_another_category_and_first_keeps_the_top(kg):
    basic = rank(kg, 2022, "basic")
    # 44: 基本支出1140.27万元; 38: 310.25万元; 14: 76.36万元 (only 14 gives it: it stands)
    assert [Decimal(r["amount"]["amount"]) for r in basic] == [
        Decimal("11402700"),
        Decimal("3102500"),
        Decimal("763600"),
    ]
    assert [r["rank"] for r in basic] == [1, 2, 3]
    assert rank(kg, 2022, "basic", first=2) == basic[:2]
    assert rank(kg, 1999, "total") == []


def test_rank_units_names_an_unknown_category(kg):
    response = kg.query(RANK, {"year": 2022, "category": "travel"})
    assert response["data"] is None
    assert "'travel'" in response["errors"][0]["message"]
    assert "Internal error" not in response["errors"][0]["message"]


# corpus coverage ----------------------------------------------------------------------------
CORPUS = """{ corpus { documents units reportingUnits undatedDocuments awaitingReview curated
  years { year documents units reports { id } } genres { genre documents } }
  documents { id fiscalYear genre awaitingReview curated } }"""


def test_the_corpus_counts_reports_years_genres_and_facts_awaiting_review(kg, documents):
    data = ask(kg, CORPUS)
    corpus, held = data["corpus"], data["documents"]
    assert corpus["documents"] == len(held) == 8
    assert corpus["undatedDocuments"] == 0
    years = {y["year"]: y for y in corpus["years"]}
    assert sorted(years) == [2016, 2022, 2023]
    assert {r["id"] for r in years[2023]["reports"]} == {
        "document/yiyang-bdc-2023",
        documents["02_chenglingji-zwfw-center-2023.txt"],
        documents["copy"],
    }
    assert (years[2016]["documents"], years[2016]["units"]) == (1, 1)
    assert (years[2022]["documents"], years[2022]["units"]) == (4, 3)
    assert (years[2023]["documents"], years[2023]["units"]) == (3, 3)
    assert corpus["reportingUnits"] == 6
    assert corpus["units"] == ask(kg, "{ units { totalCount } }")["units"]["totalCount"]
    genres = {g["genre"]: g["documents"] for g in corpus["genres"]}
    assert sum(genres.values()) == 8
    assert genres == {
        g: sum(1 for d in held if d["genre"] == g) for g in {d["genre"] for d in held}
    }
    # the bundled report is curated; each ingested draft is extracted, awaiting review
    assert corpus["awaitingReview"] == sum(d["awaitingReview"] for d in held)
    assert corpus["curated"] == sum(d["curated"] for d in held)
    bundled = next(d for d in held if d["id"] == "document/yiyang-bdc-2023")
    assert bundled["awaitingReview"] == 0
    assert all(d["awaitingReview"] > 0 for d in held if d is not bundled)


def test_every_report_counted_at_once_is_counted_as_one_at_a_time(kg):
    """``reviews`` (one scan per predicate, what validate and the corpus totals use) gives
    each report exactly the count ``review`` gives it alone, mentions explained alike."""
    catalog = kg.catalog
    counted = reviews(catalog)
    assert sorted(f"document/{slug}" for slug in counted) == sorted(
        catalog.ids_of_kind("document")
    )
    for slug, found in counted.items():
        assert found == review(catalog, slug)
    assert sum(r.extracted for r in counted.values()) > 0
    assert sum(r.curated for r in counted.values()) > 0
    mentions = catalog.graph.subjects(RDF.type, GOVKG.Mention)
    assert next(iter(mentions), None) is not None  # the explained path is walked


def test_the_bundled_seed_alone_awaits_no_review():
    corpus = ask(govkg.open(), "{ corpus { documents awaitingReview years { year } } }")
    assert corpus["corpus"] == {"documents": 1, "awaitingReview": 0, "years": [{"year": 2023}]}


# budget -------------------------------------------------------------------------------------
def test_series_ranking_and_corpus_lists_are_charged_to_the_request_budget(kg):
    query = f"""{{ unit(name: "{SHAPINGBA}") {{ spendingSeries {{ documents {{ id }}
        reports {{ year }} revenue {{ id }} carryOver {{ id }} changes {{ id }}
        againstPreviousYear {{ category }} }} }}
      rankUnits(year: 2022, category: "total") {{ documents {{ id }} }}
      corpus {{ years {{ reports {{ id }} }} genres {{ genre }} }} }}"""
    context = context_for(kg)
    result = graphql_execute(schema._schema, parse(query), context_value=context)
    assert result.errors is None
    data = result.data
    entries = data["unit"]["spendingSeries"]
    lists = ("documents", "reports", "revenue", "carryOver", "changes", "againstPreviousYear")
    expected = (
        len(entries)
        + sum(len(e[field]) for e in entries for field in lists)
        + len(data["rankUnits"])
        + sum(len(r["documents"]) for r in data["rankUnits"])
        + len(data["corpus"]["years"])
        + sum(len(y["reports"]) for y in data["corpus"]["years"])
        + len(data["corpus"]["genres"])
    )
    assert expected > 20
    assert MAX_OBJECTS - context["budget"].left == expected


# the landing page ---------------------------------------------------------------------------
def test_the_landing_page_tables_units_by_year_with_links_to_each_unit_and_report(kg, documents):
    with TestClient(create_app(kg)) as client:
        page = client.get("/")
        assert page.status_code == 200
        table = re.search(r"<table class='coverage'>(.*?)</table>", page.text, re.S).group(1)
        rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
        header = re.findall(r"<th scope='col'>(.*?)</th>", rows[0])
        assert header == ["单位", "2016", "2022", "2023"]  # Chinese by default
        by_unit = {}
        for row in rows[1:]:
            unit = html.unescape(re.search(r'<th scope=\'row\'><a href="([^"]+)"', row)[1])
            cells = re.findall(r"<td>(.*?)</td>", row, re.S)
            assert len(cells) == 3
            by_unit[unit] = [
                [html.unescape(h) for h in re.findall(r'<a href="([^"]+)"', c)] for c in cells
            ]
        shapingba = f"/id/{kg.service.lookup(SHAPINGBA).id}"
        assert by_unit[shapingba] == [
            [],
            [f"/id/{documents[PLAN[0][0]]}"],
            [f"/id/{documents['copy']}"],
        ]
        fulian = f"/id/{kg.service.lookup(FULIAN).id}"
        assert sorted(by_unit[fulian][1]) == sorted(
            f"/id/{documents[name]}"
            for name in (
                "14_hetang-fulian-2022.txt",
                "13_xuchang-hehu-shuixi-diaodu-zhongxin-2022.txt",
            )
        )
        assert by_unit["/id/unit/yiyang-bdc"] == [[], [], ["/id/document/yiyang-bdc-2023"]]
        assert len(by_unit) == 6
        row = re.search(rf"<tr><th scope='row'><a href=\"{shapingba}\".*?</tr>", table, re.S)[0]
        assert '合计 455.35 万元（4,553,500.00 元） <span class="basis" title="STATED">' in row
        assert '合计 348.65 万元（3,486,500.00 元） <span class="basis" title="STATED">' in row
        for link in {shapingba, fulian, *by_unit[shapingba][1], *by_unit[fulian][1]}:
            answer = client.get(link, headers={"accept": "text/html"})
            assert answer.status_code == 200, link
