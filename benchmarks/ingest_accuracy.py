"""How well ``govkg ingest`` reads the bundled report: precision and recall per kind of fact.

    python benchmarks/ingest_accuracy.py          # ~3 s; prints a Markdown table
    python benchmarks/ingest_accuracy.py --show   # also every miss and every wrong fact

The bundled report is ingested into a fresh directory, exactly as a user would, and the
draft is scored against the hand-curated seed of the same report (govkg.ingest.score).
Targets (issue #9): expenditure lines and amounts 100% / 100%; indicators and named
units/platforms >= 90% recall at >= 95% precision.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import yaml

from govkg.ingest.score import Score, score, score_facts
from govkg.ingest.write import ingest
from govkg.kg import bundled_seed
from govkg.seed import load_seed

TARGETS = {
    "expenditure lines and amounts": (1.0, 1.0),
    "indicators": (0.95, 0.90),
    "named units": (0.95, 0.90),
    "named platforms": (0.95, 0.90),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list misses and wrong facts")
    args = parser.parse_args()
    seed_dir = Path(bundled_seed())
    curated = load_seed(seed_dir)
    report = seed_dir / curated.documents[0].file
    with tempfile.TemporaryDirectory() as into:
        started = time.perf_counter()
        done = ingest(report, Path(into) / "seed")
        seconds = time.perf_counter() - started
        draft = load_seed(Path(into) / "seed")
    print(f"ingest {report.name}: {done.facts} facts in {seconds:.2f} s\n")
    print("| facts | extracted | curated | precision | recall | target (P / R) |")
    print("|---|---:|---:|---:|---:|---|")
    for result in score(draft, curated):
        target = TARGETS.get(result.kind)
        shown = f"{target[0]:.0%} / {target[1]:.0%}" if target else ""
        if target:
            met = result.precision >= target[0] and result.recall >= target[1]
            shown += " met" if met else " **not met**"
        print(
            f"| {result.kind} | {result.extracted} | {result.curated} | "
            f"{result.precision:.1%} | {result.recall:.1%} | {shown} |"
        )
    if args.show:
        for result in score(draft, curated):
            print(f"\n{result.kind}: missed {list(result.missed)}\n  wrong {list(result.wrong)}")
    synthetic(args.show)


def synthetic(show: bool) -> None:
    """The same scores over the synthetic reports written for the tests, summed."""
    folder = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "reports"
    totals: dict[str, list[int]] = {}
    reports = 0
    for expected in sorted(folder.glob("synthetic-*.expected.yaml")):
        facts = yaml.safe_load(expected.read_text(encoding="utf-8"))
        if not facts["is_report"]:
            continue
        reports += 1
        with tempfile.TemporaryDirectory() as into:
            ingest(expected.with_name(expected.name.replace(".expected.yaml", ".txt")), Path(into))
            draft = load_seed(Path(into))
        for result in score_facts(draft, facts):
            sums = totals.setdefault(result.kind, [0, 0, 0, 0])
            for index, value in enumerate(
                (result.extracted, result.curated, result.true_positives, result.found)
            ):
                sums[index] += value
            if show and (result.missed or result.wrong):
                print(f"{expected.name}: {result.kind}: missed {result.missed}")
                print(f"  wrong {result.wrong}")
    print(f"\n{reports} synthetic reports (test material, tests/fixtures/reports), summed:\n")
    print("| facts | extracted | stated | precision | recall |")
    print("|---|---:|---:|---:|---:|")
    for kind, (extracted, stated, hits, found) in totals.items():
        result = Score(kind, extracted, stated, hits, found, (), ())
        print(
            f"| {kind} | {extracted} | {stated} | {result.precision:.1%} | {result.recall:.1%} |"
        )


if __name__ == "__main__":
    main()
