"""Content negotiation: pick the representation a client prefers from the ones we offer.

>>> negotiate("text/turtle;q=0.9, application/ld+json", ["text/html", "text/turtle"])
'text/turtle'
>>> negotiate("image/png", ["text/html"]) is None
True
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["accepted", "negotiate"]


def accepted(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` as ``(media range, q)`` pairs, best first; a missing header accepts all."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if "/" not in media:
            continue
        q = 1.0
        for param in fields[1:]:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q, position))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(media, q) for media, q, _ in ranges]


def _quality(offer: str, ranges: list[tuple[str, float]]) -> float:
    """The q of the most specific range matching ``offer`` (RFC 9110 §12.5.1)."""
    kind = offer.split("/", 1)[0]
    best: tuple[int, float] | None = None
    for media, q in ranges:
        if media == offer:
            specificity = 2
        elif media == f"{kind}/*":
            specificity = 1
        elif media == "*/*":
            specificity = 0
        else:
            continue
        if best is None or specificity > best[0]:
            best = (specificity, q)
    return best[1] if best else 0.0


def negotiate(header: str | None, offers: Sequence[str]) -> str | None:
    """The offer with the highest q (ties go to the earlier offer); None if none is acceptable."""
    ranges = accepted(header)
    scored = [(_quality(offer, ranges), -index, offer) for index, offer in enumerate(offers)]
    q, _, offer = max(scored, default=(0.0, 0, None))
    return offer if q > 0 else None
