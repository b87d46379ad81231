"""An evaluation's outcome: a sign of the genre in a text with no title and no heading of it.

A finance bureau's site may publish the result of a fund's performance evaluation as a
short notice, with neither a title of the family nor a heading (nineteenth held-out
trial's 241: 我局联合市工信委对…专项资金支持项目组织开展了绩效评价…项目总投资1119.08万元
…专家评价综合得分为89分). It is a report of the family, a project's evaluation: it says that
a performance evaluation was made and what it came to, a score in points (综合得分为89分,
自评得分95.5分) or a grade (评价等级为优秀, 评定为“良好”, 达到了优秀等级), after it.

Both are asked, and ``report`` asks a money figure too: a news item that only announces an
evaluation (将组织开展2023年度部门整体支出绩效自评工作, the synthetic news fixture) states
no outcome; a match's or an exam's score (得分89分) is no performance evaluation's; and an
outcome a journalist reports (本报讯, 记者…: a meeting's news that quotes last year's average
score) is news. A notice of results that scores many projects at once (12个项目平均得分90分,
涉及资金3亿元) is read: it is an evaluation's report, if of several projects.

The score may be said 评分 instead of 得分 (trial 56's 1017, an essay-compilation page retelling
福建省财政厅's evaluation of the province's 2009 就业专项资金: …对全省…就业专项资金实施绩效评价…
2009全省就业专项资金支出25914万元…最终得出福建省就业专项资金绩效评分结果为83.4分, refused
before); the corpus writes it so too (综合评分为97分, 绩效评分为 83.8分, 自评分为100分).
"""

from __future__ import annotations

import re

__all__ = ["states_evaluation_outcome"]

_EVALUATION = re.compile(r"绩\s*效\s*(?:评\s*价|自\s*评|评\s*估)")
_SCORE = re.compile(
    r"(?:得\s*分|评\s*分\s*(?:结\s*果\s*)?)\s*(?:为|是|达|[：:])?\s*\d{2,3}(?:\.\d+)?\s*分(?!\s*制)"
)
"""综合得分为89分, and the score said 评分 (绩效评分结果为83.4分, 综合评分为97分, 自评分为100分:
trial 56's 1017); a scale (评分为100分制) is no outcome."""
_GRADE = re.compile(
    r"(?:等\s*级|结\s*果|评\s*定|评\s*为|达\s*到\s*了?)\s*(?:为|是)?\s*[“\"‘']?"
    r"(?:优\s*秀|良\s*好|合\s*格|不\s*合\s*格|优|良)[”\"’']?"
    r"(?:\s*等\s*级|\s*等\s*次|\s*档)?(?![\u4e00-\u9fff])"
    r"|(?:荣\s*获|获\s*评|获\s*得|被\s*评\s*为)\s*[“\"‘']?"
    r"(?:优\s*秀|良\s*好|合\s*格|不\s*合\s*格|优|良)[”\"’']?\s*(?:等\s*级|等\s*次|档)"
)
"""A grade, a word of its own (评价结果为优秀。, 达到了优秀等级): 结果良好的, 达到优化 are none.
Or a grade won, its 等次 said (我市荣获“优秀”等次: trial 60's 1175, a city's news item on the
province's evaluation of its fund, refused before): 荣获优秀奖, 获得良好效果 are no grade."""

_NEWS = re.compile(r"本\s*报\s*讯|记\s*者|通\s*讯\s*员|新\s*华\s*社")
"""A news item's byline or dateline: what it reports of an evaluation is news."""


def states_evaluation_outcome(text: str) -> bool:
    """Whether ``text`` (simplified) says a performance evaluation was made and, after that,
    its outcome: a score in points or a grade (see above)."""
    made = _EVALUATION.search(text)
    if made is None or _NEWS.search(text):
        return False
    return bool(_SCORE.search(text, made.end()) or _GRADE.search(text, made.end()))
