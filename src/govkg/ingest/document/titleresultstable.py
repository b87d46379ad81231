"""Title words of a unit's table of its projects' self-evaluation results (twenty-seventh trial).

A unit publishes its year's self-evaluations as one table, "部门绩效自评结果公开汇总表" (or
…绩效自评结果汇总表): a row a project, with its budget, its execution, what is left and
its score. It is a report of the project genre: every figure is a project's result. Only
the table's title is read: the words ending their line. A sentence that names such a table
and goes on (…将绩效自评结果汇总表报送区财政局。) is none.
"""

from __future__ import annotations

__all__ = ["RESULTS_TABLE"]


def _spaced(words: str) -> str:
    return r"\s*".join(words)


RESULTS_TABLE = (
    rf"|{_spaced('绩效自评结果')}\s*(?:{_spaced('公开')}\s*)?{_spaced('汇总表')}"
    r"(?=[ \t\u3000]*(?:\n|$))"
)
"""(部门)绩效自评结果(公开)汇总表, ending its line."""
