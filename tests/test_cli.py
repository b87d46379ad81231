"""The govkg command as a user runs it: validate, build, query."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from govkg.cli import main
from govkg.graph.store import new_graph, serialize


def canonical(graph: Graph) -> list[str]:
    """Sorted N-Triples after a trip through Oxigraph, which writes each value one way."""
    copy = new_graph()
    copy.addN((*triple, copy) for triple in graph)
    return sorted(serialize(copy, "nt").decode("utf-8").splitlines())


def test_validate_the_bundled_seed(capsys):
    assert main(["validate"]) == 0
    assert "valid (1 documents" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("turtle", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")]
)
def test_build_writes_rdf_that_parses_back_to_the_same_graph(tmp_path, kg, fmt, rdflib_format):
    out = tmp_path / f"graph.{fmt}"
    assert main(["build", "--out", str(out), "--format", fmt]) == 0
    parsed = Graph().parse(out, format=rdflib_format)
    assert len(parsed) == kg.triples
    assert canonical(parsed) == canonical(kg.graph)


def test_build_to_stdout_is_utf8_turtle(capsysbinary):
    assert main(["build"]) == 0
    text = capsysbinary.readouterr().out.decode("utf-8")
    assert '"一网统管"@zh' in text


def test_query_with_variables_prints_json(capsys):
    code = main(
        [
            "query",
            "query($n: String!) { platform(name: $n) { name } }",
            "--variables",
            '{"n": "一网统管"}',
        ]
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out) == {"data": {"platform": {"name": "一网统管"}}}


def test_query_reads_stdin_and_returns_the_same_answer_as_python(kg):
    text = '{ feeds(platform: "一网统管") { nodes { id cost { amount { amount } } } } }'
    run = subprocess.run(
        [sys.executable, "-m", "govkg.cli", "query", "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(run.stdout) == json.loads(json.dumps(kg.query(text), default=str))


def test_bad_variables_and_bad_queries_exit_1_without_traceback(capsys):
    assert main(["query", "{ units { totalCount } }", "--variables", "{nope"]) == 1
    assert main(["query", "{ nosuchfield }"]) == 1
    out, err = capsys.readouterr()
    assert "--variables is not JSON" in err
    assert "Cannot query field 'nosuchfield'" in out
    assert "Traceback" not in out + err


def test_query_a_built_turtle_file_with_data(tmp_path, capsys):
    out = tmp_path / "graph.ttl"
    main(["build", "--out", str(out)])
    capsys.readouterr()
    assert main(["query", '{ unit(name: "市大数据中心") { name } }', "--data", str(out)]) == 0
    assert "益阳市智慧城市和大数据中心" in capsys.readouterr().out


def test_missing_data_file_is_a_clear_error(tmp_path, capsys):
    assert main(["query", "{ documents { id } }", "--data", str(tmp_path / "none.ttl")]) == 1
    assert "no such file" in capsys.readouterr().err


REPORTS = Path(__file__).parent / "fixtures" / "reports"


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_ingest_jobs_is_a_whole_number_of_at_least_one(jobs, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["ingest", str(REPORTS), "--into", str(tmp_path / "seed"), "--jobs", jobs])
    assert exit_.value.code == 2
    assert "expected a whole number of at least 1" in capsys.readouterr().err
    assert not (tmp_path / "seed").exists()


def test_ingest_given_fields_apply_to_each_report_of_a_folder(tmp_path, capsys):
    """--unit, --year and --title keep working, for every file named or found."""
    folder = tmp_path / "pages"
    folder.mkdir()
    text = "基本支出共计100万元。其中人员经费80万元。\n"
    (folder / "page.txt").write_text("部门整体支出绩效自评报告\n" + text, encoding="utf-8")
    into = tmp_path / "seed"
    argv = ["ingest", str(folder), "--into", str(into), "--unit", "青岚市某局", "--year", "2022"]
    assert main([*argv, "--title", "2022年度青岚市某局部门整体支出绩效自评报告"]) == 0
    assert "1 files, 1 drafts written" in capsys.readouterr().out
    (draft,) = into.glob("*.yaml")
    assert "fiscal_year: 2022" in draft.read_text(encoding="utf-8")
    assert "2022年度青岚市某局部门整体支出绩效自评报告" in draft.read_text(encoding="utf-8")


def test_ingest_draws_a_progress_bar_when_asked_and_still_summarises(tmp_path, capsys):
    into = tmp_path / "seed"
    argv = [
        "ingest",
        str(REPORTS / "synthetic-gbk.txt"),
        str(REPORTS / "synthetic-not-a-report.txt"),
    ]
    assert main([*argv, "--into", str(into), "--progress", "bar"]) == 1
    out, err = capsys.readouterr()
    assert "2/2" in err  # the bar, on stderr
    assert "refused" in err
    assert "2 files, 1 drafts written, 0 already held, 1 refused" in out
    assert "synthetic-not-a-report.txt: does not look like a report" in out


# files as users expect ------------------------------------------------------------------
def _export_with_umask(umask: int, out: Path) -> None:
    code = (
        f"import os, sys; os.umask({umask:#o}); from govkg.cli import main; "
        f"sys.exit(main(['export', '--format', 'nt', '-o', {str(out)!r}]))"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_an_export_gets_the_mode_an_ordinary_write_would(tmp_path, umask, mode):
    out = tmp_path / "graph.nt"
    _export_with_umask(umask, out)
    assert out.stat().st_mode & 0o777 == mode
    assert len(Graph().parse(out, format="nt")) > 5000
    assert [p.name for p in tmp_path.iterdir()] == ["graph.nt"]  # no temporary left


def test_a_replaced_export_keeps_the_mode_it_had(tmp_path):
    out = tmp_path / "graph.nt"
    out.write_text("old")
    out.chmod(0o640)
    _export_with_umask(0o022, out)
    assert out.stat().st_mode & 0o777 == 0o640
    assert out.read_text(encoding="utf-8") != "old"


def test_a_binary_export_to_a_terminal_is_refused_with_a_hint():
    import os
    import pty

    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "govkg.cli", "export", "--format", "png"],
            stdout=follower,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode != 0
    assert "-o graph.png" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_text_export_to_a_pipe_is_written(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "govkg.cli", "export", "--format", "turtle"],
        capture_output=True,
        timeout=120,
        check=True,
    )
    assert len(Graph().parse(data=result.stdout, format="turtle")) > 5000
