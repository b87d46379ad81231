"""``govkg review DOC --list`` and ``--accept-all-of KIND`` on a draft of a real report.

The CLI decides through ``govkg.ingest.drafts.decisions.decide``, as the review pages' API does:
all or none, the whole seed checked as ``govkg validate`` checks it, written atomically.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from conftest import named_by_ingest
from govkg.answers.kg import open_graph
from govkg.cli import main
from govkg.graph.rdf import DEFAULT_BASE
from govkg.ingest.drafts.onfile import facts
from govkg.ingest.write import ingest

REPORT = Path(__file__).parent / "fixtures/real-reports/02_chenglingji-zwfw-center-2023.txt"


DOC, ISSUER = named_by_ingest(REPORT)


@pytest.fixture
def seed(seed_copy) -> Path:
    assert ingest(REPORT, seed_copy).document == DOC
    return seed_copy


def awaiting(seed: Path) -> int:
    answer = open_graph(seed, DEFAULT_BASE).query("{ documents { id awaitingReview } }")
    return next(
        d["awaitingReview"] for d in answer["data"]["documents"] if d["id"] == f"document/{DOC}"
    )


def test_list_prints_each_fact_awaiting_review_one_a_line(seed, capsys):
    assert main(["review", DOC, "--into", str(seed), "--list"]) == 0
    out, err = capsys.readouterr()
    listed = {f["id"]: f for f in facts(seed, DOC)["facts"]}
    lines = out.splitlines()
    assert len(lines) == len(listed) == 25
    assert f"{DOC}.yaml: 25 facts await review" in err
    for line in lines:
        fact_id, kind, what, quote = line.split("\t")
        fact = listed[fact_id]
        assert kind == fact["kind"]
        assert json.loads(quote) == fact["sources"][0]["quote"]  # exact, newlines and all
        assert what
    money = next(line for line in lines if line.startswith(f"money_figures/{DOC}-money-5\t"))
    assert money.split("\t")[1:] == ["money-figure", "执行 [spending] 2881500元", '"执行288.15万"']


def test_accept_all_of_a_kind_curates_exactly_those_facts(seed, capsys):
    before = yaml.safe_load((seed / f"{DOC}.yaml").read_text(encoding="utf-8"))
    waiting = awaiting(seed)
    code = main(["review", DOC, "--into", str(seed), "--accept-all-of", "funding-line"])
    assert code == 0
    assert "accepted 4 funding-line facts" in capsys.readouterr().out
    after = yaml.safe_load((seed / f"{DOC}.yaml").read_text(encoding="utf-8"))
    for old, new in zip(before["funding_lines"], after["funding_lines"], strict=True):
        assert new["provenance"] == "curated"
        assert "rule" not in new
        assert {k: v for k, v in old.items() if k not in ("provenance", "rule")} == {
            k: v for k, v in new.items() if k != "provenance"
        }
    for section in set(before) - {"funding_lines"}:
        assert after[section] == before[section], section  # nothing else changed
    assert awaiting(seed) == waiting - 4
    log = json.loads((seed / "review-log.jsonl").read_text(encoding="utf-8").splitlines()[-1])
    assert log["document"] == DOC
    assert [d["action"] for d in log["decisions"]] == ["accept"] * 4
    # once more: nothing of that kind awaits, nothing is written
    text = (seed / f"{DOC}.yaml").read_bytes()
    assert main(["review", DOC, "--into", str(seed), "--accept-all-of", "funding_lines"]) == 0
    assert "no funding-line awaits review" in capsys.readouterr().out
    assert (seed / f"{DOC}.yaml").read_bytes() == text
    assert main(["validate", "--seed", str(seed)]) == 0


def test_settling_every_kind_brings_awaiting_review_to_zero(seed, capsys):
    kinds = sorted({f["kind"] for f in facts(seed, DOC)["facts"]})
    for kind in kinds:
        assert main(["review", DOC, "--into", str(seed), "--accept-all-of", kind]) == 0, kind
    assert awaiting(seed) == 0
    assert main(["review", DOC, "--into", str(seed), "--list"]) == 0
    out, err = capsys.readouterr()
    assert f"{DOC}.yaml: 0 facts await review" in err
    assert out.endswith("facts still await review\n")  # the last accept's line, no list


def test_a_refused_batch_exits_1_naming_file_line_and_field_and_changes_nothing(seed, capsys):
    units = seed / "units.yaml"
    text = units.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "category:" in row)
    units.write_text(text.replace("category: center", "category: spaceship", 1), "utf-8")
    files = {p: p.read_bytes() for p in seed.rglob("*") if p.is_file()}
    assert main(["review", DOC, "--into", str(seed), "--accept-all-of", "unit"]) == 1
    err = capsys.readouterr().err
    assert f"units.yaml:{line}: field 'category': 'spaceship' is not one of" in err
    assert "nothing changed" in err
    assert {p: p.read_bytes() for p in seed.rglob("*") if p.is_file()} == files
    assert not (seed / "review-log.jsonl").exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([DOC, "--accept-all-of", "spaceship"], "not a kind of fact"),
        (["no-such-report", "--list"], "no draft in"),
    ],
    ids=["unknown-kind", "unknown-document"],
)
def test_a_wrong_kind_or_document_exits_1_in_one_line(seed, capsys, arguments, message):
    assert main(["review", *arguments, "--into", str(seed)]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_list_or_accept_is_required(seed, capsys):
    with pytest.raises(SystemExit):
        main(["review", DOC, "--into", str(seed)])
    assert "one of the arguments --list --accept-all-of is required" in capsys.readouterr().err
