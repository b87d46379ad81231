"""Seconds to read seed YAML, old way against new, interleaved: the bundled seed (every
*.yaml, one round each) and a generated draft of many records (570 KB by default).

    python benchmarks/yaml_read.py [--rounds 9] [--kb 570]

"checked" is how a file was read before reading from events: PyYAML's composer and
constructor (govkg.seed.yamlfile._checked, unchanged) over libyaml's events, or over
PyYAML's own parser ("pure Python", what a PyYAML without libyaml does). "events" is what
read_yaml does now (yamlfile._read). Each round runs the readers in a rotated order; the
parse cache is not involved (the decoded text is read). Prints min/median/max seconds and
each reader's median over the slowest's. Figures, not a test (tests/test_yaml_read.py
holds that the readers agree).
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable
from functools import partial

from govkg.answers.kg import bundled_seed
from govkg.seed import yamlfile

READERS: dict[str, Callable] = {
    "checked, pure Python": partial(yamlfile._checked, loader=yamlfile._PythonLoader),
    "checked, libyaml": partial(yamlfile._checked, loader=yamlfile._Loader),
    "events, pure Python": partial(yamlfile._read, loader=yamlfile._PythonLoader),
    "events, libyaml": partial(yamlfile._read, loader=yamlfile._Loader),
}
PARSER = "libyaml" if yamlfile._CParser is not None else "pure Python"
READERS = {name: read for name, read in READERS.items() if PARSER == "libyaml" or "lib" not in name}
BEFORE, AFTER = f"checked, {PARSER}", f"events, {PARSER}"  # on the best parser installed


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(bundled_seed().glob("*.yaml"))]


def draft(kilobytes: int) -> str:
    """One file of every section of the seed, its records copied (ids made unique) until
    the file is ``kilobytes`` long: the shape of a large ``govkg ingest`` draft."""
    sections: dict[str, list[str]] = {}
    for text in seed_texts():
        for section in re.split(r"(?m)^(?=\w+:\n)", text):
            if section.strip() and not section.startswith("#"):
                name, _, body = section.partition(":\n")
                sections.setdefault(name, []).append(body)
    parts, size, copy = {name: [] for name in sections}, 0, 0
    while size < kilobytes * 1024:
        copy += 1
        for name, bodies in sections.items():
            for body in bodies:
                record = re.sub(r"(?m)^(  - id: \S+)", rf"\1-{copy}", body)
                parts[name].append(record)
                size += len(record.encode())
    return "".join(f"{name}:\n{''.join(bodies)}" for name, bodies in parts.items())


def timed(read: Callable, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        read(text)
    return time.perf_counter() - start


def run(label: str, texts: list[str], rounds: int) -> None:
    """Time every reader on ``texts`` ``rounds`` times, interleaved, and print the figures."""
    for read in READERS.values():  # the same duplicate keys (tests/ hold the rest equal)
        assert [read(t)[1] for t in texts] == [READERS[BEFORE](t)[1] for t in texts]
    seconds: dict[str, list[float]] = {name: [] for name in READERS}
    names = list(READERS)
    for index in range(rounds + 1):  # the first round warms up and is not kept
        for name in names[index % len(names) :] + names[: index % len(names)]:
            elapsed = timed(READERS[name], texts)
            if index:
                seconds[name].append(elapsed)
    medians = {name: statistics.median(values) for name, values in seconds.items()}
    kilobytes = sum(len(text.encode()) for text in texts) / 1024
    print(f"\n{label}: {len(texts)} file(s), {kilobytes:.0f} KB, {rounds} rounds")
    print(f"  {'reader':<22} {'min':>8} {'median':>8} {'max':>8}  speed-up over the first")
    first = medians[next(iter(READERS))]
    for name, values in seconds.items():
        low, mid, high = min(values), medians[name], max(values)
        print(f"  {name:<22} {low:8.3f} {mid:8.3f} {high:8.3f}  {first / mid:5.1f}x")
    print(f"  {AFTER} over {BEFORE}: {medians[BEFORE] / medians[AFTER]:.1f}x faster")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--kb", type=int, default=570, help="size of the generated draft")
    args = parser.parse_args()
    run("bundled seed", seed_texts(), args.rounds)
    run("generated draft", [draft(args.kb)], args.rounds)


if __name__ == "__main__":
    main()
