"""Finding nodes by name: any name (Chinese, alias, English, pinyin, id or IRI) to its node,
and names containing a text (search), from the store's indexes and folded-name indexes built
on first use."""

from __future__ import annotations

import heapq
import operator
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterator

from rdflib import RDFS, Literal
from rdflib.namespace import SKOS

from govkg.answers.paging import clamp
from govkg.graph.catalog import CLASS_OF_KIND, Catalog, Node, node_id
from govkg.graph.ontology import GOVKG

__all__ = ["Names", "normalise"]

# How well a name matched: exact id or IRI, Chinese name, alias or English name, pinyin.
RANK_ID, RANK_NAME, RANK_ALIAS, RANK_PINYIN = 0, 1, 2, 3


_FOLDED_AWAY = re.compile(r"[\s\-_'’“”\"《》（）()·,，、.。/:#]+")


def normalise(text: str) -> str:
    """Fold case, width, tones, spaces and punctuation so 'Yi Wang-Tong Guan' finds 一网统管."""
    text = unicodedata.normalize("NFKD", text).casefold()
    if not text.isascii() and any(map(unicodedata.combining, text)):  # a scan in C first
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _FOLDED_AWAY.sub("", text)


class Names:
    """The name lookups of one graph version; answers kept (a bounded number)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self._looked_up: dict[str, list[tuple[int, str]]] = {}
        self._building = threading.Lock()
        self._built: tuple[dict, dict] | None = None

    def node(self, node_id_or_iri: str) -> Node | None:
        """By id (``platform/yiwangtongguan``), bare slug, or IRI."""
        found = self.catalog.nodes.get(node_id_or_iri)
        if found is None and node_id_or_iri in self.catalog.by_iri:
            found = self.catalog.nodes[self.catalog.by_iri[node_id_or_iri]]
        if found is None:
            slugs = [i for r, i in self._candidates(node_id_or_iri) if r == RANK_ID]
            found = self.catalog.nodes[slugs[0]] if len(set(slugs)) == 1 else None
        return found

    def lookup(self, name: str, kinds: tuple[str, ...] | None = None) -> Node | None:
        """Any name: Chinese, alias, English, pinyin, id or IRI; best-ranked match wins."""
        matches = sorted(
            (rank, nid)
            for rank, nid in self._candidates(name)
            if kinds is None or self.catalog.nodes[nid].kind in kinds
        )
        return self.catalog.nodes[matches[0][1]] if matches else None

    def _candidates(self, name: str) -> list[tuple[int, str]]:
        """Exact matches from the store's indexes first; folded matches from the name index.
        Answers are kept (a bounded number) since analysts ask about the same names."""
        if not name or len(name) > 500:
            return []
        found = self._looked_up.get(name)
        if found is None:
            found = self._find_candidates(name)
            if len(self._looked_up) < 4096:
                self._looked_up[name] = found
        return found

    def _find_candidates(self, name: str) -> list[tuple[int, str]]:
        graph, found = self.catalog.graph, []
        if name in self.catalog.nodes:
            found.append((RANK_ID, name))
        elif name in self.catalog.by_iri:
            found.append((RANK_ID, self.catalog.by_iri[name]))
        elif "/" not in name:
            found += [
                (RANK_ID, f"{kind}/{name}")
                for kind in CLASS_OF_KIND
                if f"{kind}/{name}" in self.catalog.nodes
            ]
        for predicate, literal, rank in (
            (RDFS.label, Literal(name, lang="zh"), RANK_NAME),
            (SKOS.altLabel, Literal(name, lang="zh"), RANK_ALIAS),
            (RDFS.label, Literal(name, lang="en"), RANK_ALIAS),
            (GOVKG.pinyin, Literal(name), RANK_PINYIN),
        ):
            found += [(rank, node_id(s)) for s in graph.subjects(predicate, literal)]
        found = [(rank, nid) for rank, nid in found if nid in self.catalog.nodes]
        return found or self._name_index.get(normalise(name), [])

    @property
    def _name_index(self) -> dict[str, list[tuple[int, str]]]:
        """Folded names, slugs and pinyin of every node -> (rank, id)."""
        return self._indexes()[0]

    @property
    def _gram_index(self) -> dict[str, list[str]]:
        """Bigram (and single character) -> folded names holding it, for substring search."""
        return self._indexes()[1]

    def _indexes(self) -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[str]]]:
        """Both indexes, built once per graph version on first use (or by ``warm``); a
        question asked meanwhile waits for that build instead of starting its own."""
        built = self._built
        if built is None:
            with self._building:
                built = self._built
                if built is None:
                    names = _name_index(self._names())
                    built = self._built = (names, _gram_index(names))
        return built

    def indexes(self) -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[str]]]:
        """The name and bigram indexes, built now if they were not (to keep them)."""
        return self._indexes()

    def adopt(self, built: tuple[dict[str, list[tuple[int, str]]], dict[str, list[str]]]) -> None:
        """Take indexes built before for this very graph version (answers/indexcache.py)."""
        with self._building:
            self._built = built

    def _names(self) -> Iterator[tuple[str, int, str]]:
        """(id, rank, name) of every node's slug, labels, aliases and pinyin, read in bulk:
        one scan of the store per predicate."""
        for nid in self.catalog.nodes:
            yield nid, RANK_ID, nid.split("/", 1)[-1]
        for predicate, rank in (
            (RDFS.label, RANK_NAME),
            (SKOS.altLabel, RANK_ALIAS),
            (GOVKG.pinyin, RANK_PINYIN),
        ):
            for subject, value, lang in self.catalog.reads.texts(predicate):
                nid = node_id(subject)
                if "/" in nid and nid.split("/", 1)[0] in _KINDS:
                    yield nid, RANK_ALIAS if lang == "en" else rank, value

    def search(self, query: str, kind: str | None = None, first: int | None = 20) -> list[Node]:
        """Nodes whose names contain the query: exact names first, then prefixes, then the
        shortest names."""
        needle, size = normalise(query), clamp(first)
        if not needle:
            return []
        scored: dict[str, tuple[int, int]] = {}
        for folded in self._containing(needle):
            score = (0 if folded == needle else 1 if folded.startswith(needle) else 2, len(folded))
            for _rank, nid in self._name_index[folded]:
                if (kind is None or nid.split("/", 1)[0] == kind) and score < scored.get(
                    nid, (3, 0)
                ):
                    scored[nid] = score
        ranked = heapq.nsmallest(size, scored, key=lambda nid: (scored[nid], nid))
        return [self.catalog.nodes[nid] for nid in ranked]

    def _containing(self, needle: str) -> list[str]:
        """Folded names containing ``needle``: candidates from the rarest of its bigrams."""
        postings = [self._gram_index.get(gram, ()) for gram in _grams(needle)]
        return [folded for folded in min(postings, key=len) if needle in folded]


_KINDS = set(CLASS_OF_KIND)


def _name_index(names: Iterator[tuple[str, int, str]]) -> dict[str, list[tuple[int, str]]]:
    index: dict[str, list[tuple[int, str]]] = {}
    folds: dict[str, str] = {}  # a name many nodes share is folded once
    for nid, rank, text in names:
        folded = folds.get(text)
        if folded is None:
            folded = folds[text] = normalise(text)
        index.setdefault(folded, []).append((rank, nid))
    return index


def _gram_index(names: dict[str, list]) -> dict[str, list[str]]:
    """Each folded name under each of its bigrams and characters (the grams made in C)."""
    index: defaultdict[str, list[str]] = defaultdict(list)
    for folded in names:
        grams = set(map(operator.add, folded, folded[1:])) if len(folded) > 1 else {folded}
        grams.update(folded)
        for gram in grams:
            index[gram].append(folded)
    return dict(index)


def _grams(text: str) -> list[str]:
    """Bigrams of a folded string; a single character is its own gram."""
    return [text[i : i + 2] for i in range(len(text) - 1)] or [text]
