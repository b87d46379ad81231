"""In-process GraphQL against hand-built JSON for the same answer, on the bundled seed.

    python benchmarks/inprocess.py [--repeat 2000]

The hand-built side asks the same query service and serializes with orjson, so the ratio
is what GraphQL itself (parse, validate, execute, resolve) costs per request. Three rows
send a text never seen before each time, of a shape seen before: a new alias, a new
platform and count (real platforms in turn, so the answers are real), a new count.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time

import orjson

import govkg

FEEDS = """{ feeds(platform: "一网统管") { nodes { id unit { name } via { name }
  cost { amount { amount currency } basis method } sources { quote start end } } } }"""
FEEDS_OF = """{ feeds(platform: "%s", first: %d) { nodes { id unit { name } via { name }
  cost { amount { amount currency } basis method } sources { quote start end } } } }"""
LINES = "{ fundingLines(first: %d) { totalCount nodes { id name } } }"


def by_hand(kg: govkg.KnowledgeGraph) -> bytes:
    """The feeds answer built directly from the service, shaped like the GraphQL one."""
    service, nodes = kg.service, kg.catalog.nodes
    feeds = []
    for link in service.feeds(platform="一网统管"):
        cost = service.feed_cost(link.id)
        feeds.append(
            {
                "id": link.id,
                "unit": {"name": nodes[link.source].name},
                "via": {"name": nodes[link.via].name} if link.via else None,
                "cost": None
                if cost is None
                else {
                    "amount": {"amount": str(cost.amount), "currency": "CNY"},
                    "basis": cost.basis,
                    "method": cost.method,
                },
                "sources": [
                    {"quote": c.quote, "start": c.start, "end": c.end} for c in link.sources
                ],
            }
        )
    return orjson.dumps({"data": {"feeds": {"nodes": feeds}}})


def timed(function, repeat: int) -> float:
    function()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    kg = govkg.open()
    graphql_bytes = orjson.dumps(kg.query(FEEDS))
    assert orjson.loads(graphql_bytes) == orjson.loads(by_hand(kg)), "answers differ"
    hand = timed(lambda: by_hand(kg), args.repeat)
    feeds = timed(lambda: orjson.dumps(kg.query(FEEDS)), args.repeat)
    typename = timed(lambda: orjson.dumps(kg.query("{ __typename }")), args.repeat)
    aliases = itertools.count()  # a new alias each time: a text never seen, of a known shape
    fresh = timed(
        lambda: orjson.dumps(kg.query(FEEDS.replace("feeds(", f"f{next(aliases)}: feeds(", 1))),
        args.repeat,
    )
    listed = kg.query("{ platforms(first: 100) { nodes { name } } }")["data"]["platforms"]
    values = zip(itertools.cycle(p["name"] for p in listed["nodes"]), itertools.count(1000))
    literals = timed(lambda: orjson.dumps(kg.query(FEEDS_OF % next(values))), args.repeat)
    counts = itertools.count(1000)
    lines_same = timed(lambda: orjson.dumps(kg.query(LINES % 1000)), args.repeat)
    lines = timed(lambda: orjson.dumps(kg.query(LINES % next(counts))), args.repeat)
    print("| in-process, bundled seed | p50 | ratio to hand-built JSON |")
    print("|---|---:|---:|")
    print(f"| hand-built JSON (service + orjson) | {hand * 1e6:.0f} µs | 1× |")
    print(f"| GraphQL feeds of 一网统管 | {feeds * 1e6:.0f} µs | {feeds / hand:.1f}× |")
    print(f"| GraphQL feeds, a new alias each time | {fresh * 1e6:.0f} µs | {fresh / hand:.1f}× |")
    print(
        f"| GraphQL feeds, a new platform and count each time | {literals * 1e6:.0f} µs "
        f"| {literals / hand:.1f}× |"
    )
    print(f"| GraphQL fundingLines(first: N), same text | {lines_same * 1e6:.0f} µs | — |")
    print(f"| GraphQL fundingLines(first: N), a new N each time | {lines * 1e6:.0f} µs | — |")
    print(f"| GraphQL `{{ __typename }}` | {typename * 1e6:.0f} µs | {typename / hand:.1f}× |")


if __name__ == "__main__":
    main()
