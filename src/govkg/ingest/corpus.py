"""Scoring a draft against a real text's hand-checked expectations (the real-report corpus).

Each text of ``tests/fixtures/real-reports/`` has ``<stem>.expected.yaml`` listing every
amount of money it states (as written, in exact yuan, with its kind), its unit, year and
shares. A draft is read as a user would see it (the YAML ``govkg ingest`` wrote); an
expected amount is found in the draft when a money figure cites the very place the amount
is written (the k-th expected "219.4万元" is the k-th occurrence in the text).

An entry marked ``whole: false`` is a figure the excerpt cuts short ("减少1,913.0" at its very
end): its digits and unit word after the cut are lost, so no reader can know its yuan. It
must be in the draft unread; read, it is a guess and counts against precision; recall is
over the amounts stated whole (``recallable``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from govkg.ingest.text.numbers import YUAN_PER

__all__ = ["TextScore", "expected_places", "score_text"]


@dataclass
class TextScore:
    """What one draft got right, counted so that texts can be summed."""

    accepted: bool = False
    unit_right: bool = False
    year_right: bool = False
    expected: int = 0  # amounts the text states (with a stated unit)
    recallable: int = 0  # of those, stated whole (not cut short by the excerpt's end)
    accounted: int = 0  # of those, in the draft as a money figure, read or not
    read: int = 0  # money figures the draft reads (read: true)
    read_right: int = 0  # of those, at an expected place with the exact yuan
    found: int = 0  # expected amounts read with the exact yuan
    kind_right: int = 0  # of those, with the expected kind
    by_kind: Counter = field(default_factory=Counter)  # expected kind -> count
    found_by_kind: Counter = field(default_factory=Counter)  # expected kind -> read right
    shares_expected: int = 0
    shares_found: int = 0
    shares_invented: int = 0
    confusions: list[tuple[str, str, str]] = field(default_factory=list)
    """(as written, kind expected, kind read) of amounts read with another kind."""
    misses: list[str] = field(default_factory=list)


_WHOLE = r"(?<![\d.])(?:(?<!\d,)|(?<=\.\d,)|(?<=\.\d\d,))"
"""Before a whole figure: no digit or point, and no thousands comma ("4万元" is not the tail
of "219.4万元" or "1,234万元"; after "4125.49," a figure starts: a list)."""
_BARE_END = r"(?![\d%]|\.\d|\.[\u4e00-\u9fff]|\s*(?:[万萬亿億]|元))"
"""After a bare figure as written ("90", a table cell): no more digits, no unit word; the
"90" of "90万元" is another amount, and the "1" of a row's label "1.公务用车购置" its
item's number (tenth trial)."""
SAME_PLACE = "same occurrence as the previous entry"
"""An expected entry's note for the second amount of one written figure (收、支总计均为…)."""


def expected_places(
    text: str, money: list[dict], furniture: list[str] = ()
) -> list[tuple[int, int]]:
    """Where each expected amount is written: the k-th of equal strings, the k-th place
    outside the page furniture (a file's metadata "0 0" is no table cell); an entry noted
    ``SAME_PLACE`` shares the previous entry's place. An entry of cells glued together
    (64.864.864.8, 415万元15万元4), where no figure stands alone, gives its offset (``at``),
    checked against the text; it does not count among the k equal strings."""
    around = [m.span() for line in furniture if line for m in re.finditer(re.escape(line), text)]
    seen: Counter = Counter()
    places: list[tuple[int, int]] = []
    for entry in money:
        if places and str(entry.get("note", "")).startswith(SAME_PLACE):
            places.append(places[-1])
            continue
        written = entry["as_written"]
        if "at" in entry:
            places.append(_placed(text, entry))
            continue
        # a whole figure: "4万元" is not the tail of "219.4万元"
        bare = _BARE_END if re.fullmatch(r"[\d.,]+", written) else ""
        if re.search(r"[万亿萬億]$", written):
            bare = r"(?!\s*元)"  # "150万" is not the head of "150万元"
        found = [
            m
            for m in re.finditer(_WHOLE + re.escape(written) + bare, text)
            if not any(a <= m.start() < b for a, b in around)
        ]
        count = seen[written]
        seen[written] += 1
        places.append(found[count].span() if count < len(found) else (-1, -1))
    return places


def _placed(text: str, entry: dict) -> tuple[int, int]:
    start = int(entry["at"])
    end = start + len(entry["as_written"])
    if text[start:end] != entry["as_written"]:
        raise ValueError(
            f"expected entry {entry['as_written']!r} ({entry.get('label')}) is not at "
            f"{start}: the text has {text[start:end]!r} there"
        )
    return start, end


def _figures(draft: dict) -> list[tuple[int, int, Decimal, dict]]:
    """Each money figure of the draft: the span of its amount, its yuan, the record."""
    out = []
    for record in draft.get("money_figures") or []:
        cite, written = record["sources"][0], record["as_written"]
        end = cite["end"]
        if "stated_share" in record:  # its quote goes on through the share: 38万元，占93.54%
            # the amount ends the words its quote starts with; a bracket between it and its
            # share may hold the same figure again (36万元(其中,一般预算36万元),占93%)
            end = cite["start"] + cite["quote"].find(written) + len(written)
        start = end - len(written)
        amount = _yuan(record)
        out.append((start, end, amount, record))
    return out


def score_text(text: str, expected: dict, draft: dict | None) -> TextScore:
    """How the draft of ``text`` (None: refused) compares with ``expected``."""
    result = TextScore(accepted=draft is not None)
    money = [] if expected.get("unit_stated") is False else expected.get("money") or []
    # a whole figure with no unit stated (每亩300) is no amount: no reader may write its 元
    money = [e for e in money if e.get("yuan") is not None or e.get("whole") is False]
    result.expected = len(money)
    for entry in money:
        if entry.get("whole") is not False:
            result.recallable += 1
            result.by_kind[entry["kind"]] += 1
    for entry in expected.get("money") or []:
        result.shares_expected += "share" in entry
    if draft is None:
        result.misses.append("refused")
        return result
    document = (draft.get("documents") or [{}])[0]
    result.year_right = document.get("fiscal_year") == expected.get("year")
    issuer = next(
        (u for u in draft.get("units") or [] if u.get("id") == document.get("issuer")), None
    )
    name = issuer["name"] if issuer else _mentioned(draft, document.get("issuer"))
    if expected.get("unit") is None:  # a text naming no unit: right only if none is guessed
        result.unit_right = name is None or bool(issuer and issuer.get("unnamed"))
    else:
        result.unit_right = name == expected["unit"]
    figures = _figures(draft)
    furniture = [f for f in expected.get("furniture") or [] if isinstance(f, str)]
    places = expected_places(text, money, furniture)
    matched: set[int] = set()
    at_place: Counter = Counter()  # entries met so far at one place (a joint statement: 2)
    for entry, (start, end) in zip(money, places, strict=True):
        here = [i for i, f in enumerate(figures) if f[0] < end and f[1] > start]
        if not here:
            result.misses.append(f"missing {entry['as_written']} ({entry['label']})")
            continue
        result.accounted += 1
        index = here[min(at_place[start, end], len(here) - 1)]  # 收 then 支: 2 figures
        at_place[start, end] += 1
        _, _, amount, record = figures[index]
        if entry.get("whole") is False:  # cut short: only unread is right
            if record.get("read", True):
                result.misses.append(f"read {entry['as_written']}, cut short: a guess")
            continue
        if record.get("read", True) and amount == Decimal(str(entry["yuan"])):
            matched.add(index)
            result.found += 1
            result.found_by_kind[entry["kind"]] += 1
            kind = record["kind"].upper().replace("-", "_")
            if kind == entry["kind"]:
                result.kind_right += 1
            else:
                result.confusions.append((entry["as_written"], entry["kind"], kind))
                result.misses.append(
                    f"kind of {entry['as_written']} ({entry['label']}): "
                    f"{record['kind']}, expected {entry['kind']}"
                )
        elif not record.get("read", True):
            result.misses.append(f"unread {entry['as_written']}: {record.get('reason')}")
        else:
            result.misses.append(f"wrong amount {entry['as_written']}: {amount}")
    for index, (_, _, _, record) in enumerate(figures):
        if record.get("read", True):
            result.read += 1
            result.read_right += index in matched
            if index not in matched and money:
                result.misses.append(f"not expected: {record['as_written']} ({record['kind']})")
    _shares(result, money, draft)
    return result


def _mentioned(draft: dict, entity: str | None) -> str | None:
    for mention in draft.get("mentions") or []:
        if mention.get("entity") == entity:
            return mention.get("name")
    return None


def _shares(result: TextScore, money: list[dict], draft: dict) -> None:
    """Shares the draft states, on its lines and on its money figures, against those the
    text states: each (amount in yuan, share) pair the draft states counts once, a figure
    stating its own funding line's pair adding nothing; a stated pair is found as many
    times as the text states it, more is invented."""
    stated = Counter(
        (Decimal(str(e["yuan"])), Decimal(str(e["share"]))) for e in money if "share" in e
    )
    lines = {line["id"]: line for line in draft.get("funding_lines") or []}
    said: list[tuple[tuple[Decimal, Decimal], str]] = []
    for record in [*lines.values(), *(draft.get("money_figures") or [])]:
        pair = _pair(record)
        if pair is None:
            continue
        line = lines.get(record.get("funding_line", ""))
        if line and line is not record and _pair(line) == pair:
            continue  # the figure of a line stating the same share: one statement
        said.append((pair, record.get("name") or record.get("label") or record["as_written"]))
    for pair, name in said:
        if stated[pair] > 0:
            stated[pair] -= 1
            result.shares_found += 1
        else:
            result.shares_invented += 1
            result.misses.append(f"share not stated: {name} {pair[1]}%")


def _yuan(record: dict) -> Decimal:
    return Decimal(str(record["amount"])) * YUAN_PER[record.get("amount_unit", "元")]


def _pair(record: dict) -> tuple[Decimal, Decimal] | None:
    """(amount in yuan, share) a line or a figure states; None when it states no share."""
    if record.get("stated_share") is None or record.get("amount") is None:
        return None
    return _yuan(record), Decimal(str(record["stated_share"]))
