"""Sets of row positions as Python ints, one bit a row: an intersection is ``&`` and a count
is ``int.bit_count``, both run by the interpreter over machine words, not row by row.

A set of few rows is cheaper as a tuple of positions (8 bytes a row against one bit of every
row of the table), so ``Postings`` keeps each value's rows in whichever form is smaller.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["as_bytes", "bits_of", "count_in", "intersect", "positions_of", "span", "test"]

_ONES = tuple(tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256))
"""For each byte, the positions of its set bits."""


def bits_of(positions: Iterable[int], size: int) -> int:
    """The set of ``positions`` (each below ``size``) as an int."""
    array = bytearray((size + 7) // 8)
    for position in positions:
        array[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(array, "little")


def span(start: int, stop: int) -> int:
    """The positions ``start <= p < stop``."""
    return ((1 << stop) - 1) ^ ((1 << start) - 1) if stop > start else 0


def test(raw: bytes, position: int) -> bool:
    """Whether ``position`` is in a set given as its little-endian bytes (``as_bytes``)."""
    return bool(raw[position >> 3] >> (position & 7) & 1)


def as_bytes(bits: int, size: int) -> bytes:
    """The set as little-endian bytes, for testing many positions one by one."""
    return bits.to_bytes((size + 7) // 8, "little")


def positions_of(bits: int, size: int) -> list[int]:
    """The positions in the set, ascending: by lowest bits when few, else byte by byte."""
    if bits.bit_count() <= 64:
        found = []
        while bits:
            lowest = bits & -bits
            found.append(lowest.bit_length() - 1)
            bits ^= lowest
        return found
    return [
        (at << 3) + bit
        for at, byte in enumerate(as_bytes(bits, size))
        if byte
        for bit in _ONES[byte]
    ]


def intersect(bits: int, entry: int | tuple[int, ...], size: int) -> int:
    """``bits`` and a posting (an int, or a tuple of positions for a rare value)."""
    if isinstance(entry, int):
        return bits & entry
    raw = as_bytes(bits, size)
    return bits_of((p for p in entry if test(raw, p)), size)


def count_in(raw: bytes, bits: int, entry: int | tuple[int, ...]) -> int:
    """How many positions of a posting are in the set (given as an int and as its bytes)."""
    if isinstance(entry, int):
        return (bits & entry).bit_count()
    return sum(1 for p in entry if raw[p >> 3] >> (p & 7) & 1)
