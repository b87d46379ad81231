"""The GraphiQL page: vendored assets only, with example queries open in tabs, ready to run."""

from __future__ import annotations

import json
from dataclasses import dataclass

from starlette.responses import HTMLResponse

from govkg.http.i18n import choice, switch_href, t
from govkg.http.markup import attr, esc

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


def _script_json(value: object) -> str:
    """JSON that cannot end its <script> element early."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def graphiql_page() -> HTMLResponse:
    """GraphiQL in the request's language: the page's own texts; GraphiQL's (vendored, and
    the example queries' comments) stay English and are marked so."""
    current = choice()
    lang, other = current.lang, "en" if current.lang == "zh" else "zh"
    tabs = [
        {
            "title": e.title,
            "query": e.query,
            "variables": json.dumps(e.variables, indent=2, ensure_ascii=False),
        }
        for e in EXAMPLES
    ]
    body = f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphiQL · govkg</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/graphiql/graphiql.min.css">
<link rel="stylesheet" href="/static/graphiql-page.css">
</head><body>
<div id="graphiql" lang="en"><p lang="{lang}">{esc(t(lang, "graphiql.loading"))}</p></div>
<a class="govkg-lang" href={attr(switch_href(current))} hreflang="{other}" lang="{other}"
 title={attr(t(lang, "nav.switch.title"))}>{esc(t(lang, "nav.switch"))}</a>
<script type="application/json" id="govkg-examples">{_script_json(tabs)}</script>
<script src="/static/graphiql/react.production.min.js"></script>
<script src="/static/graphiql/react-dom.production.min.js"></script>
<script src="/static/graphiql/graphiql.min.js"></script>
<script src="/static/graphiql-init.js"></script>
</body></html>
"""
    return HTMLResponse(body, headers={"content-security-policy": GRAPHIQL_CSP})
