"""The GraphiQL page: vendored assets only, with example queries open in tabs, ready to run."""

from __future__ import annotations

import json
from dataclasses import dataclass

from starlette.responses import HTMLResponse

from govkg.http.markup import Page, render_page

__all__ = ["EXAMPLES", "GRAPHIQL_CSP", "Example", "graphiql_page"]

# GraphiQL sets inline styles and loads icons as data: URLs; scripts come from /static only
GRAPHIQL_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


@dataclass(frozen=True, kw_only=True)
class Example:
    title: str
    query: str
    variables: dict


EXAMPLES = (
    Example(
        title="Feeds of a platform, with cost",
        query="""\
# Which units feed 一网统管, through which of their own
# systems, and what each link costs. A cost is STATED when
# the report gives it, ALLOCATED when derived from a funding
# line by the documented rule (`method` spells it out).
# Every feed cites the sentence of the report that names it.
query FeedsOfAPlatform($platform: String! = "一网统管") {
  feeds(platform: $platform) {
    totalCount
    nodes {
      unit { name nameEn }
      platform { name }
      via { name }
      cost {
        amount { amount currency }
        basis
        method
        fundingLine { name }
      }
      sources { document quote start end }
    }
  }
}
""",
        variables={"platform": "一网统管"},
    ),
    Example(
        title="Funding lines of a year",
        query="""\
# The funding lines of a fiscal year: exact amounts in yuan,
# stated or derived, and the share the report states next to
# the share the amounts give.
query FundingLinesOfAYear($year: Int! = 2023) {
  fundingLines(year: $year) {
    totalCount
    nodes {
      name
      nameEn
      amount { amount currency basis method }
      statedShare
      computedShare
      parent { name }
      funds { kind name }
      sources { quote }
    }
  }
}
""",
        variables={"year": 2023},
    ),
    Example(
        title="Path between two units",
        query="""\
# The shortest chain of relations between two units. Names
# may be Chinese, aliases, English or pinyin; null when the
# two are not connected.
query PathBetweenUnits(
  $from: String! = "市委组织部"
  $to: String! = "市自然资源和规划局"
) {
  path(from: $from, to: $to) {
    kind
    name
    nameEn
    iri
  }
}
""",
        variables={"from": "市委组织部", "to": "市自然资源和规划局"},
    ),
)


def graphiql_page() -> HTMLResponse:
    """GraphiQL in the request's language: the page's own texts; GraphiQL's (vendored, and
    the example queries' comments) stay English and are marked so (templates/graphiql.html)."""
    tabs = [
        {
            "title": e.title,
            "query": e.query,
            "variables": json.dumps(e.variables, indent=2, ensure_ascii=False),
        }
        for e in EXAMPLES
    ]
    body = render_page("GraphiQL", Page("graphiql.html", {"tabs": tabs}))
    return HTMLResponse(body, headers={"content-security-policy": GRAPHIQL_CSP})
