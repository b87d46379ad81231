"""A unit the body writes short and the signature writes in full (twenty-seventh trial).

A note's body may name its unit by the usual short form, "绩溪县政协办2013年度“三公”经费…",
and sign at its end with the whole name, "绩溪县政协办公室" over the date. Both name one unit;
the signature is the name the unit gives itself, so the whole name is read. Only where the
signature line is the body's name with its last word completed: 办 → 办公室, 委 → 委员会
(nothing added before it, nothing else after). A signature naming another body (政协 over
its 办公厅, a bureau over its 办公室) is another name, not this: the body's name stands.
"""

from __future__ import annotations

import re

from govkg.ingest.text.simplified import simplified

__all__ = ["signature_line", "signed_in_full"]

_COMPLETIONS = {"办": "公室", "委": "员会"}
_TAIL = 400  # characters at the end in which the signature stands


def signed_in_full(text: str, short: str) -> tuple[str, tuple[int, int]] | None:
    """The signature's whole name and span where it completes ``short`` (see above)."""
    completion = _COMPLETIONS.get(short[-1:]) if len(short) >= 4 else None
    if completion is None:
        return None
    return signature_line(text, f"{re.escape(short)}{completion}")


def signature_line(text: str, unit: str) -> tuple[str, tuple[int, int]] | None:
    """The last line near the end of ``text`` that is ``unit`` (a pattern, matched in
    simplified characters) alone, as written there, with its span: the signature."""
    start = max(0, len(text) - _TAIL)
    line = re.compile(rf"^[ \t\u3000]*(?P<unit>{unit})[ \t\u3000]*$", re.M)
    signed = list(line.finditer(simplified(text[start:])))
    if not signed:
        return None
    found = signed[-1]  # the last one: the signature
    first, last = start + found.start("unit"), start + found.end("unit")
    return text[first:last], (first, last)
